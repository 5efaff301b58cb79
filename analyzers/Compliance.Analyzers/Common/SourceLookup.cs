using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Look-ups the helper-following classes share (a helper's hash shape, a KDF inside a helper, the candidate
    /// vocabulary's type closure): whether a node names one of some identifiers, and the semantic model of a tree that may
    /// belong to a referenced project of the solution.
    /// </summary>
    internal static class SourceLookup
    {
        /// <summary>Whether <paramref name="node"/> holds an identifier spelled as one of <paramref name="names"/> (syntax only, no binding).</summary>
        public static bool Mentions(SyntaxNode node, ICollection<string> names)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The keyword tokens of <paramref name="kind"/> (spelled <paramref name="keyword"/>) of <paramref name="tree"/>, in source
        /// order, found by searching its text and asking the tree for the token at each hit: a whole-compilation pass that looks
        /// for one rare keyword (<c>throw</c>) pays for a string search instead of a walk of every node. Hits in comments,
        /// strings, disabled code and longer identifiers (<c>rethrow</c>) are not tokens of that kind starting there.
        /// </summary>
        public static IEnumerable<SyntaxToken> KeywordTokens(SyntaxTree tree, string keyword, SyntaxKind kind, CancellationToken cancellationToken = default)
        {
            var text = tree.GetText(cancellationToken).ToString();
            SyntaxNode? root = null;
            for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + keyword.Length, StringComparison.Ordinal))
            {
                root ??= tree.GetRoot(cancellationToken);
                var token = root.FindToken(i);
                if (token.SpanStart == i && token.IsKind(kind))
                {
                    yield return token;
                }
            }
        }

        /// <summary>
        /// The model of <paramref name="tree"/>: in <paramref name="compilation"/>, or in the compilation of a referenced project
        /// of the solution (Api → Common's MD5Helper: a <see cref="CompilationReference"/>); null when neither holds it.
        /// </summary>
        public static SemanticModel? ModelFor(Compilation compilation, SyntaxTree tree)
        {
            if (compilation.ContainsSyntaxTree(tree))
            {
                return compilation.GetSemanticModel(tree);
            }

            foreach (var reference in compilation.References)
            {
                if (reference is CompilationReference project && project.Compilation.ContainsSyntaxTree(tree))
                {
                    return project.Compilation.GetSemanticModel(tree);
                }
            }

            return null;
        }
    }
}
