namespace Compliance.Cli.Scanning;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Compliance.Analyzers.Common;

/// <summary>
/// The member bodies of EF Core migration classes in a generated file, replaced by <c>throw null</c> before the scan
/// compiles it (issue 16, bench/results/2026-12-10-perf9.md). Generated code is compiled only so that the rest binds
/// against its declarations, and no other code can bind against a method body; but a whole-compilation run binds every
/// body, and a migration's (<c>Up</c>, <c>Down</c>, <c>BuildTargetModel</c>: the whole model again per migration) is
/// most of a large repository's lines (bitwarden/server: 1.35M of 2M). Declarations, attributes, base lists, field
/// initializers and constructor initializers stay, so symbols and the file's generated verdict are unchanged.
/// </summary>
internal static class MigrationBodies
{
    /// <summary>The tree with its migration classes' bodies stubbed, or the same tree when it has none to stub.</summary>
    public static SyntaxTree Strip(SyntaxTree tree, CancellationToken ct)
    {
        var root = tree.GetRoot(ct);
        var bodies = new List<SyntaxNode>();
        foreach (var type in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                     .OfType<ClassDeclarationSyntax>())
        {
            if (!GeneratedCode.IsGeneratedType(type)) continue;
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case BaseMethodDeclarationSyntax method:
                        if (method.Body is { } block && !IsStub(block)) bodies.Add(block);
                        if (method.ExpressionBody is { } arrow && !IsStub(arrow)) bodies.Add(arrow);
                        break;
                    case BasePropertyDeclarationSyntax property:
                        if (property is PropertyDeclarationSyntax { ExpressionBody: { } p } && !IsStub(p)) bodies.Add(p);
                        if (property is IndexerDeclarationSyntax { ExpressionBody: { } i } && !IsStub(i)) bodies.Add(i);
                        foreach (var accessor in property.AccessorList?.Accessors ?? default)
                        {
                            if (accessor.Body is { } b && !IsStub(b)) bodies.Add(b);
                            if (accessor.ExpressionBody is { } e && !IsStub(e)) bodies.Add(e);
                        }
                        break;
                }
            }
        }

        if (bodies.Count == 0) return tree;
        var stripped = root.ReplaceNodes(bodies, (original, _) => original switch
        {
            BlockSyntax b => StubBlock.WithTriviaFrom(b),
            ArrowExpressionClauseSyntax a => StubArrow.WithTriviaFrom(a),
            _ => original,
        });
        return tree.WithRootAndOptions(stripped, tree.Options);
    }

    /// <summary>
    /// A project's compilation (the fallback path stubs before it compiles) with its <paramref name="generated"/> trees'
    /// migration bodies stubbed, in the same order, and the generated set in terms of the new trees; the same objects when
    /// nothing was stubbed.
    /// </summary>
    public static (Compilation Compilation, HashSet<SyntaxTree> Generated) StripIn(Compilation compilation, HashSet<SyntaxTree> generated, CancellationToken ct)
    {
        var stripped = new Dictionary<SyntaxTree, SyntaxTree>();
        foreach (var tree in generated)
            if (Strip(tree, ct) is var s && s != tree) stripped[tree] = s;
        if (stripped.Count == 0) return (compilation, generated);
        return (compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => stripped.GetValueOrDefault(t, t))),
            generated.Select(t => stripped.GetValueOrDefault(t, t)).ToHashSet());
    }

    private static readonly BlockSyntax StubBlock = SyntaxFactory.Block(SyntaxFactory.ThrowStatement(SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression))).NormalizeWhitespace();
    private static readonly ArrowExpressionClauseSyntax StubArrow = SyntaxFactory.ArrowExpressionClause(SyntaxFactory.ThrowExpression(SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression))).NormalizeWhitespace();

    private static bool IsStub(BlockSyntax block) =>
        block.Statements.Count == 1 && block.Statements[0] is ThrowStatementSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } };

    private static bool IsStub(ArrowExpressionClauseSyntax arrow) =>
        arrow.Expression is ThrowExpressionSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } };
}
