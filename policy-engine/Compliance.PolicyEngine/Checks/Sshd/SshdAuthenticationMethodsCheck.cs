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
            if (d is null)
                return new(null, "AuthenticationMethods", "AuthenticationMethods is not set, so one factor (a key or a password) is enough to log in; " + Fix);
            if (d.Args.Count == 0 || d.Args.Any(l => l.Equals("any", StringComparison.OrdinalIgnoreCase) || AuthMethods.Methods(l).Distinct().Count() < 2))
                return new(d, "AuthenticationMethods", "AuthenticationMethods has 'any' or a list with a single method, so one factor is enough to log in; " + Fix);
            return null;
        });

    /// <summary>True when some effective AuthenticationMethods list of this config uses keyboard-interactive.</summary>
    public static bool UsesKeyboardInteractive(SshdConfig config) =>
        new[] { config.GlobalValue("AuthenticationMethods") }
            .Concat(config.Matches.Select(m => config.Effective(m, "AuthenticationMethods")))
            .Any(d => d is not null && d.Args.Any(l => AuthMethods.Methods(l).Contains("keyboard-interactive")));
}
