using System.Collections.Immutable;
using System.Globalization;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// CMP4101: Identity lockout off or weaker than the policy — <c>Lockout.MaxFailedAccessAttempts</c>
    /// assigned a constant above 5, or <c>Lockout.AllowedForNewUsers = false</c>. A constant of 5 or
    /// fewer is observation CMP4190. Points at the assignment.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LockoutOptionsAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccountSecurityDescriptors.LockoutWeak, AccountSecurityDescriptors.LockoutObserved);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccountSecurityDescriptors.CatalogSeverity[RuleIdentifiers.LockoutWeak]);
                start.RegisterOperationAction(c => Analyze(c, testSeverity), OperationKind.SimpleAssignment);
            });
        }

        private static void Analyze(OperationAnalysisContext context, string? testSeverity)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var property = IdentityShapes.AssignedProperty(assignment, IdentityShapes.IdentityNamespace, "LockoutOptions");
            if (property == null) return;
            var node = assignment.Syntax;
            var max = AccountSecurityDescriptors.MaxFailedAttempts.ToString(CultureInfo.InvariantCulture);
            if (property.Name == "MaxFailedAccessAttempts" && IdentityShapes.TryInt(assignment.Value, out var attempts))
            {
                var weak = attempts > AccountSecurityDescriptors.MaxFailedAttempts || attempts <= 0;
                context.ReportDiagnostic(RuleReport.Create(weak ? AccountSecurityDescriptors.LockoutWeak : AccountSecurityDescriptors.LockoutObserved,
                    node.GetLocation(), node, assignment.SemanticModel, weak ? testSeverity : null, null,
                    AccountSecurityDescriptors.Reason(weak ? "CMP4101_MaxAttempts" : "CMP4190_MaxAttempts", attempts.ToString(CultureInfo.InvariantCulture), max)));
            }
            else if (property.Name == "AllowedForNewUsers" && IdentityShapes.TryBool(assignment.Value, out var allowed) && !allowed)
            {
                if (ComputedElsewhere(assignment, context.Compilation, context.CancellationToken) is { } other)
                {
                    // oqtane: `false` in the default options, then per site `AllowedForNewUsers = MaxFailedAccessAttempts > 0`.
                    // Which runs last is not read here: listed, at low precision, with the other assignment named.
                    var low = new System.Collections.Generic.Dictionary<string, string?> { ["compliance.precision"] = "low" };
                    context.ReportDiagnostic(RuleReport.Create(AccountSecurityDescriptors.LockoutWeak, node.GetLocation(), node, assignment.SemanticModel,
                        testSeverity, low, AccountSecurityDescriptors.Reason("CMP4101_NewUsersComputedElsewhere", other)));
                    return;
                }
                context.ReportDiagnostic(RuleReport.Create(AccountSecurityDescriptors.LockoutWeak, node.GetLocation(), node, assignment.SemanticModel,
                    testSeverity, null, AccountSecurityDescriptors.Reason("CMP4101_NewUsers")));
            }
        }

        /// <summary>
        /// "File.cs line N" of another assignment of <c>LockoutOptions.AllowedForNewUsers</c> in the compilation whose value is
        /// not a constant (a setting, <c>MaxFailedAccessAttempts &gt; 0</c>), else null. A constant elsewhere does not count:
        /// two constants are two configurations, each judged where it is.
        /// </summary>
        private static string? ComputedElsewhere(ISimpleAssignmentOperation assignment, Compilation compilation, System.Threading.CancellationToken ct)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                SemanticModel? model = null;
                // a text search per tree, not a walk of every node (Common.SourceLookup)
                foreach (var token in SourceLookup.KeywordTokens(tree, "AllowedForNewUsers", Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken, ct))
                {
                    // options.Lockout.AllowedForNewUsers = … or { AllowedForNewUsers = … }
                    SyntaxNode? left = token.Parent;
                    if (left?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access && access.Name == left) left = access;
                    if (!(left?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax syntax) || syntax.Left != left || syntax == assignment.Syntax)
                        continue;
                    model ??= tree == assignment.Syntax.SyntaxTree ? assignment.SemanticModel! : SourceLookup.ModelFor(compilation, tree)!;
                    if (!(model.GetOperation(syntax, ct) is ISimpleAssignmentOperation other)
                        || IdentityShapes.AssignedProperty(other, IdentityShapes.IdentityNamespace, "LockoutOptions")?.Name != "AllowedForNewUsers"
                        || IdentityShapes.TryBool(other.Value, out _))
                        continue;
                    return System.IO.Path.GetFileName(tree.FilePath) + " line "
                        + (syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
                }
            }
            return null;
        }
    }
}
