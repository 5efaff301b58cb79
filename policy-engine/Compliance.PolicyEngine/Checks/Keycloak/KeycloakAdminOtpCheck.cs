namespace Compliance.PolicyEngine.Checks.Keycloak;

using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Keycloak;
using Compliance.Rules.Model;

/// <summary>
/// CMP5003: in the realm's bound browser flow, every username/password form must be followed
/// (same sub-flow) by a REQUIRED OTP form, a REQUIRED sub-flow containing one, or a CONDITIONAL
/// sub-flow conditioned on an admin role (conditional-user-role, negate false) with a REQUIRED OTP
/// form. Keycloak's default "OTP only if the user configured one" enforces nothing.
/// </summary>
public sealed class KeycloakAdminOtpCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5003"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var realm in ConfigIndex.Of(documents).Keycloak)
        {
            report.Examined(Themes.Mfa, realm.File);
            var bound = realm.Root.Entry("browserFlow");
            var alias = (bound?.Value as ScalarNode)?.Value ?? "browser";
            var flow = realm.Flow(alias);
            if (flow is not null && Enforced(realm, flow, new HashSet<string>(StringComparer.Ordinal))) continue;
            report.Add(DocFindings.At("CMP5003", realm.File, bound?.Key.Line ?? 1, bound?.Key.Column ?? 1,
                $"Realm '{realm.Realm}': the bound browser flow '{alias}' {(flow is null ? "is not in the export" : "lets a user sign in with a password alone (OTP is optional or only for users who set it up)")}; follow the password form with a REQUIRED OTP form, or a CONDITIONAL sub-flow on an admin role that requires OTP.",
                realm.Anchor("browserFlow")).Zh(
                $"Realm '{realm.Realm}'：绑定的浏览器登录流程 '{alias}' {(flow is null ? "不在导出文件中" : "允许用户仅凭密码登录（OTP 为可选，或仅对已配置 OTP 的用户生效）")}；请在密码表单之后添加 REQUIRED 的 OTP 表单，或添加以管理员角色为条件、要求 OTP 的 CONDITIONAL 子流程。"));
        }
    }

    private static List<MapNode> Executions(MapNode flow) =>
        flow.Seq("authenticationExecutions").Maps()
            .Select((e, i) => (e, i)).OrderBy(x => x.e.Scalar("priority")?.AsInt() ?? x.i).ThenBy(x => x.i).Select(x => x.e).ToList();

    private static string Req(MapNode e) => e.Str("requirement") ?? "DISABLED";

    private static MapNode? SubFlow(KeycloakRealm realm, MapNode e) =>
        e.Str("flowAlias") is { } a && (e.Scalar("authenticatorFlow")?.AsLooseBool() ?? true) ? realm.Flow(a) : null;

    /// <summary>True when every password form reachable in this flow is followed by enforced OTP (vacuously true with no password form).</summary>
    private static bool Enforced(KeycloakRealm realm, MapNode flow, HashSet<string> seen)
    {
        if (!seen.Add(flow.Str("alias") ?? "")) return true;
        var execs = Executions(flow);
        for (var i = 0; i < execs.Count; i++)
        {
            var e = execs[i];
            if (Req(e) == "DISABLED") continue;
            if (SubFlow(realm, e) is { } sub)
            {
                if (!Enforced(realm, sub, seen)) return false;
                continue;
            }
            if (e.Str("authenticator") != "auth-username-password-form") continue;
            if (!execs.Skip(i + 1).Any(next => OtpStep(realm, next))) return false;
        }
        return true;
    }

    private static bool OtpStep(KeycloakRealm realm, MapNode e)
    {
        var req = Req(e);
        if (e.Str("authenticator") == "auth-otp-form") return req == "REQUIRED";
        if (SubFlow(realm, e) is not { } sub) return false;
        if (req == "REQUIRED") return ContainsRequiredOtp(realm, sub, 0);
        if (req != "CONDITIONAL") return false;
        var execs = Executions(sub);
        var conditions = execs.Where(x => x.Str("authenticator")?.StartsWith("conditional-", StringComparison.Ordinal) == true && Req(x) != "DISABLED").ToList();
        // Conditions are ANDed: "only if the user configured OTP" makes the whole sub-flow optional.
        if (conditions.Any(c => c.Str("authenticator") == "conditional-user-configured")) return false;
        var adminRole = conditions.Any(c => c.Str("authenticator") == "conditional-user-role" &&
            c.Str("authenticatorConfig") is { } cfgAlias && realm.AuthenticatorConfig(cfgAlias)?.Map("config") is { } cfg &&
            (cfg.Str("condUserRole")?.Contains("admin", StringComparison.OrdinalIgnoreCase) ?? false) &&
            !string.Equals(cfg.Str("negate"), "true", StringComparison.OrdinalIgnoreCase));
        return adminRole && execs.Any(x => x.Str("authenticator") == "auth-otp-form" && Req(x) == "REQUIRED");
    }

    private static bool ContainsRequiredOtp(KeycloakRealm realm, MapNode flow, int depth) =>
        depth < 16 && Executions(flow).Any(x =>
            (x.Str("authenticator") == "auth-otp-form" && Req(x) == "REQUIRED") ||
            (Req(x) == "REQUIRED" && SubFlow(realm, x) is { } sub && ContainsRequiredOtp(realm, sub, depth + 1)));
}
