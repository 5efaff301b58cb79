using System.Collections.Generic;
using System.Linq;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// Is a value the output of a password-based key derivation? duplicati's Filen backend derives a key with PBKDF2
    /// (200,000 iterations), keeps half of it as the "derived password" and sends SHA-512 of that half, as Filen's auth v2
    /// prescribes: SHA-512 there hashes a derived key, not a password (CMP2002 false alarms, judged since the ninth session).
    /// The derivation is a call of a KDF (Rfc2898DeriveBytes, KeyDerivation.Pbkdf2, HKDF, Argon2, scrypt, bcrypt) or of a
    /// helper of this compilation whose body makes one. Its iteration count is CMP2003's business, not this one's.
    /// </summary>
    internal static class KdfOutput
    {
        private static readonly HashSet<string> KdfNames = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "Rfc2898DeriveBytes", "Pbkdf2", "KeyDerivation", "HKDF", "Argon2", "Argon2id", "Argon2i", "Argon2d", "SCrypt", "Scrypt", "BCrypt",
        };

        /// <summary>
        /// True when <paramref name="value"/> makes a KDF call whose arguments mention one of <paramref name="inputs"/>
        /// (any argument when <paramref name="inputs"/> is null), directly or through a helper of <paramref name="compilation"/>.
        /// </summary>
        public static bool Derives(SyntaxNode value, ICollection<string>? inputs, Compilation? compilation)
        {
            foreach (var node in value.DescendantNodesAndSelf())
            {
                ArgumentListSyntax? arguments;
                SyntaxNode callee;
                switch (node)
                {
                    case InvocationExpressionSyntax call: arguments = call.ArgumentList; callee = call.Expression; break;
                    case ObjectCreationExpressionSyntax creation when creation.ArgumentList != null: arguments = creation.ArgumentList; callee = creation.Type; break;
                    default: continue;
                }

                if (inputs != null && !SourceLookup.Mentions(arguments, inputs)) continue;
                if (NamesKdf(callee) || (node is InvocationExpressionSyntax invocation && HelperDerives(invocation, compilation))) return true;
            }

            return false;
        }

        private static bool HelperDerives(InvocationExpressionSyntax call, Compilation? compilation)
        {
            if (compilation == null) return false;
            var model = SourceLookup.ModelFor(compilation, call.SyntaxTree);
            if (model == null || !(model.GetSymbolInfo(call).Symbol is IMethodSymbol method) || method.DeclaringSyntaxReferences.Length != 1) return false;
            SyntaxNode? body;
            switch (method.DeclaringSyntaxReferences[0].GetSyntax())
            {
                case BaseMethodDeclarationSyntax m: body = (SyntaxNode?)m.Body ?? m.ExpressionBody; break;
                case LocalFunctionStatementSyntax lf: body = (SyntaxNode?)lf.Body ?? lf.ExpressionBody; break;
                default: return false;
            }

            return body != null && body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(c => NamesKdf(c.Expression))
                   || body != null && body.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Any(c => NamesKdf(c.Type));
        }

        private static bool NamesKdf(SyntaxNode callee)
        {
            foreach (var token in callee.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && KdfNames.Contains(token.ValueText)) return true;
            return false;
        }

    }
}
