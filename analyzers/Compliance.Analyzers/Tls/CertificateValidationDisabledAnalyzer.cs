using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Tls
{
    /// <summary>
    /// CMP4201: TLS server certificate validation turned off in code — a lambda, anonymous method or
    /// method group converted to a certificate validation callback (any delegate taking
    /// <c>SslPolicyErrors</c> and returning bool: <c>ServerCertificateCustomValidationCallback</c>,
    /// <c>ServicePointManager.ServerCertificateValidationCallback</c>, <c>SslClientAuthenticationOptions</c>
    /// / <c>SocketsHttpHandler.SslOptions.RemoteCertificateValidationCallback</c>, <c>new SslStream(…, callback)</c>)
    /// that returns <c>true</c> on every path, and <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>.
    /// A callback that looks at <c>sslPolicyErrors</c> or pins a certificate returns something computed and is not reported.
    /// Points at the callback (the lambda, the method group, or the property reference).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CertificateValidationDisabledAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(TlsDescriptors.CertificateValidationDisabled);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), TlsDescriptors.CatalogSeverity[RuleIdentifiers.CertificateValidationDisabled]);
                start.RegisterOperationAction(c => AnalyzeDelegate(c, testSeverity), OperationKind.DelegateCreation);
                start.RegisterOperationAction(c => AnalyzePropertyReference(c, testSeverity), OperationKind.PropertyReference);
            });
        }

        private static void AnalyzeDelegate(OperationAnalysisContext context, string? testSeverity)
        {
            var creation = (IDelegateCreationOperation)context.Operation;
            if (!TlsSymbols.IsCertificateValidationDelegate(creation.Type)) return;
            bool acceptsAll;
            switch (creation.Target)
            {
                case IAnonymousFunctionOperation lambda:
                    // A lambda of the wrong arity (broken code) is not a callback of this delegate.
                    acceptsAll = lambda.Syntax is AnonymousFunctionExpressionSyntax fn && TlsSymbols.AlwaysReturnsTrue(fn.Body)
                                 && (fn is AnonymousMethodExpressionSyntax { ParameterList: null }
                                     || lambda.Symbol.Parameters.Length == ((INamedTypeSymbol)creation.Type!).DelegateInvokeMethod!.Parameters.Length);
                    break;
                case IMethodReferenceOperation reference:
                    acceptsAll = AcceptsAll(reference.Method, context.CancellationToken);
                    break;
                default:
                    return;
            }
            if (!acceptsAll) return;
            var node = creation.Target.Syntax;
            context.ReportDiagnostic(RuleReport.Create(TlsDescriptors.CertificateValidationDisabled, node.GetLocation(), node, creation.SemanticModel,
                testSeverity, null, TlsDescriptors.Reason("CMP4201_AcceptAll")));
        }

        /// <summary>A method declared in source (or a local function) whose body accepts every certificate.</summary>
        private static bool AcceptsAll(IMethodSymbol method, System.Threading.CancellationToken ct)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                switch (reference.GetSyntax(ct))
                {
                    case MethodDeclarationSyntax m:
                        return TlsSymbols.AlwaysReturnsTrue((CSharpSyntaxNode?)m.ExpressionBody?.Expression ?? m.Body);
                    case LocalFunctionStatementSyntax f:
                        return TlsSymbols.AlwaysReturnsTrue((CSharpSyntaxNode?)f.ExpressionBody?.Expression ?? f.Body);
                }
            }
            return false;
        }

        private static void AnalyzePropertyReference(OperationAnalysisContext context, string? testSeverity)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            var property = reference.Property;
            if (property.Name != "DangerousAcceptAnyServerCertificateValidator" || property.ContainingType?.Name != "HttpClientHandler") return;
            var node = reference.Syntax;
            context.ReportDiagnostic(RuleReport.Create(TlsDescriptors.CertificateValidationDisabled, node.GetLocation(), node, reference.SemanticModel,
                testSeverity, null, TlsDescriptors.Reason("CMP4201_Dangerous")));
        }
    }
}
