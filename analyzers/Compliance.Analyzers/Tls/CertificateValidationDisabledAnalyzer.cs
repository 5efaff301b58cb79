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
    /// Points at the callback (the lambda, the method group, or the property reference). The handler of a named HttpClient
/// for this machine only (its name says loopback/localhost) is not reported.
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
            if (ForLoopbackOnlyClient(node, creation.SemanticModel)) return;
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

        /// <summary>
        /// The handler of a named HttpClient whose name says it only talks to this machine: btcpayserver's
        /// <c>AddHttpClient(WebhookSender.LoopbackNamedClient).ConfigurePrimaryHttpMessageHandler(_ => new HttpClientHandler { … })</c>,
        /// chosen only for <c>uri.IsLoopback</c> webhook URLs. TLS to this machine authenticates no network peer. Read from
        /// the syntax (the client name's member name or constant value says loopback/localhost), so it holds when the
        /// HttpClientFactory extensions do not bind.
        /// </summary>
        private static bool ForLoopbackOnlyClient(SyntaxNode node, SemanticModel? model)
        {
            for (var n = node.Parent; n != null && !(n is MemberDeclarationSyntax); n = n.Parent)
            {
                if (!(n is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax access
                      && access.Name.Identifier.ValueText.StartsWith("ConfigurePrimaryHttpMessageHandler", System.StringComparison.Ordinal)))
                {
                    continue;
                }

                // services.AddHttpClient(name).ConfigureHttpClient(…).ConfigurePrimaryHttpMessageHandler(…): find AddHttpClient in the chain
                var receiver = access.Expression;
                while (receiver is InvocationExpressionSyntax inner && inner.Expression is MemberAccessExpressionSyntax innerAccess)
                {
                    if (innerAccess.Name.Identifier.ValueText == "AddHttpClient")
                    {
                        return inner.ArgumentList.Arguments.Count > 0 && NamesLoopback(inner.ArgumentList.Arguments[0].Expression, model);
                    }

                    receiver = innerAccess.Expression;
                }

                return false;
            }

            return false;
        }

        private static bool NamesLoopback(ExpressionSyntax name, SemanticModel? model)
        {
            var text = name switch
            {
                MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
                IdentifierNameSyntax i => i.Identifier.ValueText,
                LiteralExpressionSyntax l => l.Token.ValueText,
                _ => string.Empty,
            };
            if (SaysLoopback(text)) return true;
            var constant = model?.GetConstantValue(name);
            return constant is { HasValue: true, Value: string value } && SaysLoopback(value);
        }

        private static bool SaysLoopback(string text) =>
            text.IndexOf("loopback", System.StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("localhost", System.StringComparison.OrdinalIgnoreCase) >= 0;

        private static void AnalyzePropertyReference(OperationAnalysisContext context, string? testSeverity)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            var property = reference.Property;
            if (property.Name != "DangerousAcceptAnyServerCertificateValidator" || property.ContainingType?.Name != "HttpClientHandler") return;
            var node = reference.Syntax;
            if (ForLoopbackOnlyClient(node, reference.SemanticModel)) return;
            context.ReportDiagnostic(RuleReport.Create(TlsDescriptors.CertificateValidationDisabled, node.GetLocation(), node, reference.SemanticModel,
                testSeverity, null, TlsDescriptors.Reason("CMP4201_Dangerous")));
        }
    }
}
