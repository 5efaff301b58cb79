namespace Compliance.PolicyEngine.Checks.Sshd;

using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>CMP5001: every AuthenticationMethods list must name at least two different methods (two factors).</summary>
public sealed class SshdAuthenticationMethodsCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5001"];

    public void Run(DocumentSet documents, PolicyReport report) =>
        SshdPolicy.Run(documents, report, "CMP5001", Themes.Mfa, view =>
        {
            var d = view.Get("AuthenticationMethods");
            const string Fix = "set 'AuthenticationMethods publickey,keyboard-interactive' (a key plus a one-time code) or another pair of different methods in every list.";
            const string FixZh = "请设置 'AuthenticationMethods publickey,keyboard-interactive'（密钥加一次性验证码），或在每个列表中使用另外两种不同的方法。";
            if (d is null)
                return new(null, "AuthenticationMethods", "AuthenticationMethods is not set, so one factor (a key or a password) is enough to log in; " + Fix,
                    "未设置 AuthenticationMethods，单一因素（密钥或口令）即可登录；" + FixZh);
            if (d.Args.Count == 0 || d.Args.Any(l => l.Equals("any", StringComparison.OrdinalIgnoreCase) || AuthMethods.Methods(l).Distinct().Count() < 2))
                return new(d, "AuthenticationMethods", "AuthenticationMethods has 'any' or a list with a single method, so one factor is enough to log in; " + Fix,
                    "AuthenticationMethods 为 'any' 或含只有一种方法的列表，单一因素即可登录；" + FixZh);
            return null;
        });

    /// <summary>True when some effective AuthenticationMethods list of this config uses keyboard-interactive.</summary>
    public static bool UsesKeyboardInteractive(SshdConfig config) =>
        new[] { config.GlobalValue("AuthenticationMethods") }
            .Concat(config.Matches.Select(m => config.Effective(m, "AuthenticationMethods")))
            .Any(d => d is not null && d.Args.Any(l => AuthMethods.Methods(l).Contains("keyboard-interactive")));
}
