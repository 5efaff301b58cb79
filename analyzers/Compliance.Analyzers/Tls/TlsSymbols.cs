using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Tls
{
    /// <summary>Shapes shared by the CMP42xx rules, judged by syntax where that is enough (robust on broken code).</summary>
    internal static class TlsSymbols
    {
        /// <summary>A delegate type whose Invoke takes a System.Net.Security.SslPolicyErrors and returns bool: every certificate validation callback has this shape.</summary>
        public static bool IsCertificateValidationDelegate(ITypeSymbol? type)
        {
            if (!(type is INamedTypeSymbol named) || named.TypeKind != TypeKind.Delegate || !(named.DelegateInvokeMethod is IMethodSymbol invoke)) return false;
            if (invoke.ReturnType.SpecialType != SpecialType.System_Boolean) return false;
            foreach (var p in invoke.Parameters)
                if (p.Type.Name == "SslPolicyErrors" && p.Type.ContainingNamespace?.ToDisplayString() == "System.Net.Security") return true;
            return false;
        }

        /// <summary>
        /// A function body that returns the literal <c>true</c> on every path it returns: <c>=&gt; true</c>, or a
        /// block whose return statements (outside nested functions) are all <c>return true;</c>. A body that
        /// throws or returns anything computed is not "accepts everything".
        /// </summary>
        public static bool AlwaysReturnsTrue(CSharpSyntaxNode? body)
        {
            switch (body)
            {
                case null:
                    return false;
                case ExpressionSyntax expression:
                    return IsTrue(expression);
                case BlockSyntax block:
                    var any = false;
                    foreach (var node in block.DescendantNodes(n => !(n is AnonymousFunctionExpressionSyntax) && !(n is LocalFunctionStatementSyntax)))
                    {
                        if (node is ReturnStatementSyntax ret)
                        {
                            if (!IsTrue(ret.Expression)) return false;
                            any = true;
                        }
                        else if (node is ThrowStatementSyntax || node is ThrowExpressionSyntax)
                        {
                            return false;
                        }
                    }
                    return any && !EndReachableWithoutReturn(block);
                default:
                    return false;
            }
        }

        private static bool IsTrue(ExpressionSyntax? e)
        {
            while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
            return e != null && e.IsKind(SyntaxKind.TrueLiteralExpression);
        }

        // A block that does not end in a return is either broken code or has other exits; stay conservative.
        private static bool EndReachableWithoutReturn(BlockSyntax block) =>
            block.Statements.Count == 0 || !(block.Statements[block.Statements.Count - 1] is ReturnStatementSyntax);
    }
}
