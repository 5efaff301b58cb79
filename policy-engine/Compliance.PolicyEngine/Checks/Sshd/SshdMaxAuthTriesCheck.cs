namespace Compliance.PolicyEngine.Checks.Sshd;

using System.Globalization;
using Compliance.PolicyEngine.Sshd;
using Compliance.Rules.Model;

/// <summary>CMP5204: MaxAuthTries must be at most the configured limit (default 4, CIS); OpenSSH's default is 6.</summary>
public sealed class SshdMaxAuthTriesCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5204"];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var max = report.Options.MaxAuthTries;
        SshdPolicy.Run(documents, report, "CMP5204", Themes.SshHardening, view =>
        {
            var d = view.Get("MaxAuthTries");
            if (d is null)
                return new(null, "MaxAuthTries", $"MaxAuthTries is not set, so OpenSSH allows 6 authentication attempts per connection; add 'MaxAuthTries {max}' (at most {max}).");
            if (int.TryParse(d.Args.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= max) return null;
            return new(d, "MaxAuthTries", $"MaxAuthTries allows more than {max} authentication attempts per connection; set 'MaxAuthTries {max}' or lower.");
        });
    }
}
