using System;
using System.Collections.Concurrent;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// .editorconfig / .globalconfig options of the weak-hash rules:
    /// <c>compliance.password_hash_profile = microsoft-sdl | owasp-2023</c> and
    /// <c>compliance.password_words = word1, word2</c> (extra password-like names).
    /// </summary>
    internal sealed class HashingOptions
    {
        public const string ProfileKey = "compliance.password_hash_profile";
        public const string PasswordWordsKey = "compliance.password_words";
        public const string MicrosoftSdl = "microsoft-sdl";
        public const string Owasp2023 = "owasp-2023";

        private static readonly ConcurrentDictionary<string, PasswordNames> NamesCache = new ConcurrentDictionary<string, PasswordNames>(StringComparer.Ordinal);

        public string Profile { get; }
        public PasswordNames PasswordNames { get; }

        private HashingOptions(string profile, PasswordNames names)
        {
            Profile = profile;
            PasswordNames = names;
        }

        public static HashingOptions For(AnalyzerOptions options, SyntaxTree tree)
        {
            var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            var profile = MicrosoftSdl;
            if (config.TryGetValue(ProfileKey, out var p) && string.Equals(p?.Trim(), Owasp2023, StringComparison.OrdinalIgnoreCase))
                profile = Owasp2023;
            config.TryGetValue(PasswordWordsKey, out var extra);
            var names = NamesCache.GetOrAdd(extra ?? string.Empty, e => new PasswordNames(WordList.ParseOption(e)));
            return new HashingOptions(profile, names);
        }

        /// <summary>Minimum PBKDF2 iterations for the PRF under this profile.</summary>
        public int MinIterations(string prf)
        {
            if (Profile != Owasp2023) return 100_000;
            switch (prf)
            {
                case "SHA512": return 210_000;
                case "SHA1": return 1_300_000;
                default: return 600_000;
            }
        }

        /// <summary>Minimum bcrypt work factor (both profiles follow OWASP's floor of 10).</summary>
        public int MinBcryptWorkFactor => 10;
    }
}
