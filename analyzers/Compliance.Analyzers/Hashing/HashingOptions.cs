using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
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
        public const string TrustedHashersKey = "compliance.trusted_password_hashers";
        public const string MicrosoftSdl = "microsoft-sdl";
        public const string Owasp2023 = "owasp-2023";

        private static readonly ConcurrentDictionary<string, PasswordNames> NamesCache = new ConcurrentDictionary<string, PasswordNames>(StringComparer.Ordinal);

        private static readonly ConcurrentDictionary<string, ImmutableHashSet<string>> TrustedCache = new ConcurrentDictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);

        public string Profile { get; }
        public PasswordNames PasswordNames { get; }

        /// <summary>
        /// Methods trusted with passwords (<c>compliance.trusted_password_hashers = LegacyMd5.Verify, Ns.Type.Method</c>):
        /// a fast hash inside them, or a password passed to them, is not CMP2002 — e.g. the old
        /// verification kept during a rehash-on-login migration.
        /// </summary>
        public ImmutableHashSet<string> TrustedHashers { get; }

        private HashingOptions(string profile, PasswordNames names, ImmutableHashSet<string> trusted)
        {
            Profile = profile;
            PasswordNames = names;
            TrustedHashers = trusted;
        }

        public bool IsTrusted(ISymbol? symbol)
        {
            if (TrustedHashers.IsEmpty) return false;
            // Lambdas and local functions belong to their member.
            while (symbol is IMethodSymbol m && (m.MethodKind == MethodKind.AnonymousFunction || m.MethodKind == MethodKind.LocalFunction))
                symbol = symbol.ContainingSymbol;
            if (!(symbol is IMethodSymbol method) || method.ContainingType == null) return false;
            return TrustedHashers.Contains(method.Name) ||
                   TrustedHashers.Contains(method.ContainingType.Name + "." + method.Name) ||
                   TrustedHashers.Contains(method.ContainingType.ToDisplayString() + "." + method.Name);
        }

        public static HashingOptions For(AnalyzerOptions options, SyntaxTree tree) => From(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

        /// <summary>The password words for a <c>compliance.password_words</c> value (cached: one list per value).</summary>
        internal static PasswordNames NamesFor(string? extra) =>
            NamesCache.GetOrAdd(extra ?? string.Empty, e => e.Length == 0 ? PasswordNames.Default : new PasswordNames(WordList.ParseOption(e)));

        internal static HashingOptions From(AnalyzerConfigOptions config)
        {
            var profile = MicrosoftSdl;
            if (config.TryGetValue(ProfileKey, out var p) && string.Equals(p?.Trim(), Owasp2023, StringComparison.OrdinalIgnoreCase))
                profile = Owasp2023;
            config.TryGetValue(PasswordWordsKey, out var extra);
            var names = NamesFor(extra);
            config.TryGetValue(TrustedHashersKey, out var trustedText);
            var trusted = TrustedCache.GetOrAdd(trustedText ?? string.Empty, t => ImmutableHashSet.CreateRange(StringComparer.Ordinal, WordList.ParseOption(t)));
            return new HashingOptions(profile, names, trusted);
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
