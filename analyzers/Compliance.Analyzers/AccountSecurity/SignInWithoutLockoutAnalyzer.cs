using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// CMP4102: <c>SignInManager.PasswordSignInAsync(…, lockoutOnFailure: false)</c> or
    /// <c>CheckPasswordSignInAsync(user, password, false)</c> — a password sign-in path that never
    /// counts failures, whatever the lockout options say. Points at the <c>false</c> argument (code
    /// fix: <c>true</c>). <c>true</c> is observation CMP4190 (lockout enforced on a sign-in path).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SignInWithoutLockoutAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccountSecurityDescriptors.SignInWithoutLockout, AccountSecurityDescriptors.LockoutObserved);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccountSecurityDescriptors.CatalogSeverity[RuleIdentifiers.SignInWithoutLockout]);
                start.RegisterOperationAction(c => Analyze(c, testSeverity), OperationKind.Invocation);
            });
        }

        /// <summary>A SignInManager password sign-in (PasswordSignInAsync, CheckPasswordSignInAsync).</summary>
        internal static bool IsPasswordSignIn(IMethodSymbol method) =>
            (method.Name == "PasswordSignInAsync" || method.Name == "CheckPasswordSignInAsync")
            && IsSignInManager(method.ContainingType);

        private static bool IsSignInManager(INamedTypeSymbol? type)
        {
            for (var t = type; t != null; t = t.BaseType)
                if (IdentityShapes.Is(t.OriginalDefinition, IdentityShapes.IdentityNamespace, "SignInManager")) return true;
            return false;
        }

        private static void Analyze(OperationAnalysisContext context, string? testSeverity)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!IsPasswordSignIn(invocation.TargetMethod)) return;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name != "lockoutOnFailure" || argument.ArgumentKind != ArgumentKind.Explicit
                    || !IdentityShapes.TryBool(argument.Value, out var lockout))
                    continue;
                var node = argument.Value.Syntax;
                context.ReportDiagnostic(RuleReport.Create(lockout ? AccountSecurityDescriptors.LockoutObserved : AccountSecurityDescriptors.SignInWithoutLockout,
                    node.GetLocation(), invocation.Syntax, invocation.SemanticModel, lockout ? null : testSeverity, null,
                    AccountSecurityDescriptors.Reason(lockout ? "CMP4190_SignIn" : "CMP4102_Message", invocation.TargetMethod.Name)));
            }
        }
    }
}
