using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// CMP2004 for RC4 written by hand (.NET has none, so legacy device protocols copy it into a helper): a method that
    /// builds a 256-entry state, schedules it with the key (<c>key[i % key.Length]</c>), keeps its indices modulo 256
    /// (<c>&amp; 0xFF</c>, <c>% 256</c>) and XORs the data with the state. All four together: a CRC table (256, XOR, &amp; 0xFF)
    /// has no key schedule, a repeating-key XOR (<c>data[i] ^ key[i % key.Length]</c>) has no 256-entry state. Reported at
    /// the statement that first uses 256 (the state's creation), where the algorithm starts. Syntax only: nothing is bound.
    /// Issue 14: a hand-written RC4 was missed in all four earlier held-out corpora.
    /// </summary>
    internal static class HandWrittenRc4
    {
        public static void Analyze(SyntaxNodeAnalysisContext context, bool isTest)
        {
            var body = context.Node switch
            {
                BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
                _ => null,
            };
            if (body == null) return;

            StatementSyntax? state = null;
            bool keySchedule = false, modulo256 = false, xor = false;
            // A local function is analysed on its own (and reported once): its body is not part of the enclosing method's.
            foreach (var node in body.DescendantNodes(n => !(n is LocalFunctionStatementSyntax)))
            {
                switch (node)
                {
                    case LiteralExpressionSyntax literal when literal.Token.Value is int n && n == 256:
                        state ??= literal.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax);
                        if (literal.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.ModuloExpression }) modulo256 = true;
                        break;
                    case LiteralExpressionSyntax literal when literal.Token.Value is int n && n == 255 &&
                                                              literal.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.BitwiseAndExpression }:
                        modulo256 = true;
                        break;
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.ExclusiveOrExpression }:
                        xor = true;
                        break;
                    // key[i % key.Length]: the key schedule walks the key cyclically
                    case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.ModuloExpression } mod
                        when mod.Right is MemberAccessExpressionSyntax length && length.Name.Identifier.ValueText == "Length" &&
                             mod.Parent is ArgumentSyntax && mod.Parent.Parent?.Parent is ElementAccessExpressionSyntax:
                        keySchedule = true;
                        break;
                }
            }

            if (state == null || !keySchedule || !modulo256 || !xor) return;
            if (Common.GeneratedCode.IsGenerated(state, context.Options, context.CancellationToken)) return;
            context.ReportDiagnostic(HashingReport.Create(HashingDescriptors.WeakCipher, state, context.SemanticModel, isTest, null,
                HashingDescriptors.Reason("CMP2004_WeakAlgorithm", "RC4")));
        }
    }
}
