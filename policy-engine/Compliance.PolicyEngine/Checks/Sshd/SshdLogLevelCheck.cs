namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>CMP5601: LogLevel must be VERBOSE or a DEBUG level; the default INFO does not log which key logged in.</summary>
public sealed class SshdLogLevelCheck : IPolicyCheck
{
    private static readonly string[] s_ok = ["VERBOSE", "DEBUG", "DEBUG1", "DEBUG2", "DEBUG3"];

    public IReadOnlyList<string> RuleIds { get; } = ["CMP5601"];

    public void Run(DocumentSet documents, PolicyReport report) =>
        SshdPolicy.Run(documents, report, "CMP5601", Themes.AuditLog, view =>
        {
            var d = view.Get("LogLevel");
            if (d is null)
                return new(null, "LogLevel", "LogLevel is not set, so sshd logs at INFO and does not record which key was used to log in; add 'LogLevel VERBOSE'.",
                    "未设置 LogLevel，sshd 以 INFO 级别记录日志，不记录登录所用的密钥；请添加 'LogLevel VERBOSE'。");
            return s_ok.Contains(d.Args.FirstOrDefault() ?? "", StringComparer.OrdinalIgnoreCase)
                ? null
                : new(d, "LogLevel", "LogLevel is below VERBOSE, so logins are not recorded with the key used; set 'LogLevel VERBOSE'.",
                    "LogLevel 低于 VERBOSE，登录日志不含所用密钥；请设置 'LogLevel VERBOSE'。");
        });
}
