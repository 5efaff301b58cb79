using System;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>Every pattern is compiled, culture-invariant and bounded in time so that a hostile file cannot stall a build.</summary>
    internal static class RegexDefaults
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

        public static Regex Create(string pattern, RegexOptions extra = RegexOptions.None) =>
            new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, Timeout);

        /// <summary>Runs <paramref name="action"/> and treats a timeout as "no match": a slow line never becomes a crash.</summary>
        public static MatchCollection? SafeMatches(Regex regex, string text)
        {
            try
            {
                var matches = regex.Matches(text);
                _ = matches.Count; // forces evaluation inside the try
                return matches;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }
    }
}
