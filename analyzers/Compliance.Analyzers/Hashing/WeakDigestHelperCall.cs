using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// The verify path of a weak signature helper (issue 14, wh10): <c>SignDeskRequest(p, secret) == signature</c>,
    /// <c>AntiFakeCode(c) == code</c> — a helper of this compilation that returns an MD5/SHA-1 digest used for security
    /// (CMP2001 inside it) and whose result the caller compares with a presented value. The comparison is where the weak
    /// digest is relied on, so CMP2001 is reported there too. Read from the helper's syntax only (no second model): a weak
    /// hash created or called in its body that <see cref="HashUseContext"/> judges a security use. Password helpers are
    /// CMP2002's (<see cref="VerifyCall"/>); a call whose own context says file, cache or checksum stays silent.
    /// </summary>
    internal static class WeakDigestHelperCall
    {
        private static readonly string[] WeakTypes =
        {
            "MD5", "SHA1", "MD5CryptoServiceProvider", "SHA1Managed", "SHA1CryptoServiceProvider", "HMACMD5", "HMACSHA1",
        };

        /// <summary>The weak algorithm inside the compared helper called here, or null.</summary>
        public static string? Find(IMethodSymbol method, SyntaxNode call, HashingOptions options)
        {
            if (method.MethodKind != MethodKind.Ordinary || method.DeclaringSyntaxReferences.Length != 1 ||
                method.ReturnType.SpecialType != SpecialType.System_String && !(method.ReturnType is IArrayTypeSymbol)) return null;
            if (options.PasswordNames.IsPasswordMethod(method.Name) || HashUseContext.NamesLookupKey(method.Name)) return null;
            if (!VerifyCall.ComparesResult(call)) return null;
            if (HashUseContext.Classify(call, false, out _) != HashUse.Security) return null;
            SyntaxNode? body = method.DeclaringSyntaxReferences[0].GetSyntax() switch
            {
                MethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                _ => null,
            };
            if (body == null) return null;
            foreach (var node in body.DescendantNodes())
            {
                string? type = node switch
                {
                    // MD5.HashData(…), MD5.Create(), SHA1.Create().ComputeHash(…)
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax t, Name: { } n } }
                        when n.Identifier.ValueText == "HashData" || n.Identifier.ValueText == "Create" => t.Identifier.ValueText,
                    ObjectCreationExpressionSyntax creation => creation.Type is IdentifierNameSyntax t ? t.Identifier.ValueText
                        : creation.Type is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : null,
                    _ => null,
                };
                if (type == null || !WeakTypes.Contains(type)) continue;
                if (HashUseContext.Classify(node, type == "HMACSHA1", out _) == HashUse.Security) return type;
            }
            return null;
        }
    }
}
