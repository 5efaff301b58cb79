namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>CMP5201: PasswordAuthentication must be "no" for every kind of connection (OpenSSH default: yes).</summary>
public sealed class SshdPasswordAuthenticationCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5201"];

    public void Run(DocumentSet documents, PolicyReport report) =>
        SshdPolicy.Run(documents, report, "CMP5201", Themes.SshHardening, view =>
        {
            var d = view.Get("PasswordAuthentication");
            if (d is null)
                return new(null, "PasswordAuthentication", "PasswordAuthentication is not set, so OpenSSH's default 'yes' lets users log in with a password alone; add 'PasswordAuthentication no' near the top of sshd_config and use keys.",
                    "未设置 PasswordAuthentication，OpenSSH 默认 'yes'，用户可仅凭口令登录；请在 sshd_config 顶部添加 'PasswordAuthentication no' 并改用密钥登录。");
            return d.Args.FirstOrDefault()?.Equals("no", StringComparison.OrdinalIgnoreCase) == true
                ? null
                : new(d, "PasswordAuthentication", "PasswordAuthentication is not 'no', so users can log in with a password alone; set 'PasswordAuthentication no' and use keys.",
                    "PasswordAuthentication 不是 'no'，用户可仅凭口令登录；请设置 'PasswordAuthentication no' 并改用密钥登录。");
        });
}
