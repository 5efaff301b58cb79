using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Tls
{
    /// <summary>
    /// CMP4202: an obsolete protocol version explicitly enabled — <c>SslProtocols.Ssl2/Ssl3/Tls/Tls11</c> or
    /// <c>SecurityProtocolType.Ssl3/Tls/Tls11</c> written into an assignment, argument, initializer or return
    /// (alone or or-ed with others: <c>EnabledSslProtocols = SslProtocols.Tls | SslProtocols.Tls12</c>,
    /// <c>ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11</c>). Comparisons, masks and
    /// <c>&amp;= ~SslProtocols.Tls</c> (switching it off) are not reported. Points at the member access.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ObsoleteTlsProtocolAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(TlsDescriptors.ObsoleteTlsProtocol);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), TlsDescriptors.CatalogSeverity[RuleIdentifiers.ObsoleteTlsProtocol]);
                start.RegisterOperationAction(c => Analyze(c, testSeverity), OperationKind.FieldReference);
            });
        }

        private static void Analyze(OperationAnalysisContext context, string? testSeverity)
        {
            var reference = (IFieldReferenceOperation)context.Operation;
            var label = Obsolete(reference.Field);
            if (label == null || !EnablesIt(reference)) return;
            var node = reference.Syntax;
            context.ReportDiagnostic(RuleReport.Create(TlsDescriptors.ObsoleteTlsProtocol, node.GetLocation(), node, reference.SemanticModel, testSeverity, null,
                TlsDescriptors.Reason("CMP4202_Protocol", reference.Field.ContainingType.Name + "." + reference.Field.Name, label)));
        }

        private static string? Obsolete(IFieldSymbol field)
        {
            var type = field.ContainingType;
            if (type == null || type.TypeKind != TypeKind.Enum) return null;
            var ns = type.ContainingNamespace?.ToDisplayString();
            var known = type.Name == "SslProtocols" && ns == "System.Security.Authentication"
                        || type.Name == "SecurityProtocolType" && ns == "System.Net";
            if (!known) return null;
            switch (field.Name)
            {
                case "Ssl2": return "SSL 2.0";
                case "Ssl3": return "SSL 3.0";
                case "Tls": return "TLS 1.0";
                case "Tls11": return "TLS 1.1";
                default: return null;
            }
        }

        /// <summary>The value flows (through conversions and bitwise ors) into something that sets protocols.</summary>
        private static bool EnablesIt(IOperation operation)
        {
            var current = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation || parent is IParenthesizedOperation
                   || parent is IBinaryOperation binary && binary.OperatorKind == BinaryOperatorKind.Or)
            {
                current = parent;
                parent = parent.Parent;
            }
            switch (parent)
            {
                case ISimpleAssignmentOperation assignment:
                    return assignment.Value == current;
                case ICompoundAssignmentOperation compound:
                    return compound.Value == current && compound.OperatorKind == BinaryOperatorKind.Or;
                case IArgumentOperation _:
                case IVariableInitializerOperation _:
                case IFieldInitializerOperation _:
                case IPropertyInitializerOperation _:
                case IReturnOperation _:
                    return true;
                default:
                    return false;
            }
        }
    }
}
