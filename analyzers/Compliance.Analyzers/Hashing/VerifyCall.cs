using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// Is a hashing call's result checked against something (<c>HashPassword(input) == stored</c>,
    /// <c>FixedTimeEquals(stored, Hash(pwd))</c>, <c>var h = Hash(pwd); return h.Equals(row.Hash)</c>)? That is the
    /// verify/login path of a password hash — where the fast hash is relied on — as opposed to the storing path.
    /// Syntax only: through parentheses, <c>await</c>, case changes and hex/Base64 conversions, and one local.
    /// </summary>
    internal static class VerifyCall
    {
        private static readonly HashSet<string> CompareCalls = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "Equals", "FixedTimeEquals", "SequenceEqual", "Compare", "CompareOrdinal", "CompareTo",
        };

        public static bool ComparesResult(SyntaxNode call) => Compared(call, allowLocal: true);

        private static bool Compared(SyntaxNode node, bool allowLocal)
        {
            for (var depth = 0; depth < 6 && node.Parent != null; depth++)
            {
                var parent = node.Parent;
                switch (parent)
                {
                    case ParenthesizedExpressionSyntax _: case AwaitExpressionSyntax _: case CastExpressionSyntax _:
                    case PostfixUnaryExpressionSyntax _:
                    // (fmt == Hashed ? HashPassword(p) : p) == stored, input.Pwd?.ToMd5() == user.Pwd
                    case ConditionalExpressionSyntax conditional when conditional.WhenTrue == node || conditional.WhenFalse == node:
                    case ConditionalAccessExpressionSyntax conditionalAccess when conditionalAccess.WhenNotNull == node:
                        node = parent;
                        continue;
                    case BinaryExpressionSyntax binary:
                        return binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression);
                    case MemberAccessExpressionSyntax member when member.Expression == node && member.Parent is InvocationExpressionSyntax invoked:
                        // hash.Equals(stored), hash.ToLowerInvariant() == stored
                        var name = member.Name.Identifier.ValueText;
                        if (CompareCalls.Contains(name)) return true;
                        if (!DigestConversions.Contains(name)) return false;
                        node = invoked;
                        continue;
                    case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax outer:
                        var called = outer.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText
                            : outer.Expression is IdentifierNameSyntax id ? id.Identifier.ValueText : "";
                        if (CompareCalls.Contains(called)) return true;
                        if (!DigestConversions.Contains(called)) return false;
                        node = outer;
                        continue;
                    case EqualsValueClauseSyntax equals when allowLocal && equals.Parent is VariableDeclaratorSyntax local:
                        return LocalCompared(local);
                    default:
                        return false;
                }
            }
            return false;
        }

        // var hash = HashPassword(pwd); … if (hash != user.PasswordHash): a read of the local in the same block is compared.
        private static bool LocalCompared(VariableDeclaratorSyntax local)
        {
            var scope = local.FirstAncestorOrSelf<BlockSyntax>();
            if (scope == null) return false;
            var name = local.Identifier.ValueText;
            return scope.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Any(id => id.Identifier.ValueText == name && !local.Span.Contains(id.Span) && Compared(id, allowLocal: false));
        }
    }
}
