namespace Compliance.Rules.Model;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// partialFingerprints["compliance/v1"]: hash of rule id, relative path and a stable anchor.
/// Never derived from a secret's value, and stable across line shifts and reformatting as long
/// as the anchor is (config key path, sshd keyword + Match block, C# member + ordinal).
/// </summary>
public static class Fingerprint
{
    public const string Key = "compliance/v1";

    public static string Compute(string ruleId, string file, string anchor)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\n{file}\n{anchor}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    /// <summary>Anchor used when a check gives none: the line (less stable, but unique).</summary>
    public static string AnchorOf(Finding f) => string.IsNullOrEmpty(f.Anchor) ? $"L{f.StartLine}:{f.StartColumn}" : f.Anchor;
}
