using System;
using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// CMP4104: sessions or tokens that cannot be revoked in time —
    /// <c>SecurityStampValidatorOptions.ValidationInterval</c> above 30 minutes (a password change or a
    /// remote sign-out reaches other sessions only then); <c>DataProtectionTokenProviderOptions.TokenLifespan</c>
    /// above 1 day (reset and confirmation tokens); <c>TokenValidationParameters.ValidateLifetime</c> or
    /// <c>RequireExpirationTime = false</c>; a <c>JwtSecurityToken</c> created without <c>expires</c> (or with
    /// null), and <c>expires</c>/<c>SecurityTokenDescriptor.Expires</c> more than 24 hours ahead
    /// (<c>DateTime.UtcNow.AddDays(30)</c>, <c>DateTime.MaxValue</c>). Types are matched by namespace and
    /// name (JwtBearer and IdentityModel are not in the shared framework). A ValidationInterval within
    /// the policy is observation CMP4192. Points at the assignment or the token creation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SessionRevocationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccountSecurityDescriptors.SessionRevocationWeak, AccountSecurityDescriptors.SessionRevocationObserved);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccountSecurityDescriptors.CatalogSeverity[RuleIdentifiers.SessionRevocationWeak]);
                start.RegisterOperationAction(c => AnalyzeAssignment(c, testSeverity), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => AnalyzeCreation(c, testSeverity), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, string? testSeverity)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!(assignment.Target is IPropertyReferenceOperation target)) return;
            var property = target.Property;
            var type = property.ContainingType;
            var node = assignment.Syntax;
            if (property.Name == "ValidationInterval" && IdentityShapes.Is(type, IdentityShapes.IdentityNamespace, "SecurityStampValidatorOptions")
                && IdentityShapes.TryTimeSpan(assignment.Value, out var interval))
            {
                var weak = interval > AccountSecurityDescriptors.MaxStampInterval;
                Report(context, weak ? AccountSecurityDescriptors.SessionRevocationWeak : AccountSecurityDescriptors.SessionRevocationObserved, node,
                    weak ? testSeverity : null, weak ? "CMP4104_StampInterval" : "CMP4192_Message",
                    IdentityShapes.Readable(interval), IdentityShapes.Readable(AccountSecurityDescriptors.MaxStampInterval));
            }
            else if (property.Name == "TokenLifespan" && IsResetTokenOptions(target.Instance?.Type as INamedTypeSymbol ?? type) && IdentityShapes.TryTimeSpan(assignment.Value, out var lifespan)
                     && lifespan > AccountSecurityDescriptors.MaxResetTokenLifespan)
            {
                Report(context, AccountSecurityDescriptors.SessionRevocationWeak, node, testSeverity, "CMP4104_ResetLifespan",
                    IdentityShapes.Readable(lifespan), IdentityShapes.Readable(AccountSecurityDescriptors.MaxResetTokenLifespan));
            }
            else if ((property.Name == "ValidateLifetime" || property.Name == "RequireExpirationTime")
                     && IdentityShapes.Is(type, IdentityShapes.TokensNamespace, "TokenValidationParameters")
                     && IdentityShapes.TryBool(assignment.Value, out var validate) && !validate)
            {
                Report(context, AccountSecurityDescriptors.SessionRevocationWeak, node, testSeverity, "CMP4104_ValidateLifetime", property.Name);
            }
            else if (property.Name == "Expires" && IdentityShapes.Is(type, IdentityShapes.TokensNamespace, "SecurityTokenDescriptor"))
            {
                ReportLongExpiry(context, assignment.Value, node, testSeverity);
            }
        }

        /// <summary>
        /// Options of the password-reset and confirmation tokens: Identity's <c>DataProtectionTokenProviderOptions</c> itself,
        /// or a subclass named for reset/password/confirmation/e-mail tokens. Other subclasses configure a provider of their
        /// own (bitwarden's <c>TwoFactorRememberTokenProviderOptions</c>: "remember this device" for 30 days, judged a false
        /// alarm) — the receiver's type decides, not the type that declares <c>TokenLifespan</c>.
        /// </summary>
        private static bool IsResetTokenOptions(INamedTypeSymbol? type)
        {
            if (type == null) return false;
            if (IdentityShapes.Is(type, IdentityShapes.IdentityNamespace, "DataProtectionTokenProviderOptions")) return true;
            for (var t = type.BaseType; t != null; t = t.BaseType)
                if (IdentityShapes.Is(t, IdentityShapes.IdentityNamespace, "DataProtectionTokenProviderOptions"))
                    return System.Linq.Enumerable.Any(ResetWords, w => type.Name.IndexOf(w, System.StringComparison.OrdinalIgnoreCase) >= 0);
            return false;
        }

        private static readonly string[] ResetWords = { "Reset", "Password", "Confirm", "Email" };

        private static void AnalyzeCreation(OperationAnalysisContext context, string? testSeverity)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!IdentityShapes.Is(creation.Type, "System.IdentityModel.Tokens.Jwt", "JwtSecurityToken") || creation.Constructor == null) return;
            // The (header, payload) and (string jwt) constructors read a token; only the issuing one (issuer, audience, claims, notBefore, expires, …) creates it.
            if (creation.Constructor.Parameters.IsEmpty || creation.Constructor.Parameters[0].Name != "issuer") return;
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name != "expires") continue;
                var value = IdentityShapes.Unwrap(argument.Value);
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || value.ConstantValue.HasValue && value.ConstantValue.Value == null
                    || value is IDefaultValueOperation)
                    Report(context, AccountSecurityDescriptors.SessionRevocationWeak, creation.Syntax, testSeverity, "CMP4104_NoExpiry");
                else
                    ReportLongExpiry(context, argument.Value, creation.Syntax, testSeverity);
            }
        }

        private static void ReportLongExpiry(OperationAnalysisContext context, IOperation value, SyntaxNode node, string? testSeverity)
        {
            if (!IdentityShapes.TryOffsetFromNow(value, out var ahead, out var forever)) return;
            if (forever)
                Report(context, AccountSecurityDescriptors.SessionRevocationWeak, node, testSeverity, "CMP4104_NoExpiry");
            else if (ahead > AccountSecurityDescriptors.MaxTokenLifetime)
                Report(context, AccountSecurityDescriptors.SessionRevocationWeak, node, testSeverity, "CMP4104_LongExpiry",
                    IdentityShapes.Readable(ahead), IdentityShapes.Readable(AccountSecurityDescriptors.MaxTokenLifetime));
        }

        private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, SyntaxNode node, string? testSeverity, string key, params string[] args) =>
            context.ReportDiagnostic(RuleReport.Create(descriptor, node.GetLocation(), node, context.Operation.SemanticModel, testSeverity, null,
                AccountSecurityDescriptors.Reason(key, args)));
    }
}
