using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Builds the stable anchor the CLI fingerprints (<c>compliance.anchor</c>): the containing
    /// member, the reported code with whitespace removed (hashing code is not secret) and its
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

        private static string Normalize(SyntaxNode node)
        {
            var text = node.ToString();
            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) continue;
                sb.Append(c);
                if (sb.Length >= MaxKeyLength) break;
            }
            return sb.ToString();
        }
    }
}
