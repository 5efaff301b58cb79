using System;
using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.AccessControl
{
    /// <summary>
    /// CMP4002: <c>[AllowAnonymous]</c> on an action of a controller restricted to administrators —
    /// <c>[Authorize(Roles = "…Admin…")]</c> or <c>[Authorize(Policy = "…Admin…")]</c> on the controller or a
    /// base class (case-insensitive "admin"). ASP.NET Core lets [AllowAnonymous] override every
    /// authorization attribute, so the action is open to anyone. Points at the attribute.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AnonymousAdminActionAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccessControlDescriptors.AnonymousAdminAction);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccessControlDescriptors.CatalogSeverity[RuleIdentifiers.AnonymousAdminAction]);
                start.RegisterSyntaxNodeAction(c => Analyze(c, testSeverity), SyntaxKind.Attribute);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, string? testSeverity)
        {
            var attribute = (AttributeSyntax)context.Node;
            var name = AuthorizationModel.Name(attribute.Name);
            if (name != "AllowAnonymous" && name != "AllowAnonymousAttribute") return;
            if (!(attribute.Parent?.Parent is MethodDeclarationSyntax declaration)
                || !(context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is IMethodSymbol method)
                || !AuthorizationModel.IsAction(method))
                return;
            var restriction = AdminRestriction(method.ContainingType);
            if (restriction == null) return;
            context.ReportDiagnostic(RuleReport.Create(AccessControlDescriptors.AnonymousAdminAction, attribute.GetLocation(), attribute, context.SemanticModel,
                testSeverity, null, AccessControlDescriptors.Reason("CMP4002_Message", method.ContainingType.Name + "." + method.Name, restriction)));
        }

        /// <summary>The Roles/Policy value of an [Authorize] on the controller chain that names admin, else null.</summary>
        private static string? AdminRestriction(INamedTypeSymbol? type)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                foreach (var a in t.GetAttributes())
                {
                    if (a.AttributeClass?.Name != "AuthorizeAttribute") continue;
                    foreach (var named in a.NamedArguments)
                        if ((named.Key == "Roles" || named.Key == "Policy") && named.Value.Value is string value
                            && value.IndexOf("admin", StringComparison.OrdinalIgnoreCase) >= 0)
                            return value;
                    foreach (var arg in a.ConstructorArguments)
                        if (arg.Value is string policy && policy.IndexOf("admin", StringComparison.OrdinalIgnoreCase) >= 0)
                            return policy;
                }
            }
            return null;
        }
    }
}
