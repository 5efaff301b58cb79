using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Candidates
{
    /// <summary>
    /// A whole-compilation run in batches of trees, so that memory is bounded by a batch instead of the compilation
    /// (issue 16, bench/results/2026-12-17-perf13.md). Roslyn's analyzer driver keeps every analysed tree's semantic
    /// model (each member's bound and IOperation tree) until the compiler has finished the whole method-body pass, so one
    /// whole run holds the bound state of the entire compilation at its peak (≈ 3.6 KiB a line of dense code, 2 GiB at
    /// ≈ 500k lines). Each batch is its own compilation: the batch's trees as they are, every other tree with its member
    /// bodies replaced by <c>throw null</c> (<see cref="BodyStubs"/>; declarations unchanged, so the batch binds exactly
    /// as before) and marked generated for the analyzers, so none of them is analysed. The batch's compilation, driver
    /// and models are released before the next batch.
    /// <para>
    /// What a batch cannot see: the bodies of members declared in another batch's trees. Rules that read another
    /// tree's bodies (a helper's body that logs or hashes, callers of a hashing helper, partial-class parts, assignments
    /// found anywhere in the compilation) see a stub there. Only compilations above the batch threshold are split.
    /// </para>
    /// </summary>
    public static class BatchedAnalysis
    {
        /// <summary>The batches of <paramref name="trees"/>: consecutive in the compilation's order (files of one folder together), each at most <paramref name="batchLines"/> lines unless one tree alone is bigger.</summary>
        internal static List<List<SyntaxTree>> Partition(Compilation compilation, IReadOnlyCollection<SyntaxTree> trees, long batchLines, CancellationToken ct)
        {
            var wanted = new HashSet<SyntaxTree>(trees);
            var batches = new List<List<SyntaxTree>>();
            var current = new List<SyntaxTree>();
            long lines = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!wanted.Contains(tree))
                {
                    continue;
                }

                var size = CandidateAnalysis.SizeInLines(tree, ct);
                if (current.Count > 0 && lines + size > batchLines)
                {
                    batches.Add(current);
                    current = new List<SyntaxTree>();
                    lines = 0;
                }

                current.Add(tree);
                lines += size;
            }

            if (current.Count > 0)
            {
                batches.Add(current);
            }

            return batches;
        }

        /// <summary>Every diagnostic a whole run reports in <paramref name="trees"/>, computed batch by batch.</summary>
        internal static async Task<ImmutableArray<Diagnostic>> GetAllDiagnosticsAsync(CompilationWithAnalyzers analyzers, IReadOnlyCollection<SyntaxTree> trees,
            long batchLines, Action<string>? trace, CancellationToken ct)
        {
            var compilation = analyzers.Compilation;
            var batches = Partition(compilation, trees, batchLines, ct);
            // Stubs of every tree, made once: a batch uses the stub of every tree outside it.
            var all = compilation.SyntaxTrees.ToArray();
            var stubs = new SyntaxTree[all.Length];
            Parallel.For(0, all.Length, new ParallelOptions { CancellationToken = ct }, i => stubs[i] = BodyStubs.Strip(all[i], ct));
            var result = ImmutableArray.CreateBuilder<Diagnostic>();
            var requested = analyzers.AnalysisOptions;
            var options = requested.Options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var number = 0;
            foreach (var batch in batches)
            {
                ct.ThrowIfCancellationRequested();
                number++;
                var inBatch = new HashSet<SyntaxTree>(batch);
                var stubbed = new HashSet<SyntaxTree>();
                var batchTrees = new SyntaxTree[all.Length];
                for (var i = 0; i < all.Length; i++)
                {
                    if (inBatch.Contains(all[i]))
                    {
                        batchTrees[i] = all[i];
                    }
                    else
                    {
                        batchTrees[i] = stubs[i];
                        stubbed.Add(stubs[i]);
                    }
                }

                var batchCompilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(batchTrees);
                var batchOptions = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(options.AdditionalFiles, new StubbedAsGenerated(options.AnalyzerConfigOptionsProvider, stubbed)),
                    requested.OnAnalyzerException, requested.ConcurrentAnalysis, requested.LogAnalyzerExecutionTime,
                    requested.ReportSuppressedDiagnostics, requested.AnalyzerExceptionFilter);
                var diagnostics = await batchCompilation.WithAnalyzers(analyzers.Analyzers, batchOptions).GetAllDiagnosticsAsync(ct).ConfigureAwait(false);
                foreach (var d in diagnostics)
                {
                    if (d.Location.SourceTree is { } tree && inBatch.Contains(tree))
                    {
                        result.Add(d);
                    }
                }

                trace?.Invoke($"batch {number} of {batches.Count}: {batch.Count} files");
            }

            return result.ToImmutable();
        }

        /// <summary>The stub trees marked <c>generated_code = true</c>: the driver and the rules skip them as they skip generated code.</summary>
        private sealed class StubbedAsGenerated : AnalyzerConfigOptionsProvider
        {
            private readonly AnalyzerConfigOptionsProvider _inner;
            private readonly HashSet<SyntaxTree> _stubbed;

            public StubbedAsGenerated(AnalyzerConfigOptionsProvider inner, HashSet<SyntaxTree> stubbed)
            {
                _inner = inner;
                _stubbed = stubbed;
            }

            public override AnalyzerConfigOptions GlobalOptions => _inner.GlobalOptions;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _inner.GetOptions(textFile);

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
                _stubbed.Contains(tree) ? new Generated(_inner.GetOptions(tree)) : _inner.GetOptions(tree);

            private sealed class Generated : AnalyzerConfigOptions
            {
                private readonly AnalyzerConfigOptions _inner;

                public Generated(AnalyzerConfigOptions inner) => _inner = inner;

#pragma warning disable CS8765 // netstandard2.0 has no NotNullWhenAttribute to repeat
                public override bool TryGetValue(string key, out string? value)
#pragma warning restore CS8765
                {
                    if (key == GeneratedCode.OptionKey)
                    {
                        value = "true";
                        return true;
                    }

                    return _inner.TryGetValue(key, out value);
                }
            }
        }
    }

    /// <summary>
    /// A tree with every member body replaced by <c>throw null</c>: methods, constructors, operators, accessors and
    /// expression-bodied members. Declarations, attributes, base lists, field and property initializers and constructor
    /// initializers stay, and top-level statements too, so every symbol another tree binds against is unchanged.
    /// </summary>
    public static class BodyStubs
    {
        private static readonly BlockSyntax StubBlock = SyntaxFactory.Block(SyntaxFactory.ThrowStatement(SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression))).NormalizeWhitespace();
        private static readonly ArrowExpressionClauseSyntax StubArrow = SyntaxFactory.ArrowExpressionClause(SyntaxFactory.ThrowExpression(SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression))).NormalizeWhitespace();

        /// <summary>The tree with its member bodies stubbed, or the same tree when it has none.</summary>
        public static SyntaxTree Strip(SyntaxTree tree, CancellationToken ct)
        {
            var root = tree.GetRoot(ct);
            var bodies = new List<SyntaxNode>();
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case BaseMethodDeclarationSyntax method:
                        AddBody(method.Body, bodies);
                        AddBody(method.ExpressionBody, bodies);
                        break;
                    case BasePropertyDeclarationSyntax property:
                        if (property is PropertyDeclarationSyntax p)
                        {
                            AddBody(p.ExpressionBody, bodies);
                        }
                        else if (property is IndexerDeclarationSyntax x)
                        {
                            AddBody(x.ExpressionBody, bodies);
                        }

                        foreach (var accessor in property.AccessorList?.Accessors ?? default)
                        {
                            AddBody(accessor.Body, bodies);
                            AddBody(accessor.ExpressionBody, bodies);
                        }

                        break;
                }
            }

            if (bodies.Count == 0)
            {
                return tree;
            }

            var stripped = root.ReplaceNodes(bodies, (original, _) => original switch
            {
                BlockSyntax b => StubBlock.WithTriviaFrom(b),
                ArrowExpressionClauseSyntax a => StubArrow.WithTriviaFrom(a),
                _ => original,
            });
            return tree.WithRootAndOptions(stripped, tree.Options);
        }

        private static void AddBody(SyntaxNode? body, List<SyntaxNode> bodies)
        {
            switch (body)
            {
                case BlockSyntax block when !(block.Statements.Count == 1 && block.Statements[0] is ThrowStatementSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } }):
                    bodies.Add(block);
                    break;
                case ArrowExpressionClauseSyntax arrow when arrow.Expression is not ThrowExpressionSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } }:
                    bodies.Add(arrow);
                    break;
            }
        }
    }
}
