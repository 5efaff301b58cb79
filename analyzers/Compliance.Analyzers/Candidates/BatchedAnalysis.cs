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
            var options = analyzers.AnalysisOptions.Options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var number = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            trace?.Invoke($"batches: {batches.Count} of at most {batchLines} lines, stubs made {clock.Elapsed.TotalSeconds:F2}s");
            foreach (var batch in batches)
            {
                ct.ThrowIfCancellationRequested();
                number++;
                // In its own method: nothing of a finished batch stays referenced from this one's state while the next runs.
                result.AddRange(await BatchAsync(analyzers, all, stubs, batch, options, ct).ConfigureAwait(false));
                trace?.Invoke($"batch {number} of {batches.Count}: {batch.Count} files {clock.Elapsed.TotalSeconds:F2}s");
            }

            return result.ToImmutable();
        }

        /// <summary>One batch: its trees as they are, every other one stubbed; its diagnostics on the original trees.</summary>
        private static async Task<List<Diagnostic>> BatchAsync(CompilationWithAnalyzers analyzers, SyntaxTree[] all, SyntaxTree[] stubs, List<SyntaxTree> batch,
            AnalyzerOptions options, CancellationToken ct)
        {
            var compilation = analyzers.Compilation;
            var requested = analyzers.AnalysisOptions;
            var inBatch = new HashSet<SyntaxTree>(batch);
            // The batch's trees as copies over the same green nodes: the red nodes binding realises belong to the copy
            // and go with the batch (the original trees live as long as the caller's compilation). Each new tree
            // (copy or stub) answers the compilation's per-tree options as its original did.
            var copies = new Dictionary<SyntaxTree, SyntaxTree>();
            var originals = new Dictionary<SyntaxTree, SyntaxTree>();
            var stubbed = new HashSet<SyntaxTree>();
            var batchTrees = new SyntaxTree[all.Length];
            for (var i = 0; i < all.Length; i++)
            {
                if (inBatch.Contains(all[i]))
                {
                    var copy = all[i].WithRootAndOptions(all[i].GetRoot(ct), all[i].Options);
                    copies[copy] = all[i];
                    batchTrees[i] = copy;
                }
                else
                {
                    batchTrees[i] = stubs[i];
                    stubbed.Add(stubs[i]);
                }

                originals[batchTrees[i]] = all[i];
            }

            var batchCompilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(batchTrees);
            if (compilation.Options.SyntaxTreeOptionsProvider is { } treeOptions)
            {
                batchCompilation = batchCompilation.WithOptions(batchCompilation.Options.WithSyntaxTreeOptionsProvider(new OriginalTreeOptions(treeOptions, originals)));
            }

            var batchOptions = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(options.AdditionalFiles, new StubbedAsGenerated(options.AnalyzerConfigOptionsProvider, stubbed)),
                requested.OnAnalyzerException, requested.ConcurrentAnalysis, requested.LogAnalyzerExecutionTime,
                requested.ReportSuppressedDiagnostics, requested.AnalyzerExceptionFilter);
            var diagnostics = await batchCompilation.WithAnalyzers(analyzers.Analyzers, batchOptions).GetAllDiagnosticsAsync(ct).ConfigureAwait(false);
            var result = new List<Diagnostic>();
            foreach (var d in diagnostics)
            {
                if (d.Location.SourceTree is { } tree && copies.ContainsKey(tree))
                {
                    result.Add(OnOriginal(d, copies));
                }
            }

            return result;
        }

        /// <summary>The compilation's per-tree options (.editorconfig severities, generated verdicts) asked of a batch's tree, answered for its original.</summary>
        private sealed class OriginalTreeOptions : SyntaxTreeOptionsProvider
        {
            private readonly SyntaxTreeOptionsProvider _inner;
            private readonly Dictionary<SyntaxTree, SyntaxTree> _originals;

            public OriginalTreeOptions(SyntaxTreeOptionsProvider inner, Dictionary<SyntaxTree, SyntaxTree> originals)
            {
                _inner = inner;
                _originals = originals;
            }

            private SyntaxTree Original(SyntaxTree tree) => _originals.TryGetValue(tree, out var o) ? o : tree;

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => _inner.IsGenerated(Original(tree), cancellationToken);

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _inner.TryGetDiagnosticValue(Original(tree), diagnosticId, cancellationToken, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _inner.TryGetGlobalDiagnosticValue(diagnosticId, cancellationToken, out severity);
        }

        /// <summary>
        /// The diagnostic on the original tree instead of the batch's copy (same text and spans), so that the copy and
        /// everything binding realised in it can go with the batch. The message is kept as text in the languages the
        /// rules have (English, Simplified Chinese); everything else the diagnostic carries is unchanged.
        /// </summary>
        internal static Diagnostic OnOriginal(Diagnostic d, Dictionary<SyntaxTree, SyntaxTree> copies)
        {
            Location Map(Location l) => l.SourceTree is { } t && copies.TryGetValue(t, out var original) ? Location.Create(original, l.SourceSpan) : l;
            var descriptor = d.Descriptor;
            return Diagnostic.Create(d.Id, descriptor.Category, new FormattedMessage(d), d.Severity, d.DefaultSeverity, descriptor.IsEnabledByDefault, d.WarningLevel,
                d.IsSuppressed, descriptor.Title, descriptor.Description, descriptor.HelpLinkUri, Map(d.Location), d.AdditionalLocations.Select(Map),
                descriptor.CustomTags, d.Properties);
        }

        /// <summary>A diagnostic's message, formatted once per language (the rules' resources: neutral English and zh-Hans).</summary>
        private sealed class FormattedMessage : LocalizableString
        {
            private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
            private readonly string _neutral;
            private readonly string _english;
            private readonly string _chinese;

            public FormattedMessage(Diagnostic d)
            {
                _neutral = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                _english = d.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en"));
                _chinese = d.GetMessage(Chinese);
            }

            protected override string GetText(IFormatProvider? formatProvider) => formatProvider switch
            {
                System.Globalization.CultureInfo c when IsChinese(c) => _chinese,
                System.Globalization.CultureInfo c when c.Name.StartsWith("en", StringComparison.Ordinal) => _english,
                _ => _neutral,
            };

            private static bool IsChinese(System.Globalization.CultureInfo c)
            {
                for (var k = c; !string.IsNullOrEmpty(k.Name); k = k.Parent)
                {
                    if (k.Name == Chinese.Name)
                    {
                        return true;
                    }
                }

                return false;
            }

            protected override bool AreEqual(object? other) => other is FormattedMessage m && m._neutral == _neutral && m._english == _english && m._chinese == _chinese;

            protected override int GetHash() => _neutral.GetHashCode();
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
