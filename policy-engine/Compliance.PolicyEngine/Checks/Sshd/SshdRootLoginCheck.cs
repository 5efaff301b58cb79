namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>CMP5202: PermitRootLogin must not allow root to log in with a password (default prohibit-password is fine).</summary>
public sealed class SshdRootLoginCheck : IPolicyCheck
{
    private static readonly string[] s_ok = ["no", "prohibit-password", "without-password", "forced-commands-only"];

    public IReadOnlyList<string> RuleIds { get; } = ["CMP5202"];

    public void Run(DocumentSet documents, PolicyReport report) =>
        SshdPolicy.Run(documents, report, "CMP5202", Themes.SshHardening, view =>
        {
            var d = view.Get("PermitRootLogin");
            if (d is null || s_ok.Contains(d.Args.FirstOrDefault() ?? "", StringComparer.OrdinalIgnoreCase)) return null;
            return new(d, "PermitRootLogin", "PermitRootLogin lets root log in with a password; set 'PermitRootLogin no' (or 'prohibit-password' for key-only root access).",
                "PermitRootLogin 允许 root 用口令登录；请设置 'PermitRootLogin no'（或仅允许密钥的 'prohibit-password'）。");
        });
}
