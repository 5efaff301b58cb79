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
                context.ReportDiagnostic(RuleReport.Create(AccountSecurityDescriptors.LockoutWeak, node.GetLocation(), node, assignment.SemanticModel,
                    testSeverity, null, AccountSecurityDescriptors.Reason("CMP4101_NewUsers")));
            }
        }
    }
}
