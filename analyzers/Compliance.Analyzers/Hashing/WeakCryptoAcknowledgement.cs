using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// The authors already reviewed this weak-hash use: the .NET SDK's own weak-crypto rules (CA5350 weak algorithm,
    /// CA5351 broken algorithm) are switched off around it — <c>#pragma warning disable CA5351</c> or
    /// <c>[SuppressMessage("Security", "CA5351…")]</c> on the member or type. The finding is kept, at low precision
    /// (listed, never gating): a protocol that fixes the algorithm or an identifier hash is the usual reason, and a
    /// reviewer can still read it.
    /// </summary>
    internal static class WeakCryptoAcknowledgement
    {
        private static readonly string[] RuleIds = { "CA5350", "CA5351" };

        public static bool IsAcknowledged(SyntaxNode node) => PragmaDisabled(node) || SuppressedByAttribute(node);

        private static bool PragmaDisabled(SyntaxNode node)
        {
            if (!(node.SyntaxTree.GetRoot() is CSharpSyntaxNode root) || !root.ContainsDirectives) return false;
            var disabled = false;
            // The last CA5350/CA5351 directive before the node decides (disable … restore pairs); only directives are walked.
            for (var directive = root.GetFirstDirective(); directive != null && directive.SpanStart < node.SpanStart; directive = directive.GetNextDirective())
            {
                if (directive is PragmaWarningDirectiveTriviaSyntax pragma && pragma.ErrorCodes.Any(code => Names(code.ToString())))
                    disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }

            return disabled;
        }

        private static bool SuppressedByAttribute(SyntaxNode node)
        {
            for (var n = node.Parent; n != null; n = n.Parent)
            {
                if (!(n is MemberDeclarationSyntax member)) continue;
                foreach (var list in member.AttributeLists)
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name.ToString();
                    if (!name.EndsWith("SuppressMessage", StringComparison.Ordinal) && !name.EndsWith("SuppressMessageAttribute", StringComparison.Ordinal)) continue;
                    if (attribute.ArgumentList?.Arguments.Any(a => Names(a.Expression.ToString())) == true) return true;
                }
            }

            return false;
        }

        // "CA5351", "\"CA5351:Do Not Use Broken Cryptographic Algorithms\""
        private static bool Names(string text)
        {
            foreach (var id in RuleIds)
                if (text.IndexOf(id, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }
    }
}
