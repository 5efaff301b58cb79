namespace Compliance.Analyzers.Tests.Robustness;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// "Analyzers never throw (AD0001)": every analyzer of Compliance.Analyzers runs over deterministic
/// mutants (truncations, deleted closers, swapped tokens) of the real snippets used by the other
/// tests and the samples, plus modern and odd-but-valid code. Any analyzer exception fails the test
/// with the mutant and the stack.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References =
        new(() => TestReferences.ResolveAspNetAsync());

    /// <summary>Every concrete DiagnosticAnalyzer of the product assembly, found by reflection so new ones are covered too.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(RuleIdentifiers).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static readonly Regex RawString = new("\"\"\"\\r?\\n(?<body>.*?)\\r?\\n[ \\t]*\"\"\"", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex Markup = new(@"\{\|[A-Za-z0-9#]+:|\|\}|\[\||\|\]", RegexOptions.Compiled);

    /// <summary>Seeds: the raw-string C# snippets of the analyzer tests (markup stripped) and samples/src/**/*.cs.</summary>
    internal static IReadOnlyList<(string Name, string Source)> Seeds()
    {
        var root = RepoPaths.Root;
        var seeds = new List<(string, string)>();
        var testDir = Path.Combine(root, "tests", "Compliance.Analyzers.Tests");
        foreach (var file in Directory.GetFiles(testDir, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (rel.Contains("/bin/") || rel.Contains("/obj/") || rel.Contains("/Robustness/")) continue;
            var i = 0;
            foreach (Match m in RawString.Matches(File.ReadAllText(file)))
            {
                var body = Markup.Replace(m.Groups["body"].Value, "");
                // Only C# snippets (tests also hold JSON/editorconfig raw strings).
                if (body.Contains(';') && (body.Contains("class ") || body.Contains("record ") || body.Contains("using ")))
                    seeds.Add(($"{rel}#{i++}", body));
            }
        }
        foreach (var file in Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (rel.Contains("/bin/") || rel.Contains("/obj/")) continue;
            seeds.Add((rel, File.ReadAllText(file)));
        }
        return seeds;
    }

    /// <summary>Deterministic mutants of one seed, bounded per kind so the suite stays fast.</summary>
    internal static IEnumerable<(string Name, string Source)> Mutants(string name, string src, int seed)
    {
        // Truncation every ~37 characters (bounded to 40 cut points spread over the file).
        var step = Math.Max(37, src.Length / 40);
        for (var cut = 1; cut < src.Length; cut += step) yield return ($"{name} truncated@{cut}", src[..cut]);
        // Delete each closer in turn (bounded to 25 per kind, spread over the file).
        foreach (var c in new[] { ')', '}', ';' })
        {
            var positions = Enumerable.Range(0, src.Length).Where(i => src[i] == c).ToList();
            var stride = Math.Max(1, positions.Count / 25);
            for (var k = 0; k < positions.Count; k += stride)
                yield return ($"{name} deleted '{c}'@{positions[k]}", src.Remove(positions[k], 1));
        }
        // Token swaps with a fixed seed: adjacent and random pairs, duplicated and dropped tokens.
        var tokens = SyntaxFactory.ParseTokens(src).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        if (tokens.Count < 2) yield break;
        var rng = new Random(seed);
        for (var n = 0; n < 20; n++)
        {
            var a = rng.Next(tokens.Count);
            var b = rng.Next(tokens.Count);
            var op = n % 3;
            var sb = new StringBuilder();
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                var text = t.ToFullString();
                if (op == 0 && (i == a || i == b)) text = t.LeadingTrivia.ToFullString() + tokens[i == a ? b : a].Text + t.TrailingTrivia.ToFullString();
                else if (op == 1 && i == a) text += " " + t.Text + " ";
                else if (op == 2 && i == a) text = t.LeadingTrivia.ToFullString() + t.TrailingTrivia.ToFullString();
                sb.Append(text);
            }
            yield return ($"{name} swap{op}@{a},{b}", sb.ToString());
        }
    }

    /// <summary>Runs every analyzer over each source; returns one line per analyzer exception (empty = good).</summary>
    internal static async Task<IReadOnlyList<string>> AnalyzerExceptions(IEnumerable<(string Name, string Source)> sources, ImmutableArray<DiagnosticAnalyzer>? only = null)
    {
        var refs = await References.Value;
        var analyzers = only ?? AllAnalyzers();
        Assert.NotEmpty(analyzers);
        var failures = new ConcurrentBag<string>();
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (s, ct) =>
        {
            var trees = new[] { CSharpSyntaxTree.ParseText(s.Source, parse, path: "Mutant.cs", cancellationToken: ct) };
            var compilation = CSharpCompilation.Create("Mutant", trees, refs,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (ex, analyzer, diag) => failures.Add($"{s.Name}: {analyzer.GetType().Name} threw {ex}\n--- source ---\n{s.Source}\n"),
                concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(ct);
            // AD0001 is how the driver reports an analyzer that threw, in case the callback is bypassed.
            foreach (var d in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
                failures.Add($"{s.Name}: {d}\n--- source ---\n{s.Source}\n");
        });
        return failures.OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    private static void AssertNone(IReadOnlyList<string> failures) =>
        Assert.True(failures.Count == 0, $"{failures.Count} analyzer exception(s):\n" + string.Join("\n", failures.Take(5)));

    [Fact]
    public void Seeds_cover_the_analyzer_tests_and_samples()
    {
        var seeds = Seeds();
        Assert.True(seeds.Count >= 30, $"only {seeds.Count} seeds");
        Assert.Contains(seeds, s => s.Name.StartsWith("samples/", StringComparison.Ordinal));
        Assert.True(AllAnalyzers().Length >= 5, "analyzer discovery found too few analyzers");
    }

    /// <summary>A harness that cannot see an analyzer throwing proves nothing: check it does.</summary>
#pragma warning disable RS1036, RS2008 // a test-only analyzer, never shipped
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.InvocationExpression);
        }
    }
#pragma warning restore RS1036, RS2008

    [Fact]
    public async Task The_harness_reports_an_analyzer_that_throws()
    {
        var failures = await AnalyzerExceptions([("throwing", "class C { void M() { M(); } }")], [new ThrowingAnalyzer()]);
        Assert.NotEmpty(failures);
        Assert.Contains("ThrowingAnalyzer threw System.InvalidOperationException: boom", failures[0]);
        Assert.Contains("class C { void M() { M(); } }", failures[0]);
    }

    [Fact]
    public async Task Unmutated_seeds_do_not_make_any_analyzer_throw()
    {
        AssertNone(await AnalyzerExceptions(Seeds()));
    }

    [Fact]
    public async Task Mutants_of_every_seed_do_not_make_any_analyzer_throw()
    {
        var seeds = Seeds();
        // Bound the total: every seed contributes, large seeds are capped by the per-kind strides.
        var mutants = seeds.SelectMany((s, i) => Mutants(s.Name, s.Source, seed: 1000 + i)).ToList();
        Assert.True(mutants.Count > 500, $"only {mutants.Count} mutants");
        AssertNone(await AnalyzerExceptions(mutants));
    }
}
