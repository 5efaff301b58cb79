using System;
using System.Collections.Generic;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Shannon entropy judged against what the string could reach: a 12-character random password
    /// cannot exceed log2(12) bits per character, so short values are compared with that ceiling
    /// instead of a fixed threshold that only long keys can pass.
    /// </summary>
    public static class ShannonEntropy
    {
        public static double BitsPerChar(string value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return 0;
            }

            var counts = new Dictionary<char, int>();
            foreach (var c in value)
            {
                counts.TryGetValue(c, out var n);
                counts[c] = n + 1;
            }

            double h = 0;
            foreach (var pair in counts)
            {
                var p = (double)pair.Value / value.Length;
                h -= p * Math.Log(p, 2);
            }

            return h;
        }

        /// <summary>Size of the alphabet the value appears to be drawn from (hex, base64, alphanumeric, printable).</summary>
        public static int CharsetSize(string value)
        {
            bool lower = false, upper = false, digit = false, other = false, hexOnly = true;
            foreach (var c in value)
            {
                if (c >= 'a' && c <= 'z') { lower = true; if (c > 'f') hexOnly = false; }
                else if (c >= 'A' && c <= 'Z') { upper = true; if (c > 'F') hexOnly = false; }
                else if (c >= '0' && c <= '9') { digit = true; }
                else { other = true; hexOnly = false; }
            }

            if (hexOnly && !(lower && upper))
            {
                return 16;
            }

            var size = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 32 : 0);
            return Math.Max(size, 2);
        }

        /// <summary>Entropy divided by the best a value of this length and alphabet could have (0..1).</summary>
        public static double Ratio(string value)
        {
            if (string.IsNullOrEmpty(value) || value.Length < 2)
            {
                return 0;
            }

            var ceiling = Math.Log(Math.Min(value.Length, CharsetSize(value)), 2);
            return ceiling <= 0 ? 0 : BitsPerChar(value) / ceiling;
        }

        /// <summary>Looks machine-generated: long enough, varied, and not a word or a repeated pattern.</summary>
        public static bool LooksRandom(string value, int minLength = 16)
        {
            if (value.Length < minLength)
            {
                return false;
            }

            var ratio = Ratio(value);
            var charset = CharsetSize(value);
            // hex strings are naturally less "mixed"; accept a slightly lower ratio for them
            return charset == 16 ? ratio >= 0.70 : ratio >= 0.75;
        }
    }
}
