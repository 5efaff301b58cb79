namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>
/// CMP5205: with UsePAM yes and keyboard-interactive on (OpenSSH default yes), PAM will accept a
/// password alone unless every AuthenticationMethods list also demands publickey.
/// </summary>
public sealed class SshdKeyboardInteractivePamCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5205"];

    public void Run(DocumentSet documents, PolicyReport report) =>
        SshdPolicy.Run(documents, report, "CMP5205", Themes.SshHardening, view =>
        {
            var kbd = view.Get("KbdInteractiveAuthentication");
            var methods = view.Get("AuthenticationMethods");
            if (!view.Flag("UsePAM", false) || !view.Flag("KbdInteractiveAuthentication", true)) return null;
            if (methods is not null && methods.Args.Count > 0 && methods.Args.All(l => AuthMethods.Methods(l).Contains("publickey")))
                return null;
            const string Fix = "set 'KbdInteractiveAuthentication no', or require a key in every list, e.g. 'AuthenticationMethods publickey,keyboard-interactive'.";
            const string FixZh = "请设置 'KbdInteractiveAuthentication no'，或在每个列表中都要求密钥，例如 'AuthenticationMethods publickey,keyboard-interactive'。";
            if (methods is not null)
                return new(methods, "KbdInteractiveAuthentication", "Keyboard-interactive logins go through PAM, and an AuthenticationMethods list without publickey lets PAM accept a password alone; " + Fix,
                    "键盘交互登录经由 PAM，AuthenticationMethods 中不含 publickey 的列表使 PAM 仅凭口令即可放行；" + FixZh);
            // The wrong value is KbdInteractiveAuthentication yes (written or default) with no AuthenticationMethods.
            return new(kbd, "KbdInteractiveAuthentication",
                (kbd is null ? "KbdInteractiveAuthentication is not set (OpenSSH default yes) and " : "KbdInteractiveAuthentication is yes and ") +
                "UsePAM is yes without AuthenticationMethods, so PAM can accept a password alone; " + Fix,
                (kbd is null ? "未设置 KbdInteractiveAuthentication（OpenSSH 默认 yes），且 " : "KbdInteractiveAuthentication 为 yes，且 ") +
                "UsePAM 为 yes 而未设置 AuthenticationMethods，PAM 可仅凭口令放行；" + FixZh);
        });
}

/// <summary>AuthenticationMethods lists: "publickey,keyboard-interactive:pam" → method names without sub-methods.</summary>
public static class AuthMethods
{
    public static IReadOnlyList<string> Methods(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(m => (m.IndexOf(':') is var c and > 0 ? m[..c] : m).ToLowerInvariant()).ToList();
}
