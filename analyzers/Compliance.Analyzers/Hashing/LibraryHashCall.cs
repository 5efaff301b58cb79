using System.Collections.Generic;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// A fast-hash helper whose body is not in the compilation (a package such as NETCore.Encrypt's
    /// <c>EncryptProvider.Md5(s)</c> or Furion's <c>MD5Encryption.Encrypt(s)</c>, or a call that did not bind in a scan
    /// without packages): its name is all there is. The method's name says the algorithm (<c>Md5</c>, <c>GetSha1</c>,
    /// <c>ToMd5</c>), or the type's name does and the method hashes or encrypts (<c>MD5Encryption.Encrypt</c>,
    /// <c>Md5Util.Hash</c>). Keyed (HMAC) and file/stream digests are not password hashes.
    /// </summary>
    internal static class LibraryHashCall
    {
        private static readonly Dictionary<string, string> Algorithms = new Dictionary<string, string>
        {
            ["md5"] = "MD5", ["sha1"] = "SHA1", ["sha256"] = "SHA256", ["sha384"] = "SHA384", ["sha512"] = "SHA512",
        };

        // What a method of an MD5-named type does to its input when it is the hash itself.
        private static readonly HashSet<string> HashVerbs = new HashSet<string> { "encrypt", "hash", "compute", "encode", "digest", "get", "to" };

        // HMAC is keyed (a MAC, judged by its key elsewhere); a file or stream digest is a checksum.
        private static readonly HashSet<string> NotAPasswordHash = new HashSet<string> { "hmac", "file", "stream", "files" };

        /// <summary>The algorithm the call's name says, when the method has no source here; else null.</summary>
        public static string? Algorithm(IMethodSymbol? method, InvocationExpressionSyntax call)
        {
            if (method != null && !method.DeclaringSyntaxReferences.IsEmpty) return null;
            string? methodName, typeName;
            if (method != null)
            {
                methodName = method.Name;
                typeName = method.ContainingType?.Name;
            }
            else
            {
                switch (call.Expression)
                {
                    case MemberAccessExpressionSyntax access:
                        methodName = access.Name.Identifier.ValueText;
                        typeName = LastName(access.Expression);
                        break;
                    default:
                        // An unbound simple name (Md5(x)) may be an extension or a method of this class: too little to go on.
                        return null;
                }
            }
            return Algorithm(typeName, methodName);
        }

        /// <summary>Name rule shared by the direct call and the nested-helper path.</summary>
        internal static string? Algorithm(string? typeName, string? methodName)
        {
            if (string.IsNullOrEmpty(methodName)) return null;
            var methodWords = IdentifierWords.Split(methodName!);
            var typeWords = typeName == null ? new List<string>() : IdentifierWords.Split(typeName);
            foreach (var w in methodWords) if (NotAPasswordHash.Contains(w)) return null;
            foreach (var w in typeWords) if (NotAPasswordHash.Contains(w)) return null;
            foreach (var w in methodWords)
                if (Algorithms.TryGetValue(w, out var algorithm)) return algorithm;
            var hashes = false;
            foreach (var w in methodWords)
                if (HashVerbs.Contains(TrimDigits(w))) { hashes = true; break; }
            if (!hashes) return null;
            foreach (var w in typeWords)
                if (Algorithms.TryGetValue(w, out var algorithm)) return algorithm;
            return null;
        }

        // "encrypt32" (MD5Encrypt32): the digits say the output length.
        private static string TrimDigits(string word)
        {
            var end = word.Length;
            while (end > 0 && char.IsDigit(word[end - 1])) end--;
            return word.Substring(0, end);
        }

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            SimpleNameSyntax n => n.Identifier.ValueText,
            _ => null,
        };
    }
}
