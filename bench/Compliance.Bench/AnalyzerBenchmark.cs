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
    public static async Task<int> RunAsync(string dir, bool each, int telemetryRounds = 0, string? baselineDll = null, IReadOnlyList<string>? drops = null)
    {
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(f => (f, File.ReadAllText(f))).ToArray();
        var refs = References();
        var analyzers = LoadAnalyzers(typeof(Compliance.Analyzers.RuleIdentifiers).Assembly);

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
            return await TelemetryAsync(analyzers, () =>
            {
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var c = Fresh(out _);
                return (c, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
            }, telemetryRounds, baselineDll, drops ?? []);
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
    /// Per-analyzer cost in one whole-compilation run (the driver's own telemetry, as csc's ReportAnalyzer): every
    /// analyzer runs in the same driver, so the compiler's binding is shared and what each line adds is the analyzer's
    /// own work plus whatever binding it is first to ask for. One analyzer per rule family in this product, so a line is
    /// the cost of that family's finding classes. Printed per round and, after all rounds, as median shares: of the
    /// round's CPU (parse + driver = the scan's analysis phases) and of all callbacks. Shares within one process move
    /// far less with the machine's load than wall time, which is why this is the measurement used on a shared machine
    /// (bench/results/2026-12-07-perf6.md). Round 1 is cold (JIT) and left out of the medians when there are more.
    /// With a baseline (another build's Compliance.Analyzers.dll, loaded beside this one in its own load context and
    /// sharing this process's Roslyn), rounds alternate baseline/current on fresh compilations of the same files and
    /// each analyzer's median (current − baseline) time is printed as a share of the current round's CPU: the cost of
    /// what changed in that analyzer between the two builds. With drops, each round also runs the analyzers without the
    /// named one(s) (ablation) and prints the CPU the full run took more: the whole cost of that analyzer, binding
    /// it alone asked for included.
    /// </summary>
    private static async Task<int> TelemetryAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, Func<(CSharpCompilation Compilation, double ParseCpu)> fresh, int rounds, string? baselineDll, IReadOnlyList<string> drops)
    {
        var baseline = baselineDll is null ? default : LoadAnalyzers(new System.Runtime.Loader.AssemblyLoadContext("baseline").LoadFromAssemblyPath(Path.GetFullPath(baselineDll)));
        var current = new List<Dictionary<string, double>>();   // per warm round: analyzer -> seconds, plus "" -> round CPU
        var before = new List<Dictionary<string, double>>();
        var ablations = new List<Dictionary<string, double>>(); // per warm round: dropped analyzer -> CPU saved
        for (var round = 1; round <= rounds; round++)
        {
            var warm = round > 1 || rounds == 1;
            if (!baseline.IsDefault)
            {
                var b = await OneRunAsync(baseline, fresh, $"round {round} baseline");
                if (warm) before.Add(b);
            }

            var r = await OneRunAsync(analyzers, fresh, $"round {round} current");
            if (warm) current.Add(r);
            var saved = new Dictionary<string, double>();
            foreach (var drop in drops)
            {
                var rest = analyzers.Where(a => a.GetType().Name != drop).ToImmutableArray();
                if (rest.Length == analyzers.Length) throw new ArgumentException($"no analyzer named {drop}");
                var without = await OneRunAsync(rest, fresh, $"round {round} without {drop}", print: false);
                saved[drop] = r[""] - without[""];
                Console.WriteLine($"  ablation {drop}: full {r[""]:F2} s CPU, without {without[""]:F2} s, difference {saved[drop]:F2} s ({100 * saved[drop] / r[""]:F1} %)");
            }

            if (warm) ablations.Add(saved);
        }

        double Median(IEnumerable<double> xs)
        {
            var v = xs.Order().ToArray();
            return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
        }

        Console.WriteLine($"summary over {current.Count} warm round(s): median round CPU {Median(current.Select(c => c[""])):F2} s, parse {Median(current.Select(c => c["parse"])):F2} s, callbacks {Median(current.Select(c => c["callbacks"])):F2} s");
        Console.WriteLine("  share_of_scan_cpu  share_of_callbacks  (min-max of scan share)  seconds  analyzer");
        foreach (var name in analyzers.Select(a => a.GetType().Name).OrderByDescending(n => Median(current.Select(c => c[n]))).ThenBy(n => n, StringComparer.Ordinal))
        {
            var shares = current.Select(c => 100 * c[name] / c[""]).ToArray();
            Console.WriteLine($"  {Median(shares),6:F2} %  {Median(current.Select(c => 100 * c[name] / c["callbacks"])),6:F2} %  ({shares.Min():F2}-{shares.Max():F2})  {Median(current.Select(c => c[name])),7:F3}  {name}");
        }

        if (before.Count > 0)
        {
            Console.WriteLine($"baseline: median round CPU {Median(before.Select(c => c[""])):F2} s vs current {Median(current.Select(c => c[""])):F2} s (ratio {Median(current.Zip(before, (c, b) => c[""] / b[""])):F3}), callbacks {Median(before.Select(c => c["callbacks"])):F2} s vs {Median(current.Select(c => c["callbacks"])):F2} s");
            Console.WriteLine("  added_share_of_scan_cpu  (min-max)  baseline_s  current_s  analyzer   [current - baseline, paired by round]");
            foreach (var name in analyzers.Select(a => a.GetType().Name).OrderByDescending(n => Median(current.Zip(before, (c, b) => c[n] - b.GetValueOrDefault(n)))))
            {
                var added = current.Zip(before, (c, b) => 100 * (c[name] - b.GetValueOrDefault(name)) / c[""]).ToArray();
                Console.WriteLine($"  {Median(added),6:F2} %  ({added.Min():F2}..{added.Max():F2})  {Median(before.Select(b => b.GetValueOrDefault(name))),7:F3}  {Median(current.Select(c => c[name])),7:F3}  {name}{(before[0].ContainsKey(name) ? "" : "  (new analyzer)")}");
            }
        }

        foreach (var drop in drops)
        {
            var d = ablations.Zip(current, (a, c) => 100 * a[drop] / c[""]).ToArray();
            Console.WriteLine($"ablation {drop}: median {Median(d):F2} % of the full run's CPU (min {d.Min():F2}, max {d.Max():F2})");
        }

        return 0;
    }

    private static async Task<Dictionary<string, double>> OneRunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, Func<(CSharpCompilation Compilation, double ParseCpu)> fresh, string label, bool print = true)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var (compilation, parseCpu) = fresh();
        var cwa = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var diagnostics = await cwa.GetAnalyzerDiagnosticsAsync();
        process.Refresh();
        var wall = sw.Elapsed.TotalSeconds;
        var driverCpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var cpu = driverCpu + parseCpu;
        var result = new Dictionary<string, double> { [""] = cpu, ["parse"] = parseCpu };
        var total = 0.0;

        // The driver times callbacks with a stopwatch: wall time, which on a loaded machine includes time the thread
        // waited for a core. With concurrentAnalysis off the driver runs on one thread, so its CPU/wall ratio turns
        // a callback's wall time into CPU (the waiting is spread over callbacks in proportion to their length).
        var cpuPerWall = wall > 0 ? Math.Min(1.0, driverCpu / wall) : 1.0;
        foreach (var a in analyzers)
        {
            var seconds = (await cwa.GetAnalyzerTelemetryInfoAsync(a, default)).ExecutionTime.TotalSeconds * cpuPerWall;
            result[a.GetType().Name] = seconds;
            total += seconds;
        }

        result["callbacks"] = total;
        if (print)
        {
            Console.WriteLine($"{label} wall_s {wall:F2} cpu_s {cpu:F2} (parse {parseCpu:F2}, driver cpu/wall {cpuPerWall:F2}) diagnostics {diagnostics.Length} analyzer_callbacks_cpu_s {total:F3}");
            foreach (var a in analyzers.OrderByDescending(a => result[a.GetType().Name]).ThenBy(a => a.GetType().Name, StringComparer.Ordinal).Take(8))
            {
                Console.WriteLine($"  {result[a.GetType().Name],7:F3} {100 * result[a.GetType().Name] / cpu,5:F1} % {a.GetType().Name}");
            }
        }

        return result;
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(System.Reflection.Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

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
