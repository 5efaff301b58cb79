using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// Crypto types resolved once per compilation. Every member may be null (the type is not
    /// referenced); analyzers bail out when nothing they look for exists.
    /// </summary>
    internal sealed class CryptoSymbols
    {
        private const string Ns = "System.Security.Cryptography.";

        public INamedTypeSymbol? HashAlgorithm { get; }
        public INamedTypeSymbol? KeyedHashAlgorithm { get; }
        public INamedTypeSymbol? Hmac { get; }
        public INamedTypeSymbol? CryptoConfig { get; }
        public INamedTypeSymbol? IncrementalHash { get; }
        public INamedTypeSymbol? HashAlgorithmName { get; }
        public INamedTypeSymbol? SymmetricAlgorithm { get; }
        public INamedTypeSymbol? CipherMode { get; }
        public INamedTypeSymbol? Encoding { get; }
        public INamedTypeSymbol? Rfc2898DeriveBytes { get; }
        public INamedTypeSymbol? PasswordDeriveBytes { get; }
        public INamedTypeSymbol? RandomNumberGenerator { get; }
        public INamedTypeSymbol? KeyDerivation { get; }
        public INamedTypeSymbol? KeyDerivationPrf { get; }
        public INamedTypeSymbol? PasswordHasherOptions { get; }
        public INamedTypeSymbol? PasswordHasherCompatibilityMode { get; }

        /// <summary>Weak hash base types → display name (MD5, SHA1, RIPEMD160, HMACMD5, HMACSHA1).</summary>
        public ImmutableArray<(INamedTypeSymbol Type, string Name)> WeakHashes { get; }

        /// <summary>Weak cipher base types → display name (DES, TripleDES, RC2).</summary>
        public ImmutableArray<(INamedTypeSymbol Type, string Name)> WeakCiphers { get; }

        // Four analyzers need these, in every CompilationWithAnalyzers over the same compilation (the CLI
        // runs one per core): GetTypeByMetadataName searches every reference, so resolve them once.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, CryptoSymbols> Cache =
            new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, CryptoSymbols>();

        public static CryptoSymbols For(Compilation compilation) => Cache.GetValue(compilation, c => new CryptoSymbols(c));

        private CryptoSymbols(Compilation compilation)
        {
            INamedTypeSymbol? T(string name) => Common.MetadataTypes.Get(compilation, name);
            HashAlgorithm = T(Ns + "HashAlgorithm");
            KeyedHashAlgorithm = T(Ns + "KeyedHashAlgorithm");
            Hmac = T(Ns + "HMAC");
            CryptoConfig = T(Ns + "CryptoConfig");
            IncrementalHash = T(Ns + "IncrementalHash");
            HashAlgorithmName = T(Ns + "HashAlgorithmName");
            SymmetricAlgorithm = T(Ns + "SymmetricAlgorithm");
            CipherMode = T(Ns + "CipherMode");
            Encoding = T("System.Text.Encoding");
            Rfc2898DeriveBytes = T(Ns + "Rfc2898DeriveBytes");
            PasswordDeriveBytes = T(Ns + "PasswordDeriveBytes");
            RandomNumberGenerator = T(Ns + "RandomNumberGenerator");
            KeyDerivation = T("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation");
            KeyDerivationPrf = T("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivationPrf");
            PasswordHasherOptions = T("Microsoft.AspNetCore.Identity.PasswordHasherOptions");
            PasswordHasherCompatibilityMode = T("Microsoft.AspNetCore.Identity.PasswordHasherCompatibilityMode");

            // the types this compilation references, with the name a message shows
            ImmutableArray<(INamedTypeSymbol, string)> Present(params (string MetadataName, string Display)[] names)
            {
                var found = ImmutableArray.CreateBuilder<(INamedTypeSymbol, string)>();
                foreach (var (metadataName, display) in names)
                {
                    if (T(metadataName) is INamedTypeSymbol t) found.Add((t, display));
                }

                return found.ToImmutable();
            }

            WeakHashes = Present(
                (Ns + "MD5", "MD5"), (Ns + "SHA1", "SHA1"), (Ns + "RIPEMD160", "RIPEMD160"),
                (Ns + "HMACMD5", "HMACMD5"), (Ns + "HMACSHA1", "HMACSHA1"), (Ns + "HMACRIPEMD160", "HMACRIPEMD160"),
                // BouncyCastle digests, where referenced.
                ("Org.BouncyCastle.Crypto.Digests.MD5Digest", "MD5"), ("Org.BouncyCastle.Crypto.Digests.MD4Digest", "MD4"),
                ("Org.BouncyCastle.Crypto.Digests.Sha1Digest", "SHA1"), ("Org.BouncyCastle.Crypto.Digests.RipeMD160Digest", "RIPEMD160"));
            WeakCiphers = Present(
                (Ns + "DES", "DES"), (Ns + "TripleDES", "3DES"), (Ns + "RC2", "RC2"),
                ("Org.BouncyCastle.Crypto.Engines.DesEngine", "DES"), ("Org.BouncyCastle.Crypto.Engines.DesEdeEngine", "3DES"),
                ("Org.BouncyCastle.Crypto.Engines.RC2Engine", "RC2"), ("Org.BouncyCastle.Crypto.Engines.RC4Engine", "RC4"));
        }

        /// <summary>The weak hash family <paramref name="type"/> belongs to (itself or a base type), or null.</summary>
        public string? WeakHashName(ITypeSymbol? type) => Family(type, WeakHashes);

        public string? WeakCipherName(ITypeSymbol? type) => Family(type, WeakCiphers);

        public bool IsHashAlgorithm(ITypeSymbol? type) => HashAlgorithm != null && DerivesFrom(type, HashAlgorithm);

        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (var t = type; t != null; t = t.BaseType)
                if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType)) return true;
            return false;
        }

        private static string? Family(ITypeSymbol? type, ImmutableArray<(INamedTypeSymbol Type, string Name)> list)
        {
            for (var t = type; t != null; t = t.BaseType)
                foreach (var (candidate, name) in list)
                    if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, candidate)) return name;
            return null;
        }

        /// <summary>Algorithm names accepted by HashAlgorithm.Create / CryptoConfig.CreateFromName that are weak hashes.</summary>
        public static string? WeakHashFromName(string? name)
        {
            if (name == null) return null;
            var n = name.Trim();
            if (n.StartsWith(Ns, System.StringComparison.OrdinalIgnoreCase)) n = n.Substring(Ns.Length);
            switch (n.ToUpperInvariant())
            {
                case "MD5": case "MD5CRYPTOSERVICEPROVIDER": case "MD5CNG": return "MD5";
                case "SHA": case "SHA1": case "SHA-1": case "SHA1CRYPTOSERVICEPROVIDER": case "SHA1MANAGED": case "SHA1CNG": return "SHA1";
                case "RIPEMD160": case "RIPEMD-160": case "RIPEMD160MANAGED": return "RIPEMD160";
                case "HMACMD5": return "HMACMD5";
                case "HMACSHA1": return "HMACSHA1";
                case "HMACRIPEMD160": return "HMACRIPEMD160";
                default: return null;
            }
        }

        public static string? WeakCipherFromName(string? name)
        {
            if (name == null) return null;
            var n = name.Trim();
            if (n.StartsWith(Ns, System.StringComparison.OrdinalIgnoreCase)) n = n.Substring(Ns.Length);
            switch (n.ToUpperInvariant())
            {
                case "DES": case "DESCRYPTOSERVICEPROVIDER": return "DES";
                case "3DES": case "TRIPLEDES": case "TRIPLEDESCRYPTOSERVICEPROVIDER": return "3DES";
                case "RC2": case "RC2CRYPTOSERVICEPROVIDER": return "RC2";
                default: return null;
            }
        }
    }
}
