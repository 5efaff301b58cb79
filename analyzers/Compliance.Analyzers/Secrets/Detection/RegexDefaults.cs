using System;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>Every pattern is compiled, culture-invariant and bounded in time so that a hostile file cannot stall a build.</summary>
    internal static class RegexDefaults
    {
        // The bound is wall-clock time, so it also counts time the thread spends descheduled. At 250 ms, a
        // build machine at load 40 on 2 cores timed out on ordinary keys (an Azure key went unreported in
        // DetectionCoreTests): a loaded machine must not lose findings. The patterns are linear on their
        // input (lines are cut before matching); this bound is only the last guard against a pathological one.
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        public static Regex Create(string pattern, RegexOptions extra = RegexOptions.None) =>
            new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, Timeout);

        /// <summary>
        /// As <see cref="Create"/> but interpreted: for patterns a keyword prefilter keeps from most input. A compiled
        /// pattern is JIT-compiled on first use (5–10 ms each on a loaded machine: most of CommandLineCredentials' cost in a
        /// scan of a configuration tree, results/2026-12-15-cost11.md) — time a rarely run pattern never pays back.
        /// </summary>
        public static Regex CreateInterpreted(string pattern, RegexOptions extra = RegexOptions.None) =>
            new Regex(pattern, RegexOptions.CultureInvariant | extra, Timeout);

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

        /// <summary>One match, a timeout read as no match (<see cref="Match.Empty"/>), as <see cref="SafeMatches"/>.</summary>
        public static Match SafeMatch(Regex regex, string text)
        {
            try
            {
                return regex.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return Match.Empty;
            }
        }

        /// <summary>
        /// Whether <paramref name="text"/> holds a word of every group: the keyword prefilter of a pattern that cannot match
        /// without them (an empty list of groups: always). Cheaper than the pattern on text that names none of them.
        /// </summary>
        public static bool ContainsAll(string text, string[][] groups, StringComparison comparison)
        {
            foreach (var group in groups)
            {
                var any = false;
                foreach (var word in group)
                {
                    if (text.IndexOf(word, comparison) >= 0)
                    {
                        any = true;
                        break;
                    }
                }

                if (!any)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
