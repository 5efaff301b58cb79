namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Pam;
using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>
/// CMP5002: when sshd's AuthenticationMethods use keyboard-interactive, the etc/pam.d/sshd beside
/// that sshd_config must run an OTP module (pam_google_authenticator.so or pam_oath.so) in its auth
/// stack without "nullok" — with nullok a user who never enrolled passes with no second factor.
/// A PAM file not in the scan is assumed correct.
/// </summary>
public sealed class PamOtpCheck : IPolicyCheck
{
    private static readonly string[] s_otpModules = ["pam_google_authenticator.so", "pam_oath.so"];

    public IReadOnlyList<string> RuleIds { get; } = ["CMP5002"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var configs = SshdConfig.AllIn(documents);
        var pamFiles = documents.Files.Where(f => IsPamSshd(f.Path)).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var config in configs)
        {
            if (PamFileFor(config, pamFiles, configs.Count) is not { } pam || !done.Add(pam.Path)) continue;
            report.Examined(Themes.Mfa, pam.Path);
            if (!SshdAuthenticationMethodsCheck.UsesKeyboardInteractive(config)) continue;
            var otp = PamStack.Parse(pam.Text).Where(l => l.Type == "auth" && s_otpModules.Contains(l.ModuleName, StringComparer.Ordinal)).ToList();
            if (otp.Count == 0)
            {
                report.Add(Make(pam.Path, 1, "The PAM auth stack for sshd has no one-time-password module, so keyboard-interactive asks for a password only; add 'auth required pam_google_authenticator.so' (or pam_oath.so) without nullok.",
                    "sshd 的 PAM auth 栈中没有一次性口令模块，键盘交互只询问口令；请添加 'auth required pam_google_authenticator.so'（或 pam_oath.so），且不带 nullok。"));
                continue;
            }
            if (otp.FirstOrDefault(l => !l.Args.Contains("nullok", StringComparer.Ordinal)) is { } strong && otp.All(l => !l.Args.Contains("nullok", StringComparer.Ordinal)))
                report.Observe("CMP5002", pam.Path, strong.Line); // the effective PAM OTP module, without nullok
            if (otp.FirstOrDefault(l => l.Args.Contains("nullok", StringComparer.Ordinal)) is { } weak)
                report.Add(Make(pam.Path, weak.Line, $"{weak.ModuleName} has 'nullok', so a user who never enrolled a one-time-password secret logs in with no second factor; remove nullok after enrolling every administrator.",
                    $"{weak.ModuleName} 带有 'nullok'，未注册一次性口令的用户无需第二因素即可登录；请为所有管理员完成注册后删除 nullok。"));
        }
    }

    public static bool IsPamSshd(string path) => path == "etc/pam.d/sshd" || path.EndsWith("/etc/pam.d/sshd", StringComparison.Ordinal);

    /// <summary>The PAM file under the same etc/ as the sshd_config; a lone pair in the scan also belongs together.</summary>
    private static ConfigFile? PamFileFor(SshdConfig config, List<ConfigFile> pamFiles, int configCount)
    {
        var main = config.MainFile;
        if (main == "etc/ssh/sshd_config" || main.EndsWith("/etc/ssh/sshd_config", StringComparison.Ordinal))
        {
            var want = main[..^"ssh/sshd_config".Length] + "pam.d/sshd";
            return pamFiles.FirstOrDefault(p => p.Path == want);
        }
        return configCount == 1 && pamFiles.Count == 1 ? pamFiles[0] : null;
    }

    private static Finding Make(string file, int line, string message, string messageZh) => new()
    {
        RuleId = "CMP5002", File = file, StartLine = line, StartColumn = 1, EndLine = line, EndColumn = 1,
        Message = message, MessageZh = messageZh, Anchor = "pam:sshd:auth-otp",
    };
}
