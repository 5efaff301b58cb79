using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// CMP4105 (medium precision): a login path that records nothing — a method (or handler lambda)
    /// that checks a password with <c>SignInManager.PasswordSignInAsync</c>/<c>CheckPasswordSignInAsync</c>
    /// or <c>UserManager.CheckPasswordAsync</c> and contains no logging call at all (an <c>ILogger</c>
    /// method or extension, a <c>[LoggerMessage]</c> method, Serilog's static <c>Log</c>, NLog/log4net, or the
    /// application's own log facade: a type named …Logger/…LogManager/…LogService with a Log…/Error/Warn… method). Conservative on
    /// purpose: any log call in the method counts (and a raised login-failure audit event, IdentityServer's UserLoginFailureEvent), since a helper that logs cannot be told from one
    /// that does not without following calls; Identity's own SignInManager logs only at debug level.
    /// A method that logs is observation CMP4193. Points at the password-checking call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LoginFailureNotLoggedAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableDictionary<string, string?> MediumPrecision =
            ImmutableDictionary<string, string?>.Empty.Add("compliance.precision", "medium");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccountSecurityDescriptors.LoginFailureNotLogged, AccountSecurityDescriptors.LoginFailureLoggedObserved);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccountSecurityDescriptors.CatalogSeverity[RuleIdentifiers.LoginFailureNotLogged]);
                start.RegisterOperationAction(c => Analyze(c, testSeverity), OperationKind.Invocation);
            });
        }

        private static bool IsPasswordCheck(IMethodSymbol method)
        {
            if (SignInWithoutLockoutAnalyzer.IsPasswordSignIn(method)) return true;
            if (method.Name != "CheckPasswordAsync") return false;
            for (var t = method.ContainingType; t != null; t = t.BaseType)
                if (IdentityShapes.Is(t.OriginalDefinition, IdentityShapes.IdentityNamespace, "UserManager")) return true;
            return false;
        }

        private static void Analyze(OperationAnalysisContext context, string? testSeverity)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!IsPasswordCheck(invocation.TargetMethod) || invocation.SemanticModel == null) return;
            var body = Body(invocation.Syntax);
            if (body == null) return;
            var logs = Logs(body, invocation.SemanticModel, context.CancellationToken);
            var node = invocation.Syntax;
            context.ReportDiagnostic(RuleReport.Create(logs ? AccountSecurityDescriptors.LoginFailureLoggedObserved : AccountSecurityDescriptors.LoginFailureNotLogged,
                node.GetLocation(), node, invocation.SemanticModel, logs ? null : testSeverity, logs ? null : MediumPrecision,
                AccountSecurityDescriptors.Reason(logs ? "CMP4193_Message" : "CMP4105_Message", invocation.TargetMethod.Name)));
        }

        /// <summary>The login path: the enclosing method, local function, accessor, or (in top-level code) the handler lambda.</summary>
        private static SyntaxNode? Body(SyntaxNode node)
        {
            SyntaxNode? lambda = null;
            for (var n = node.Parent; n != null; n = n.Parent)
            {
                switch (n)
                {
                    case BaseMethodDeclarationSyntax _:
                    case LocalFunctionStatementSyntax _:
                    case AccessorDeclarationSyntax _:
                        return n;
                    case AnonymousFunctionExpressionSyntax _:
                        lambda = lambda ?? n;
                        break;
                    case GlobalStatementSyntax _:
                        return lambda ?? n;
                }
            }
            return lambda;
        }

        private static bool Logs(SyntaxNode body, SemanticModel model, System.Threading.CancellationToken ct)
        {
            foreach (var call in body.DescendantNodes())
            {
                if (IsLoginFailureEvent(call)) return true;
                if (!(call is InvocationExpressionSyntax) || !(model.GetSymbolInfo(call, ct).Symbol is IMethodSymbol method)) continue;
                if (IsLogging(method)) return true;
            }
            return false;
        }

        /// <summary>
        /// _events.RaiseAsync(new UserLoginFailureEvent(user, "invalid credentials")): IdentityServer/Duende's audit event
        /// for a failed login, written to the event sink (user, client, time, reason). Matched by the event's name, so a
        /// fallback compilation without the IdentityServer package recognises it too.
        /// </summary>
        private static bool IsLoginFailureEvent(SyntaxNode node)
        {
            if (!(node is ObjectCreationExpressionSyntax creation) || !(creation.Parent is ArgumentSyntax argument)
                || !(argument.Parent?.Parent is InvocationExpressionSyntax)) return false;
            var name = creation.Type is QualifiedNameSyntax q ? q.Right.Identifier.ValueText
                : creation.Type is SimpleNameSyntax simple ? simple.Identifier.ValueText : "";
            return name.EndsWith("Event", System.StringComparison.Ordinal)
                   && (name.Contains("LoginFailure") || name.Contains("LoginFailed") || name.Contains("SignInFailure") || name.Contains("SignInFailed"));
        }

        private static bool IsLogging(IMethodSymbol method)
        {
            var type = method.ReducedFrom?.ContainingType ?? method.ContainingType;
            if (type == null) return false;
            var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
            if (ns == "Microsoft.Extensions.Logging") return true; // ILogger.Log, LoggerExtensions.LogWarning, …
            if (type.Name == "Log" && ns.StartsWith("Serilog", System.StringComparison.Ordinal)) return true;
            foreach (var attribute in method.GetAttributes())
                if (attribute.AttributeClass?.Name == "LoggerMessageAttribute") return true;
            foreach (var i in type.AllInterfaces)
                if (i.Name == "ILogger" && i.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Logging") return true;
            if (ns.StartsWith("NLog", System.StringComparison.Ordinal) || ns.StartsWith("log4net", System.StringComparison.Ordinal)) return IsLevelledWrite(method);
            return IsLogFacade(type.Name) && IsLevelledWrite(method);
        }

        /// <summary>
        /// An application's own logging facade (Oqtane's ILogManager.Log(LogLevel.Error, …), an ILogService, an
        /// AuditLogger): the type is named as a logger and the method as a log write. Any log call counts (see above).
        /// </summary>
        private static bool IsLogFacade(string typeName)
        {
            var name = typeName.Length > 1 && typeName[0] == 'I' && char.IsUpper(typeName[1]) ? typeName.Substring(1) : typeName;
            foreach (var suffix in LogFacadeSuffixes)
                if (name.EndsWith(suffix, System.StringComparison.Ordinal)) return true;
            return false;
        }

        private static readonly string[] LogFacadeSuffixes = { "Logger", "LogManager", "LogService", "LogWriter", "Log" };

        /// <summary>
        /// A diagnostic log write has a level: Error/Warn/Info… (or LogError…), or Log/Write with a level argument. An
        /// activity feed's entry (Smartstore's <c>_activityLogger.LogActivity(PublicStoreLogin, …)</c>, written for a
        /// successful sign-in only; judged TP blind) has none and is not the log a failed login belongs in.
        /// </summary>
        private static bool IsLevelledWrite(IMethodSymbol method)
        {
            var name = method.Name.StartsWith("Log", System.StringComparison.Ordinal) && method.Name.Length > 3 ? method.Name.Substring(3) : method.Name;
            if (name is "Error" or "Warn" or "Warning" or "Info" or "Information" or "Fatal" or "Critical" or "Debug" or "Trace") return true;
            if (method.Name != "Log" && method.Name != "Write") return false;
            foreach (var parameter in method.Parameters)
                if (parameter.Type.Name.EndsWith("Level", System.StringComparison.Ordinal) || parameter.Type.Name.EndsWith("Severity", System.StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
