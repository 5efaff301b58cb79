using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Splits identifiers (camelCase, PascalCase, snake_case, kebab-case, digits) into lower-case
    /// words and matches them against a word list. Whole-word matching keeps short words such as
    /// "pwd" or "sign" from matching inside "design"; words of five or more letters and non-ASCII
    /// words (密码) also match as substrings so "userpassword" or "登录密码" are found.
    /// </summary>
    internal static class IdentifierWords
    {
        /// <summary>
        /// The letters and digits of <paramref name="s"/>, lower-cased ("SHA-1" and "Sha1" → "sha1", "Jwt.Secret" →
        /// "jwtsecret"): to compare a name with a value or a label whatever its separators and case.
        /// </summary>
        public static string Squash(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }

        public static List<string> Split(string identifier)
        {
            var words = new List<string>();
            if (string.IsNullOrEmpty(identifier)) return words;
            var current = new StringBuilder();
            void Flush()
            {
                if (current.Length > 0) { words.Add(current.ToString().ToLowerInvariant()); current.Clear(); }
            }
            for (int i = 0; i < identifier.Length; i++)
            {
                char c = identifier[i];
                if (!char.IsLetterOrDigit(c)) { Flush(); continue; }
                if (current.Length > 0)
                {
                    char prev = identifier[i - 1];
                    bool upperAfterLower = char.IsUpper(c) && (char.IsLower(prev) || char.IsDigit(prev));
                    // "HTTPRequest" -> "http", "request": split before the last upper of an upper run.
                    bool acronymEnd = char.IsUpper(c) && char.IsUpper(prev) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);
                    // Letters then digits stay together ("sha256", "md5"); digits then letters split.
                    bool letterAfterDigit = char.IsLetter(c) && char.IsDigit(prev);
                    // CJK has no case: keep runs of CJK apart from ASCII words ("登录密码Hash").
                    bool scriptChange = (c > 127) != (prev > 127);
                    if (upperAfterLower || acronymEnd || letterAfterDigit || scriptChange)
                        Flush();
                }
                current.Append(c);
            }
            Flush();
            return words;
        }

    }

    /// <summary>A set of words matched against identifiers (see <see cref="IdentifierWords"/>).</summary>
    internal sealed class WordList
    {
        private readonly ImmutableHashSet<string> _exact;
        private readonly ImmutableArray<string> _substrings;

        /// <param name="words">Whole words (also substrings when five letters or longer, or non-ASCII).</param>
        /// <param name="substrings">Short words that should still match inside others ("etag" in "ComputeETag").</param>
        public WordList(IEnumerable<string> words, IEnumerable<string>? substrings = null)
        {
            var exact = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var subs = ImmutableArray.CreateBuilder<string>();
            foreach (var raw in words)
            {
                var w = raw?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(w)) continue;
                exact.Add(w!);
                if (w!.Length >= 5 || !IsAscii(w)) subs.Add(w);
            }
            if (substrings != null)
                foreach (var raw in substrings)
                {
                    var w = raw?.Trim().ToLowerInvariant();
                    if (!string.IsNullOrEmpty(w)) { exact.Add(w!); subs.Add(w!); }
                }
            _exact = exact.ToImmutable();
            _substrings = subs.ToImmutable();
        }

        public WordList With(IEnumerable<string> more)
        {
            var all = new List<string>(_exact);
            all.AddRange(more);
            return new WordList(all);
        }

        /// <summary>Splits a comma/semicolon/space separated option value.</summary>
        public static IEnumerable<string> ParseOption(string? value) =>
            string.IsNullOrWhiteSpace(value)
                ? Array.Empty<string>()
                : value!.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The first list word found in <paramref name="identifier"/>, or null.</summary>
        public string? Match(string? identifier)
        {
            if (string.IsNullOrEmpty(identifier)) return null;
            foreach (var word in IdentifierWords.Split(identifier!))
                if (_exact.Contains(word)) return word;
            if (_substrings.Length > 0)
            {
                var flat = Flatten(identifier!);
                foreach (var s in _substrings)
                    if (flat.IndexOf(s, StringComparison.Ordinal) >= 0) return s;
            }
            return null;
        }

        public bool Matches(string? identifier) => Match(identifier) != null;

        private static string Flatten(string identifier)
        {
            var sb = new StringBuilder(identifier.Length);
            foreach (var c in identifier)
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }

        private static bool IsAscii(string s)
        {
            foreach (var c in s) if (c > 127) return false;
            return true;
        }
    }
}
