using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Builds the stable anchor the CLI fingerprints (<c>compliance.anchor</c>): the containing
    /// member, the reported code with whitespace removed and every literal replaced by <c>_</c> (so no key or password reaches it) and its
    /// ordinal among identical code in that member, so unrelated edits do not change it.
    /// </summary>
    internal static class MemberAnchor
    {
        private const int MaxKeyLength = 80;

        private static readonly SymbolDisplayFormat MemberFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
            parameterOptions: SymbolDisplayParameterOptions.IncludeType,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        public static string For(SyntaxNode node, SemanticModel? model)
        {
            var member = MemberName(node, model);
            var key = Normalize(node);
            var ordinal = 0;
            var scope = MemberScope(node);
            if (scope != null)
            {
                foreach (var other in scope.DescendantNodes().Where(n => n.RawKind == node.RawKind))
                {
                    if (other.SpanStart >= node.SpanStart) break;
                    if (Normalize(other) == key) ordinal++;
                }
            }
            return member + "/" + key + "#" + ordinal;
        }

        private static string MemberName(SyntaxNode node, SemanticModel? model)
        {
            ISymbol? symbol = null;
            try { symbol = model?.GetEnclosingSymbol(node.SpanStart); } catch { symbol = null; }
            // Lambdas and local functions belong to the member that declares them.
            while (symbol is IMethodSymbol m && (m.MethodKind == MethodKind.AnonymousFunction || m.MethodKind == MethodKind.LocalFunction))
                symbol = symbol.ContainingSymbol;
            return symbol?.ToDisplayString(MemberFormat) ?? "<top-level>";
        }

        private static SyntaxNode? MemberScope(SyntaxNode node)
        {
            SyntaxNode? scope = null;
            for (var n = node.Parent; n != null; n = n.Parent)
            {
                if (n is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax) { scope = n; break; }
                scope = n;
            }
            return scope;
        }

        // Literals become "_" so no value (a key, a salt, a password) ever reaches the anchor.
        private static string Normalize(SyntaxNode node)
        {
            var sb = new StringBuilder();
            foreach (var token in node.DescendantTokens())
            {
                switch ((SyntaxKind)token.RawKind)
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.CharacterLiteralToken:
                    case SyntaxKind.NumericLiteralToken:
                    case SyntaxKind.InterpolatedStringTextToken:
                    case SyntaxKind.Utf8StringLiteralToken:
                    case SyntaxKind.SingleLineRawStringLiteralToken:
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                    case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                    case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                        sb.Append('_');
                        break;
                    default:
                        sb.Append(token.Text);
                        break;
                }
                if (sb.Length >= MaxKeyLength) break;
            }
            return sb.Length > MaxKeyLength ? sb.ToString(0, MaxKeyLength) : sb.ToString();
        }
    }
}
