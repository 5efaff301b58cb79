using System.Collections.Generic;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// Calls that turn a digest into another spelling of the same digest (hex, Base64, a case change, a trimmed or
    /// sliced view). Shared by the walks that follow a digest to where it ends (<see cref="HashUseContext"/>: which local
    /// holds it; <see cref="VerifyCall"/>: is it compared), so both agree on what is still "the digest".
    /// </summary>
    internal static class DigestConversions
    {
        private static readonly HashSet<string> Names = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "ToHexString", "ToHexStringLower", "ToBase64String", "FromHexString", "FromBase64String", "ToString",
            "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant", "Trim", "AsSpan",
        };

        public static bool Contains(string name) => Names.Contains(name);
    }
}
