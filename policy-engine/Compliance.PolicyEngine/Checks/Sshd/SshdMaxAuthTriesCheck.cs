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
                return new(null, "MaxAuthTries", $"MaxAuthTries is not set, so OpenSSH allows 6 authentication attempts per connection; add 'MaxAuthTries {max}' (at most {max}).",
                    $"未设置 MaxAuthTries，OpenSSH 默认每个连接允许 6 次认证尝试；请添加 'MaxAuthTries {max}'（不超过 {max}）。");
            if (int.TryParse(d.Args.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= max) return null;
            return new(d, "MaxAuthTries", $"MaxAuthTries allows more than {max} authentication attempts per connection; set 'MaxAuthTries {max}' or lower.",
                $"MaxAuthTries 允许每个连接超过 {max} 次认证尝试；请设置 'MaxAuthTries {max}' 或更小。");
        });
    }
}
