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
                return new(null, "PasswordAuthentication", "PasswordAuthentication is not set, so OpenSSH's default 'yes' lets users log in with a password alone; add 'PasswordAuthentication no' near the top of sshd_config and use keys.");
            return d.Args.FirstOrDefault()?.Equals("no", StringComparison.OrdinalIgnoreCase) == true
                ? null
                : new(d, "PasswordAuthentication", "PasswordAuthentication is not 'no', so users can log in with a password alone; set 'PasswordAuthentication no' and use keys.");
        });
}
