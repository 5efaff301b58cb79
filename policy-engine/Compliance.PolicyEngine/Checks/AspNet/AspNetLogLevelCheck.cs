namespace Compliance.PolicyEngine.Checks.AspNet;

using Compliance.PolicyEngine.AspNet;
using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>
/// CMP5606: the effective production default log level (Logging:LogLevel:Default, or Serilog's
/// MinimumLevel when a Serilog section exists) must be Information or more verbose, unless a
/// category whose name contains Audit, Login or Auth is kept at such a level.
/// </summary>
public sealed class AspNetLogLevelCheck : IPolicyCheck
{
    private static readonly string[] s_ok = ["Trace", "Debug", "Verbose", "Information"];
    private static readonly string[] s_auditCategories = ["Audit", "Login", "Auth"];

    public IReadOnlyList<string> RuleIds { get; } = ["CMP5606"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var app in ConfigIndex.Of(documents).AspNet)
        {
            foreach (var f in app.Files) report.Examined(Themes.AuditLog, f);
            ConfigValue? def;
            IEnumerable<ConfigValue> overrides;
            if (app.HasSection("Serilog"))
            {
                def = app.Get("Serilog:MinimumLevel:Default") ?? app.Get("Serilog:MinimumLevel");
                overrides = app.Under("Serilog:MinimumLevel:Override");
            }
            else
            {
                def = app.Get("Logging:LogLevel:Default");
                overrides = app.Under("Logging:LogLevel");
            }
            if (def is null) continue;
            if (IsVerbose(def.Value)) { report.Observe("CMP5606", def.File, def.Line); continue; }
            if (overrides.Any(o => s_auditCategories.Any(c => o.Key.Split(':')[^1].Contains(c, StringComparison.OrdinalIgnoreCase)) && IsVerbose(o.Value))) continue;
            report.Add(DocFindings.At("CMP5606", def.File, def.Line, def.Column,
                $"{def.Key} is '{def.Value}' in the production configuration, so sign-ins and other Information-level security events are not logged; use Information (or keep a category such as the authentication/audit logger at Information).",
                $"appsettings:{def.Key}").Zh(
                $"生产配置中 {def.Key} 为 '{def.Value}'，登录及其他 Information 级别的安全事件不会被记录；请设为 Information（或将身份认证/审计等日志类别保持在 Information）。"));
        }
    }

    private static bool IsVerbose(string level) => s_ok.Any(l => l.Equals(level.Trim(), StringComparison.OrdinalIgnoreCase));
}
