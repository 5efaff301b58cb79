using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Compliance.Analyzers.Common.SourceLookup;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// "Where cheap" inter-procedural step for CMP2002: does a helper method in this compilation
    /// (<c>Md5Helper.Hash(string input)</c>) put one of its parameters into a fast hash? Read from the
    /// helper's syntax only (no second semantic model): the parameter, or a local initialised from it
    /// (two hops), appears in the arguments of <c>HashData</c>/<c>ComputeHash</c> whose receiver is a
    /// fast hash by name (<c>SHA256.HashData</c>, <c>MD5.Create().ComputeHash</c>, or a local created so).
    /// </summary>
    internal static class HelperHashShape
    {
        private static readonly HashSet<string> HashCalls = new HashSet<string> { "HashData", "ComputeHash", "TryHashData", "TryComputeHash" };

        private static readonly string[] FastHashTypes =
        {
            "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "SHA3_256", "SHA3_384", "SHA3_512",
            "MD5CryptoServiceProvider", "SHA1Managed", "SHA256Managed", "SHA512Managed", "SHA1CryptoServiceProvider", "SHA256CryptoServiceProvider",
        };

        /// <summary>
        /// The method hashes <paramref name="parameter"/> fast in its own body, not through another helper it calls
        /// (without a compilation <see cref="FastHashOfParameter"/> does not follow nested helpers): a void
        /// <c>SetPwd(user, pwd)</c> that stores the hash itself.
        /// </summary>
        internal static bool HashesFastInOwnBody(IMethodSymbol method, IParameterSymbol parameter) =>
            FastHashOfParameter(method, parameter) != null;

        /// <summary>The fast algorithm name when <paramref name="parameter"/> of <paramref name="method"/> is hashed, else null.</summary>
        public static string? FastHashOfParameter(IMethodSymbol method, IParameterSymbol parameter, Compilation? compilation = null, int depth = 0)
        {
            if (method.DeclaringSyntaxReferences.Length != 1) return null;
            SyntaxNode? body;
            switch (method.DeclaringSyntaxReferences[0].GetSyntax())
            {
                case BaseMethodDeclarationSyntax m: body = (SyntaxNode?)m.Body ?? m.ExpressionBody; break;
                case LocalFunctionStatementSyntax lf: body = (SyntaxNode?)lf.Body ?? lf.ExpressionBody; break;
                default: return null;
            }
            if (body == null) return null;

            var tracked = new HashSet<string> { parameter.Name };
            var declarators = body.DescendantNodes().OfType<VariableDeclaratorSyntax>().ToList();
            for (var hop = 0; hop < 2; hop++)
                foreach (var d in declarators)
                    // var derivedKey = Pbkdf2(password, …): what comes out of a key derivation is a key, not the password.
                    if (d.Initializer != null && Mentions(d.Initializer.Value, tracked) && !KdfOutput.Derives(d.Initializer.Value, tracked, compilation))
                        tracked.Add(d.Identifier.ValueText);

            foreach (var call in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                // FormsAuthentication.HashPasswordForStoringInConfigFile(salt + password, "MD5"): one round of MD5 or SHA-1 by the
                // API's definition, as the direct path reports it — so LawyerMembership's login through HashPassword is seen.
                if (call.Expression is MemberAccessExpressionSyntax forms && forms.Name.Identifier.ValueText == "HashPasswordForStoringInConfigFile" &&
                    forms.Expression.ToString().EndsWith("FormsAuthentication", System.StringComparison.Ordinal) && call.ArgumentList.Arguments.Count == 2 &&
                    Mentions(call.ArgumentList.Arguments[0], tracked))
                    return call.ArgumentList.Arguments[1].Expression is LiteralExpressionSyntax format &&
                           format.Token.ValueText.Trim().StartsWith("SHA", System.StringComparison.OrdinalIgnoreCase) ? "SHA1" : "MD5";
                if (!(call.Expression is MemberAccessExpressionSyntax access) || !HashCalls.Contains(access.Name.Identifier.ValueText)) continue;
                if (!Mentions(call.ArgumentList, tracked)) continue;
                // return $"mqtt_auth_index:{Hex(SHA256.HashData(…))}" in BuildMqttAuthIndexKey: the digest names a lookup entry,
                // the same check the direct path makes at the hash (HashUseContext), at whatever depth the helper is reached.
                if (HashUseContext.IdentifierUse(call) != null) continue;
                var algorithm = FastTypeIn(access.Expression);
                if (algorithm == null && access.Expression is IdentifierNameSyntax receiver)
                {
                    var declarator = declarators.FirstOrDefault(d => d.Identifier.ValueText == receiver.Identifier.ValueText);
                    if (declarator?.Initializer != null) algorithm = FastTypeIn(declarator.Initializer.Value) ?? CreatedByName(declarator.Initializer.Value);
                }
                algorithm ??= CreatedByName(access.Expression);
                algorithm ??= ConstantKeyedHmac(access, declarators, compilation);
                if (algorithm != null) return algorithm;
            }

            // CryptogramUtil.Encrypt(plainText) => MD5Encryption.Encrypt(plainText): one more helper deep, so the login path
            // through the project's entry point is judged like the registration path that calls the MD5 helper directly.
            return compilation == null || depth >= 2 ? null : ThroughNestedHelper(body, tracked, compilation, depth);
        }

        private static string? ThroughNestedHelper(SyntaxNode body, HashSet<string> tracked, Compilation compilation, int depth)
        {
            SemanticModel? model = null;
            foreach (var call in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Expression is MemberAccessExpressionSyntax access && HashCalls.Contains(access.Name.Identifier.ValueText)) continue;
                if (!Mentions(call.ArgumentList, tracked)) continue;
                model ??= ModelFor(compilation, call.SyntaxTree);
                if (model == null) return null;
                // LegacyDigest(row.Salt, password) where row's type did not bind (no package restore): the only candidate.
                var info = model.GetSymbolInfo(call);
                var bound = (info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null)) as IMethodSymbol;
                // CryptogramUtil.Encrypt(plainText) => MD5Encryption.Encrypt(plainText) where MD5Encryption is a package's (Furion):
                // the helper hashes its input fast by the package method's name (LibraryHashCall).
                if ((bound == null || bound.DeclaringSyntaxReferences.IsEmpty) && HashUseContext.IdentifierUse(call) == null)
                {
                    var library = LibraryHashCall.Algorithm(bound, call);
                    if (library != null) return library;
                }
                if (!(bound is IMethodSymbol callee) ||
                    callee.DeclaringSyntaxReferences.Length != 1 || HashUseContext.NamesLookupKey(callee.Name)) continue;
                var args = call.ArgumentList.Arguments;
                for (var i = 0; i < args.Count; i++)
                {
                    if (!Mentions(args[i], tracked)) continue;
                    var target = args[i].NameColon != null
                        ? callee.Parameters.FirstOrDefault(p => p.Name == args[i].NameColon!.Name.Identifier.ValueText)
                        : i < callee.Parameters.Length ? callee.Parameters[i] : null;
                    // Encrypt(string source) => Encrypt(Encoding.UTF8.GetBytes(source)): the byte[] overload hashes the same data
                    // (NetModular's Md5Encrypt); a Stream overload reads a file, not the argument.
                    if (target == null || !(target.Type.SpecialType == SpecialType.System_String || IsByteArray(target.Type))) continue;
                    var algorithm = FastHashOfParameter(callee.OriginalDefinition, target.OriginalDefinition, compilation, depth + 1);
                    if (algorithm != null) return algorithm;
                }
            }
            return null;
        }


        private static bool IsByteArray(ITypeSymbol type) => type is IArrayTypeSymbol array && array.ElementType.SpecialType == SpecialType.System_Byte;

        private static readonly string[] HmacTypes = { "HMACMD5", "HMACSHA1", "HMACSHA256", "HMACSHA384", "HMACSHA512" };

        /// <summary>
        /// <c>using var hmac = new HMACMD5(HmacKey); return hmac.ComputeHash(…)</c> with <c>HmacKey</c> fixed in the source
        /// (GovHall's staff password helper): a constant key is a public salt, so this is a fast hash as the direct path
        /// judges it (<c>FastPasswordHashAnalyzer.FastHashName</c>). A key that is not fixed (a secret from
        /// configuration) makes it a MAC: no algorithm.
        /// </summary>
        private static string? ConstantKeyedHmac(MemberAccessExpressionSyntax access, List<VariableDeclaratorSyntax> declarators, Compilation? compilation)
        {
            if (compilation == null) return null;
            ExpressionSyntax? key = null;
            string? algorithm = null;
            if (access.Expression is IdentifierNameSyntax receiver &&
                declarators.FirstOrDefault(d => d.Identifier.ValueText == receiver.Identifier.ValueText)?.Initializer?.Value is ObjectCreationExpressionSyntax creation)
            {
                algorithm = HmacTypes.FirstOrDefault(t => t == LastName(creation.Type));
                key = creation.ArgumentList?.Arguments.Count == 1 ? creation.ArgumentList.Arguments[0].Expression : null;
            }
            else if (access.Expression is SimpleNameSyntax || access.Expression is MemberAccessExpressionSyntax)
            {
                // HMACMD5.HashData(key, data)
                algorithm = HmacTypes.FirstOrDefault(t => t == LastName(access.Expression));
                key = access.Parent is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Count == 2 ? call.ArgumentList.Arguments[0].Expression : null;
            }
            if (algorithm == null || key == null) return null;
            var model = ModelFor(compilation, key.SyntaxTree);
            return model != null && ConstantBytes.IsConstant(model.GetOperation(key)) ? algorithm : null;
        }

        private static string LastName(SyntaxNode type) => type switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            SimpleNameSyntax n => n.Identifier.ValueText,
            _ => type.ToString(),
        };

        /// <summary>
        /// <c>(HashAlgorithm)CryptoConfig.CreateFromName(format)</c>, <c>HashAlgorithm.Create(name)</c>: a hash object picked by
        /// a name at run time (a password-format setting). Every name these factories know is an unkeyed fast hash (MD5 …
        /// SHA-512), so whichever the setting names, one pass of it is not password storage. A constant name says which.
        /// </summary>
        private static string? CreatedByName(SyntaxNode node)
        {
            foreach (var call in node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            {
                if (!(call.Expression is MemberAccessExpressionSyntax factory) || call.ArgumentList.Arguments.Count != 1) continue;
                var owner = LastName(factory.Expression);
                var method = factory.Name.Identifier.ValueText;
                if (!((owner == "CryptoConfig" && method == "CreateFromName") || (owner == "HashAlgorithm" && method == "Create"))) continue;
                if (call.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal)
                    return CryptoSymbols.WeakHashFromName(literal.Token.ValueText) ?? literal.Token.ValueText;
                return owner + "." + method + "(" + call.ArgumentList.Arguments[0].Expression + ")";
            }
            return null;
        }

        private static string? FastTypeIn(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && FastHashTypes.Contains(token.ValueText)) return token.ValueText;
            return null;
        }

        /// <summary>
        /// The helper's fast hash of <paramref name="parameter"/>; through an interface or abstract method
        /// (<c>_encryptionService.CreatePasswordHash(password, salt, format)</c>) the implementations in this compilation
        /// decide: the first one that hashes the parameter fast. <paramref name="implementation"/> is the method that does.
        /// </summary>
        internal static string? FastHashOfHelper(IMethodSymbol method, IParameterSymbol parameter, Compilation? compilation, out IMethodSymbol implementation)
        {
            if (compilation == null)
            {
                implementation = method;
                return FastHashOfParameter(method.OriginalDefinition, parameter.OriginalDefinition, null);
            }

            // one answer per helper parameter and compilation: every call site of a helper asks the same question, and an
            // interface helper's answer costs a name search and a read of each implementation's body
            var perMethod = HelperAnswers.GetValue(compilation, _ => new ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<int, (string?, IMethodSymbol)>>(SymbolEqualityComparer.Default))
                .GetOrAdd(method.OriginalDefinition, _ => new ConcurrentDictionary<int, (string?, IMethodSymbol)>());
            var answer = perMethod.GetOrAdd(parameter.Ordinal, _ => (Answer(method, parameter, compilation, out var found), found));
            implementation = answer.Item2;
            return answer.Item1;
        }

        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<int, (string?, IMethodSymbol)>>> HelperAnswers =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<int, (string?, IMethodSymbol)>>>();

        private static string? Answer(IMethodSymbol method, IParameterSymbol parameter, Compilation compilation, out IMethodSymbol implementation)
        {
            implementation = method;
            if (!method.IsAbstract)
                return FastHashOfParameter(method.OriginalDefinition, parameter.OriginalDefinition, compilation);
            var original = method.OriginalDefinition;
            foreach (var symbol in compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member))
            {
                if (!(symbol is IMethodSymbol candidate) || candidate.IsAbstract || candidate.Parameters.Length != original.Parameters.Length) continue;
                if (!Implements(candidate, original)) continue;
                var algorithm = FastHashOfParameter(candidate, candidate.Parameters[parameter.Ordinal], compilation);
                if (algorithm == null) continue;
                implementation = candidate;
                return algorithm;
            }
            return null;
        }

        private static bool Implements(IMethodSymbol candidate, IMethodSymbol method)
        {
            if (method.ContainingType.TypeKind == TypeKind.Interface)
            {
                var found = candidate.ContainingType.FindImplementationForInterfaceMember(method);
                return SymbolEqualityComparer.Default.Equals(found?.OriginalDefinition, candidate.OriginalDefinition);
            }
            for (var overridden = candidate.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method)) return true;
            return false;
        }

    }
}
