using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// CMP4103: Identity <c>PasswordOptions</c> weaker than the policy — <c>RequiredLength</c> below 8, or
    /// so many <c>Require…</c> classes switched off in one configuration (a lambda, an object initializer,
    /// a method body) that fewer than 3 of the 4 remain (Identity requires all four by default). Only
    /// what the code writes is judged. Points at the <c>RequiredLength</c> assignment, or at the last
    /// <c>Require… = false</c> of the configuration. A <c>RequiredLength</c> of 8 or more in a configuration
    /// keeping 3 classes is observation CMP4191.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WeakPasswordOptionsAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] ClassProperties = { "RequireDigit", "RequireLowercase", "RequireUppercase", "RequireNonAlphanumeric" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccountSecurityDescriptors.WeakPasswordOptions, AccountSecurityDescriptors.PasswordPolicyObserved);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccountSecurityDescriptors.CatalogSeverity[RuleIdentifiers.WeakPasswordOptions]);
                start.RegisterOperationAction(c => Analyze(c, testSeverity), OperationKind.SimpleAssignment);
            });
        }

        private static void Analyze(OperationAnalysisContext context, string? testSeverity)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var property = IdentityShapes.AssignedProperty(assignment, IdentityShapes.IdentityNamespace, "PasswordOptions");
            if (property == null || assignment.SemanticModel == null) return;
            var node = assignment.Syntax;
            var (classesOff, lastOff) = ClassesSwitchedOff(node, assignment.SemanticModel, context.CancellationToken);
            var classes = 4 - classesOff;
            if (property.Name == "RequiredLength" && IdentityShapes.TryInt(assignment.Value, out var length))
            {
                if (length < AccountSecurityDescriptors.MinPasswordLength)
                    context.ReportDiagnostic(RuleReport.Create(AccountSecurityDescriptors.WeakPasswordOptions, node.GetLocation(), node, assignment.SemanticModel,
                        testSeverity, null, AccountSecurityDescriptors.Reason("CMP4103_Length", N(length), N(AccountSecurityDescriptors.MinPasswordLength))));
                else if (classes >= AccountSecurityDescriptors.MinCharacterClasses)
                    context.ReportDiagnostic(RuleReport.Create(AccountSecurityDescriptors.PasswordPolicyObserved, node.GetLocation(), node, assignment.SemanticModel,
                        null, null, AccountSecurityDescriptors.Reason("CMP4191_Message", N(length), N(classes),
                            N(AccountSecurityDescriptors.MinPasswordLength), N(AccountSecurityDescriptors.MinCharacterClasses))));
            }
            else if (lastOff == node && classes < AccountSecurityDescriptors.MinCharacterClasses)
            {
                context.ReportDiagnostic(RuleReport.Create(AccountSecurityDescriptors.WeakPasswordOptions, node.GetLocation(), node, assignment.SemanticModel,
                    testSeverity, null, AccountSecurityDescriptors.Reason("CMP4103_Classes", N(classes), N(AccountSecurityDescriptors.MinCharacterClasses))));
            }
        }

        private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>Distinct character classes set to constant false in the configuration around <paramref name="node"/>, and the last such assignment.</summary>
        private static (int Count, SyntaxNode? Last) ClassesSwitchedOff(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken ct)
        {
            var scope = Scope(node);
            var off = new HashSet<string>();
            SyntaxNode? last = null;
            foreach (var candidate in scope.DescendantNodes())
            {
                if (!(candidate is AssignmentExpressionSyntax a) || !(model.GetOperation(a, ct) is ISimpleAssignmentOperation op)) continue;
                var p = IdentityShapes.AssignedProperty(op, IdentityShapes.IdentityNamespace, "PasswordOptions");
                if (p == null || System.Array.IndexOf(ClassProperties, p.Name) < 0) continue;
                if (IdentityShapes.TryBool(op.Value, out var required) && !required)
                {
                    off.Add(p.Name);
                    last = a;
                }
                else
                {
                    off.Remove(p.Name);
                }
            }
            return (off.Count, last);
        }

        /// <summary>The nearest lambda, object initializer or member body: one configuration of the options.</summary>
        private static SyntaxNode Scope(SyntaxNode node)
        {
            for (var n = node.Parent; n != null; n = n.Parent)
            {
                if (n is AnonymousFunctionExpressionSyntax || n is InitializerExpressionSyntax || n is LocalFunctionStatementSyntax
                    || n is BaseMethodDeclarationSyntax || n is AccessorDeclarationSyntax || n is GlobalStatementSyntax)
                    return n;
            }
            return node;
        }
    }
}
