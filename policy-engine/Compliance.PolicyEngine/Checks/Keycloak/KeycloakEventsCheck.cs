namespace Compliance.PolicyEngine.Checks.Keycloak;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>CMP5607: Keycloak login events must be recorded (eventsEnabled true; a non-empty enabledEventTypes includes LOGIN and LOGIN_ERROR).</summary>
public sealed class KeycloakEventsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5607"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var buffer = new FindingBuffer();
        foreach (var realm in ConfigIndex.Of(documents).Keycloak)
        {
            report.Examined(Themes.AuditLog, realm.File);
            var enabled = realm.Root.Entry("eventsEnabled");
            if ((enabled?.Value as ScalarNode)?.AsLooseBool() != true)
                buffer.Add(DocFindings.At("CMP5607", realm.File, enabled?.Key.Line ?? 1, enabled?.Key.Column ?? 1,
                    $"Realm '{realm.Realm}' {(enabled is null ? "does not enable events (eventsEnabled absent = false)" : "has eventsEnabled false")}, so logins and failed logins are not recorded; set \"eventsEnabled\": true.",
                    realm.Anchor("eventsEnabled")).Zh(
                    $"Realm '{realm.Realm}' {(enabled is null ? "未启用事件记录（未设置 eventsEnabled，即为 false）" : "的 eventsEnabled 为 false")}，登录成功与登录失败事件均不会被记录；请设置 \"eventsEnabled\": true。"));
            var typesOk = realm.Root.Entry("enabledEventTypes") is not { Value: SeqNode { Items.Count: > 0 } ts }
                || new[] { "LOGIN", "LOGIN_ERROR" }.All(t => ts.Strings().Contains(t, StringComparer.Ordinal));
            if (enabled is not null && (enabled.Value as ScalarNode)?.AsLooseBool() == true && typesOk) report.Observe("CMP5607", realm.File, enabled.Key.Line);
            if (realm.Root.Entry("enabledEventTypes") is { Value: SeqNode { Items.Count: > 0 } types } te)
            {
                var set = types.Strings().ToHashSet(StringComparer.Ordinal);
                var missing = new[] { "LOGIN", "LOGIN_ERROR" }.Where(t => !set.Contains(t)).ToList();
                if (missing.Count > 0)
                    buffer.Add(DocFindings.At("CMP5607", realm.File, te.Key.Line, te.Key.Column,
                        $"Realm '{realm.Realm}': enabledEventTypes does not include {string.Join(" and ", missing)}; add them (or empty the list to record every type).",
                        realm.Anchor("enabledEventTypes")).Zh(
                        $"Realm '{realm.Realm}'：enabledEventTypes 未包含 {string.Join(" 和 ", missing)}；请添加（或清空该列表以记录所有事件类型）。"));
            }
        }
        buffer.FlushTo(report);
    }
}
