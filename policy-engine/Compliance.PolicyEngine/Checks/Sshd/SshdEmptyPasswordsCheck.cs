namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>CMP5203: PermitEmptyPasswords must be "no" (the default).</summary>
public sealed class SshdEmptyPasswordsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5203"];

    public void Run(DocumentSet documents, PolicyReport report) =>
        SshdPolicy.Run(documents, report, "CMP5203", Themes.SshHardening, view =>
        {
            var d = view.Get("PermitEmptyPasswords");
            if (d is null || string.Equals(d.Args.FirstOrDefault(), "no", StringComparison.OrdinalIgnoreCase)) return null;
            return new(d, "PermitEmptyPasswords", "PermitEmptyPasswords lets accounts with an empty password log in; set 'PermitEmptyPasswords no' or remove the line (the default is no).",
                "PermitEmptyPasswords 允许空口令账号登录；请设置 'PermitEmptyPasswords no' 或删除该行（默认为 no）。");
        });
}
