using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Analyzers.Hashing;
using Compliance.Analyzers.PersonalData.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers.Candidates
{
    /// <summary>How <see cref="CandidateAnalysis"/> analyses a compilation.</summary>
    public enum AnalysisStrategy
    {
        /// <summary>Candidate spans when they are few enough to be cheaper than binding everything, else the whole compilation.</summary>
        Auto,

        /// <summary>Always the candidate spans (the tests hold this path to the whole-compilation results).</summary>
        Candidates,

        /// <summary>Always the whole compilation, as a build does.</summary>
        Whole,
    }

    /// <summary>What a candidate-driven analysis found and how much of the code it had to bind.</summary>
    public sealed class CandidateAnalysisResult
    {
        public CandidateAnalysisResult(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<Diagnostic> compilerErrors, int units, int candidateUnits, int spans, bool whole)
        {
            Diagnostics = diagnostics;
            CompilerErrors = compilerErrors;
            Units = units;
            CandidateUnits = candidateUnits;
            Spans = spans;
            Whole = whole;
        }

        /// <summary>True when the whole compilation was analysed (strategy Whole, or Auto found too many candidates).</summary>
        public bool Whole { get; }

        /// <summary>Analyzer diagnostics in the requested trees.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>
        /// Compiler errors, enough to tell which requested trees have one: all syntax errors; declaration and body
        /// errors of the analysed spans of a tree until it has an error (a whole run: every error).
        /// </summary>
        public ImmutableArray<Diagnostic> CompilerErrors { get; }

        public int Units { get; }
        public int CandidateUnits { get; }
        public int Spans { get; }
    }

    /// <summary>
    /// Runs analyzers the way the CLI needs on a large code base: only the spans
    /// <see cref="CandidateUnits"/> keeps are bound and analysed (each with
    /// <c>GetAnalyzerSemanticDiagnosticsAsync(model, span)</c>), spread over all cores. A whole-
    /// compilation run binds every method body first, which costs as much as a build; the
    /// result is the same because a unit that is not a candidate cannot produce a finding.
    /// </summary>
    public static class CandidateAnalysis
    {
        /// <summary>
        /// Cost model behind <see cref="AnalysisStrategy.Auto"/>, measured with bench/ (2 cores): the span
        /// path costs a fixed start-up per run, the lines it binds inside the spans, and a fixed cost per
        /// span request; binding everything costs per line. Each request runs on a fresh clone of the
        /// compilation (Roslyn's CompilationWithAnalyzers gives every request its own event queue), so it
        /// re-completes the declarations it touches: on the personal-data-dense bench tree (issue 16) that
        /// was ~30 ms, the price of binding ~100 lines whole. Dense code (a third of the members are
        /// candidates, as in eShopOnWeb's Web project or a CRM service tree) is cheaper to analyse whole.
        /// </summary>
        private const int LinesPerSpanRequest = 100;

        /// <summary>
        /// The part of a request's fixed cost that grows with the compilation: each clone walks every namespace and type
        /// of the compilation again (declaration completion of the tree, the compiler's CLS compliance pass, symbol
        /// lookups over every reference), so a request costs one more line per this many lines of the compilation. On
        /// jellyfin (357k lines, 1,616 requests) the span path took twice the CPU of the whole run, with identical
        /// findings: ~450 lines per request there, against the ~100 measured on the 10k-line dense tree.
        /// </summary>
        private const int CompilationLinesPerRequestLine = 1000;
        private const int StartupLines = 3000;

        /// <summary>
        /// Spans closer than this many lines become one request (<see cref="MergeNear"/>): binding the
        /// lines in between costs less than the fixed cost of another request.
        /// </summary>
        private const int MergeGapLines = 30;

        /// <summary>
        /// Characters of an ordinary line of C#: code is measured by its lines or by its length over this,
        /// whichever is more, so a minified or generated file written on one line is not taken for a tiny one
        /// (a 1.2 MB one-line file once made "4 lines" look cheaper to bind whole than one span request).
        /// </summary>
        private const int CharactersPerLine = 40;

        public static async Task<CandidateAnalysisResult> RunAsync(CompilationWithAnalyzers analyzers, IReadOnlyCollection<SyntaxTree> trees, int parallelism, CancellationToken ct,
            Action<string>? trace = null, AnalysisStrategy strategy = AnalysisStrategy.Candidates)
        {
            if (strategy == AnalysisStrategy.Whole)
            {
                return await WholeAsync(analyzers, trees, 0, 0, 0, ct).ConfigureAwait(false);
            }

            var requested = analyzers.AnalysisOptions;
            var options = requested.Options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            // The workspace's options provider matches .editorconfig sections on every call: once per tree.
            var provider = options.AnalyzerConfigOptionsProvider;
            var perTree = new ConcurrentDictionary<SyntaxTree, (PiiOptions Pii, PasswordNames Passwords)>();
            (PiiOptions Pii, PasswordNames Passwords) OptionsOf(SyntaxTree t) => perTree.GetOrAdd(t, tree =>
            {
                var o = provider.GetOptions(tree);
                return (PiiOptions.Parse(key => o.TryGetValue(key, out var v) ? v : null), HashingOptions.From(o).PasswordNames);
            });
            PiiOptions Pii(SyntaxTree t) => OptionsOf(t).Pii;

            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (strategy == AnalysisStrategy.Auto && SampleSaysWhole(analyzers.Compilation, trees, OptionsOf, parallelism, ct, trace))
            {
                return await WholeAsync(analyzers, trees, 0, 0, 0, ct).ConfigureAwait(false);
            }

            var vocabulary = CandidateVocabulary.Build(analyzers.Compilation, Pii, parallelism, ct);
            trace?.Invoke($"vocabulary {clock.Elapsed.TotalSeconds:F2}s ({vocabulary.Names.Count} names)");
            var work = new ConcurrentBag<(SyntaxTree Tree, List<TextSpan> Spans)>();
            var errors = new ConcurrentBag<Diagnostic>();
            // Trees known to have a compiler error: the scan counts files with errors, so one error per tree is enough.
            var treesWithErrors = new ConcurrentDictionary<SyntaxTree, bool>();
            int units = 0, candidates = 0;
            long findTicks = 0;
            await ForEachAsync(trees, parallelism, (tree, token) =>
            {
                var ts = System.Diagnostics.Stopwatch.StartNew();
                var (pii, passwords) = OptionsOf(tree);
                var found = CandidateUnits.Find(tree, vocabulary, pii, passwords, token, out var count, out var hits);
                Interlocked.Add(ref units, count);
                Interlocked.Add(ref candidates, hits);
                if (found.Count > 0)
                {
                    work.Add((tree, MergeNear(tree, found, token)));
                }

                Interlocked.Add(ref findTicks, ts.ElapsedTicks);
                // Syntax errors everywhere; semantic errors only where something is bound (below) — asking for
                // every file's declaration errors would bind all signatures for a count in the summary.
                foreach (var d in tree.GetDiagnostics(token))
                {
                    if (d.Severity == DiagnosticSeverity.Error)
                    {
                        errors.Add(d);
                        treesWithErrors[tree] = true;
                    }
                }

                return Task.CompletedTask;
            }, ct).ConfigureAwait(false);

            trace?.Invoke($"candidates {clock.Elapsed.TotalSeconds:F2}s (find cpu {findTicks / (double)System.Diagnostics.Stopwatch.Frequency:F2}s) ({candidates}/{units} units)");
            var spanCount = work.Sum(w => w.Spans.Count);
            if (strategy == AnalysisStrategy.Auto && spanCount > 0)
            {
                // Whole binds the entire compilation, not only the requested trees (a pull-request scan asks for a few files of a big project).
                var lines = analyzers.Compilation.SyntaxTrees.Sum(t => SizeInLines(t, ct));
                var spanLines = work.Sum(w => w.Spans.Sum(s => SizeInLines(w.Tree, s, ct)));
                var spanCost = SpanCost(spanCount, spanLines, lines);
                trace?.Invoke($"cost: {spanCount} span requests over {spanLines} lines ≈ {spanCost} lines vs {lines} lines whole");
                if (spanCost > lines)
                {
                    trace?.Invoke($"whole compilation: {spanCount} span requests would cost more than binding {lines} lines");
                    return await WholeAsync(analyzers, trees, units, candidates, spanCount, ct).ConfigureAwait(false);
                }
            }

            // One semantic model per tree, shared by its spans: bound members and the per-model caches of
            // the analyzers (the secret finder's tree walk) are reused. Biggest trees first so the cores finish together.
            var ordered = work.OrderByDescending(w => w.Spans.Sum(s => s.Length)).ThenBy(w => w.Tree.FilePath, StringComparer.Ordinal).ToList();
            var diagnostics = new ConcurrentBag<Diagnostic>();
            // Span requests already run one per core. With the compiler's own concurrency on, each request
            // would also fan out (Parallel.For over namespace members for declaration completion, a task per
            // type for CLS checks): thread overhead with no core left to gain.
            var compilation = analyzers.Compilation.Options.ConcurrentBuild
                ? analyzers.Compilation.WithOptions(analyzers.Compilation.Options.WithConcurrentBuild(false))
                : analyzers.Compilation;
            var spanOptions = new CompilationWithAnalyzersOptions(requested.Options, requested.OnAnalyzerException, concurrentAnalysis: false, logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: requested.ReportSuppressedDiagnostics, analyzerExceptionFilter: requested.AnalyzerExceptionFilter);
            // One CompilationWithAnalyzers per worker: a span request on a shared instance waits for every
            // other active tree request to finish, which would leave all but one core idle.
            var queue = new ConcurrentQueue<(SyntaxTree Tree, List<TextSpan> Spans)>(ordered);
            var analysedTrees = 0;
            var workers = Enumerable.Range(0, Math.Max(1, Math.Min(parallelism, ordered.Count))).Select(w => Task.Run(async () =>
            {
                var own = compilation.WithAnalyzers(analyzers.Analyzers, spanOptions);
                while (queue.TryDequeue(out var item))
                {
                    ct.ThrowIfCancellationRequested();
                    // Progress for COMPLIANCE_PROFILE: on a large repository this phase runs for minutes (memory climbs in it).
                    var started = Interlocked.Increment(ref analysedTrees);
                    if (started % 500 == 0)
                    {
                        trace?.Invoke($"spans: {started} of {ordered.Count} files {clock.Elapsed.TotalSeconds:F2}s");
                    }

                    var model = own.Compilation.GetSemanticModel(item.Tree);
                    var hasError = treesWithErrors.ContainsKey(item.Tree);
                    foreach (var span in item.Spans)
                    {
                        foreach (var d in await own.GetAnalyzerSemanticDiagnosticsAsync(model, span, ct).ConfigureAwait(false))
                        {
                            diagnostics.Add(d);
                        }

                        // Declaration and body errors of the span (syntax errors are collected above for every tree),
                        // until the tree has one. This binds the span a second time: Roslyn runs each analyzer request
                        // on a clone of the compilation and does not hand out its compiler diagnostics. In a fallback
                        // compilation (no packages) most files have errors, so most spans skip it.
                        if (hasError)
                        {
                            continue;
                        }

                        foreach (var d in model.GetDiagnostics(span, ct))
                        {
                            if (d.Severity == DiagnosticSeverity.Error)
                            {
                                errors.Add(d);
                                hasError = true;
                            }
                        }
                    }
                }
            }, ct)).ToList();
            await Task.WhenAll(workers).ConfigureAwait(false);

            trace?.Invoke($"analysed {clock.Elapsed.TotalSeconds:F2}s ({ordered.Sum(w => w.Spans.Count)} spans in {ordered.Count} files)");
            // A diagnostic on the edge of two spans can come back twice.
            var unique = diagnostics.GroupBy(d => (d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                .Select(g => g.First());
            var sorted = Sort(unique);
            var uniqueErrors = errors.GroupBy(d => (d.Id, d.Location.SourceTree?.FilePath, d.Location.SourceSpan)).Select(g => g.First()).ToImmutableArray();
            return new CandidateAnalysisResult(sorted, uniqueErrors, units, candidates, spanCount, whole: false);
        }

        /// <summary>Requests of at least this many trees are first estimated on a sample of one tree in <see cref="SampleEvery"/>.</summary>
        private const int SampleFrom = 64;
        private const int SampleEvery = 8;

        /// <summary>
        /// On dense code the candidate search itself (the vocabulary of the whole compilation, then every tree's
        /// units) costs a fifth of the scan only to conclude that binding everything is cheaper. A sample of about
        /// one requested tree in <see cref="SampleEvery"/> (by a hash of the path, so the choice is deterministic), with the
        /// vocabulary of the sample alone, undercounts candidates (a smaller vocabulary names fewer members); when
        /// even that estimate, scaled to all the requested trees, costs more than binding the compilation whole,
        /// the search is skipped. Otherwise the full search decides as before.
        /// </summary>
        private static bool SampleSaysWhole(Compilation compilation, IReadOnlyCollection<SyntaxTree> trees,
            Func<SyntaxTree, (PiiOptions Pii, PasswordNames Passwords)> optionsOf, int parallelism, CancellationToken ct, Action<string>? trace)
        {
            if (trees.Count < SampleFrom)
            {
                return false;
            }

            // By a hash of the path, not every 8th file: generated and real trees repeat kinds of file in cycles
            // (service, controller, repository, model), and a stride that matches the cycle sees one kind only.
            var sample = trees.Where(t => StableHash(t.FilePath) % SampleEvery == 0).OrderBy(t => t.FilePath, StringComparer.Ordinal).ToArray();
            if (sample.Length == 0)
            {
                return false;
            }

            var vocabulary = CandidateVocabulary.Build(compilation, sample, t => optionsOf(t).Pii, parallelism, ct);
            long spans = 0, spanLines = 0, sampleLines = 0;
            foreach (var tree in sample)
            {
                var (pii, passwords) = optionsOf(tree);
                var found = CandidateUnits.Find(tree, vocabulary, pii, passwords, ct, out _, out _);
                sampleLines += SizeInLines(tree, ct);
                if (found.Count == 0)
                {
                    continue;
                }

                var merged = MergeNear(tree, found, ct);
                spans += merged.Count;
                spanLines += merged.Sum(s => SizeInLines(tree, s, ct));
            }

            var requestedLines = trees.Sum(t => SizeInLines(t, ct));
            var scale = sampleLines == 0 ? 0 : (double)requestedLines / sampleLines;
            var lines = compilation.SyntaxTrees.Sum(t => SizeInLines(t, ct));
            var estimate = StartupLines + (long)(scale * (SpanCost(spans, spanLines, lines) - StartupLines));
            trace?.Invoke($"sample: {sample.Length} of {trees.Count} files, {spans} span requests over {spanLines} lines: ≈ {estimate} lines vs {lines} lines whole");
            if (estimate <= lines)
            {
                return false;
            }

            trace?.Invoke($"whole compilation: the sample's span requests would cost more than binding {lines} lines");
            return true;
        }

        /// <summary>
        /// The span path's cost in lines bound whole: start-up, a cost per request that grows with the compilation
        /// (<see cref="CompilationLinesPerRequestLine"/>), and the lines inside the spans.
        /// </summary>
        internal static long SpanCost(long requests, long spanLines, long compilationLines) =>
            StartupLines + requests * (LinesPerSpanRequest + compilationLines / CompilationLinesPerRequestLine) + spanLines;

        /// <summary>FNV-1a of a path: the same sample on every run and every platform (string.GetHashCode is randomised).</summary>
        private static uint StableHash(string path)
        {
            var hash = 2166136261u;
            foreach (var c in path)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }

        /// <summary>The cost of binding a whole tree, in ordinary lines (<see cref="CharactersPerLine"/>).</summary>
        internal static long SizeInLines(SyntaxTree tree, CancellationToken ct)
        {
            var text = tree.GetText(ct);
            return Math.Max(text.Lines.Count, text.Length / CharactersPerLine);
        }

        /// <summary>The cost of binding one span of a tree, in ordinary lines (<see cref="CharactersPerLine"/>).</summary>
        internal static long SizeInLines(SyntaxTree tree, TextSpan span, CancellationToken ct)
        {
            var lines = tree.GetText(ct).Lines;
            var count = lines.GetLineFromPosition(span.End).LineNumber - lines.GetLineFromPosition(span.Start).LineNumber + 1;
            return Math.Max(count, span.Length / CharactersPerLine);
        }

        /// <summary>
        /// Spans of one tree with fewer than <see cref="MergeGapLines"/> lines between them become one
        /// request: binding the lines in between costs less than the fixed cost of another request.
        /// </summary>
        internal static List<TextSpan> MergeNear(SyntaxTree tree, List<TextSpan> spans, CancellationToken ct)
        {
            if (spans.Count < 2)
            {
                return spans;
            }

            var lines = tree.GetText(ct).Lines;
            var merged = new List<TextSpan> { spans[0] };
            for (var i = 1; i < spans.Count; i++)
            {
                var last = merged[merged.Count - 1];
                var gap = lines.GetLineFromPosition(spans[i].Start).LineNumber - lines.GetLineFromPosition(last.End).LineNumber;
                if (gap < MergeGapLines)
                {
                    merged[merged.Count - 1] = TextSpan.FromBounds(last.Start, spans[i].End);
                }
                else
                {
                    merged.Add(spans[i]);
                }
            }

            return merged;
        }

        /// <summary>The whole compilation, as a build analyses it; results limited to <paramref name="trees"/>.</summary>
        private static async Task<CandidateAnalysisResult> WholeAsync(CompilationWithAnalyzers analyzers, IReadOnlyCollection<SyntaxTree> trees, int units, int candidates, int spans, CancellationToken ct)
        {
            var wanted = new HashSet<SyntaxTree>(trees);
            var all = await analyzers.GetAllDiagnosticsAsync(ct).ConfigureAwait(false);
            var inScope = all.Where(d => d.Location.SourceTree != null && wanted.Contains(d.Location.SourceTree)).ToList();
            var analyzerIds = new HashSet<string>(analyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(s => s.Id), StringComparer.Ordinal);
            bool IsCompiler(Diagnostic d) => !analyzerIds.Contains(d.Id);
            return new CandidateAnalysisResult(
                Sort(inScope.Where(d => !IsCompiler(d))),
                inScope.Where(d => IsCompiler(d) && d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
                units, candidates, spans, whole: true);
        }

        /// <summary>Deterministic order whichever way the diagnostics were computed.</summary>
        private static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();

        private static async Task ForEachAsync<T>(IEnumerable<T> items, int parallelism, Func<T, CancellationToken, Task> body, CancellationToken ct)
        {
            var queue = new ConcurrentQueue<T>(items);
            var workers = Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var item))
                {
                    ct.ThrowIfCancellationRequested();
                    await body(item, ct).ConfigureAwait(false);
                }
            }, ct));
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }
}
