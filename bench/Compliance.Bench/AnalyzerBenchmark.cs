namespace Compliance.Bench;

using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Where analysis time goes on a C# tree: parse, the compiler's own full bind
/// (compilation.GetDiagnostics, the floor every semantic tool pays if it binds everything),
/// all product analyzers together, and each analyzer alone on a fresh compilation.
/// </summary>
public static class AnalyzerBenchmark
{
    public static async Task<int> RunAsync(string dir, bool each, int telemetryRounds = 0)
    {
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(f => (f, File.ReadAllText(f))).ToArray();
        var refs = References();
        var analyzers = typeof(Compliance.Analyzers.RuleIdentifiers).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

        CSharpCompilation Fresh(out double parseSeconds)
        {
            var sw = Stopwatch.StartNew();
            var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
            var trees = texts.AsParallel().AsOrdered().Select(t => CSharpSyntaxTree.ParseText(t.Item2, options, t.f)).ToArray();
            parseSeconds = sw.Elapsed.TotalSeconds;
            return CSharpCompilation.Create("Bench", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        if (telemetryRounds > 0)
        {
            return await TelemetryAsync(analyzers, () => Fresh(out _), telemetryRounds);
        }

        // Two rounds: the first pays JIT and metadata loading, the second is the steady state.
        for (var round = 1; round <= 2; round++)
        {
        Console.WriteLine($"round {round} ({(round == 1 ? "cold" : "warm")})");
        var c0 = Fresh(out var parse);
        Console.WriteLine($"files {files.Length} lines {texts.Sum(t => t.Item2.Count(ch => ch == '\n'))} parse_s {parse:F2}");
        var sw = Stopwatch.StartNew();
        var compilerDiags = c0.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"compiler_bind_s {sw.Elapsed.TotalSeconds:F2} errors {compilerDiags}");

        var c1 = Fresh(out _);
        sw.Restart();
        var all = await c1.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, true, false)).GetAnalyzerDiagnosticsAsync();
        Console.WriteLine($"all_analyzers_s {sw.Elapsed.TotalSeconds:F2} diagnostics {all.Length}");
        var c2 = Fresh(out _);
        sw.Restart();
        var cwa = c2.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, true, false));
        var cand = await Compliance.Analyzers.Candidates.CandidateAnalysis.RunAsync(cwa, c2.SyntaxTrees.ToList(), Environment.ProcessorCount, default, m => Console.WriteLine("  " + m));
        Console.WriteLine($"candidate_s {sw.Elapsed.TotalSeconds:F2} diagnostics {cand.Diagnostics.Length} units {cand.CandidateUnits}/{cand.Units} spans {cand.Spans}");
        string Key(Diagnostic d) => $"{d.Id} {Path.GetFileName(d.Location.SourceTree?.FilePath)} {d.Location.SourceSpan}";
        var fullKeys = all.Select(Key).Order().ToList();
        var candKeys = cand.Diagnostics.Select(Key).Order().ToList();
        Console.WriteLine($"same_as_full {fullKeys.SequenceEqual(candKeys)}");
        foreach (var k in fullKeys.Except(candKeys)) Console.WriteLine("  missing " + k);
        foreach (var k in candKeys.Except(fullKeys)) Console.WriteLine("  extra " + k);
        }
        var sw2 = Stopwatch.StartNew();

        // Worst case for candidate-driven analysis: every member is a candidate, so each one costs a
        // span request. Same driver use as CandidateAnalysis (one CompilationWithAnalyzers per core).
        {
            var cw = Fresh(out _);
            sw2.Restart();
            var baseCwa = cw.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, true, false));
            var queue = new System.Collections.Concurrent.ConcurrentQueue<SyntaxTree>(cw.SyntaxTrees);
            var count = 0;
            await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(w => Task.Run(async () =>
            {
                var own = w == 0 ? baseCwa : baseCwa.Compilation.WithAnalyzers(baseCwa.Analyzers, baseCwa.AnalysisOptions);
                while (queue.TryDequeue(out var tree))
                {
                    var model = own.Compilation.GetSemanticModel(tree);
                    foreach (var member in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>()
                                 .Where(m => m is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax and not Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax))
                    {
                        Interlocked.Add(ref count, (await own.GetAnalyzerSemanticDiagnosticsAsync(model, member.FullSpan, default)).Length);
                    }
                }
            })));
            Console.WriteLine($"every_member_a_candidate_s {sw2.Elapsed.TotalSeconds:F2} diagnostics {count} (vs all_analyzers_s above: the cost of span requests when nothing is pruned)");
        }

        if (each)
            foreach (var a in analyzers)
            {
                var c = Fresh(out _);
                sw2.Restart();
                var d = await c.WithAnalyzers([a], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, true, false)).GetAnalyzerDiagnosticsAsync();
                Console.WriteLine($"analyzer_s {sw2.Elapsed.TotalSeconds:F2} {a.GetType().Name} {d.Length}");
            }
        return 0;
    }

    /// <summary>
    /// Per-analyzer callback time in one whole-compilation run (the driver's own telemetry, as csc's ReportAnalyzer):
    /// every analyzer runs in the same driver, so the compiler's binding is shared and what each line adds is the
    /// analyzer's own work plus whatever binding it is first to ask for. Rounds after the first are warm (JIT done).
    /// </summary>
    private static async Task<int> TelemetryAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, Func<CSharpCompilation> fresh, int rounds)
    {
        for (var round = 1; round <= rounds; round++)
        {
            var cwa = fresh().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var diagnostics = await cwa.GetAnalyzerDiagnosticsAsync();
            process.Refresh();
            var total = TimeSpan.Zero;
            var lines = new List<(double Seconds, string Name)>();
            foreach (var a in analyzers)
            {
                var info = await cwa.GetAnalyzerTelemetryInfoAsync(a, default);
                total += info.ExecutionTime;
                lines.Add((info.ExecutionTime.TotalSeconds, a.GetType().Name));
            }

            Console.WriteLine($"round {round} wall_s {sw.Elapsed.TotalSeconds:F2} cpu_s {(process.TotalProcessorTime - cpu0).TotalSeconds:F2} diagnostics {diagnostics.Length} analyzer_callbacks_s {total.TotalSeconds:F3}");
            foreach (var (seconds, name) in lines.OrderByDescending(l => l.Seconds).ThenBy(l => l.Name, StringComparer.Ordinal).Take(12))
            {
                Console.WriteLine($"  {seconds,7:F3} {name}");
            }
        }

        return 0;
    }

    private static List<MetadataReference> References()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspnet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtimeDir))!, "Microsoft.AspNetCore.App");
        var dirs = new List<string> { runtimeDir };
        if (Directory.Exists(aspnet)) dirs.Add(Directory.GetDirectories(aspnet).Order(StringComparer.Ordinal).Last());
        var refs = new List<MetadataReference>();
        var seen = new HashSet<string>();
        foreach (var d in dirs)
            foreach (var dll in Directory.GetFiles(d, "*.dll").Order(StringComparer.Ordinal))
            {
                if (!seen.Add(Path.GetFileName(dll))) continue;
                try
                {
                    using var s = File.OpenRead(dll);
                    using var pe = new System.Reflection.PortableExecutable.PEReader(s);
                    if (pe.HasMetadata) refs.Add(MetadataReference.CreateFromFile(dll));
                }
                catch (BadImageFormatException) { }
            }
        return refs;
    }
}
