namespace Compliance.Cli.Tests.Scanning;

using System.Collections.Immutable;
using System.Globalization;
using Compliance.Analyzers.Candidates;
using Compliance.Cli.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// A whole run above the batch threshold is analysed in batches of trees, every other tree's bodies stubbed (issue 16:
/// one whole run held the bound state of the entire compilation, 4.7 GiB on 1.3M dense lines). The findings of code that
/// does not depend on another batch's bodies must not change: same rules, spans, messages in both languages, on the
/// caller's own trees.
/// </summary>
public sealed class BatchedAnalysisTests
{
    private const string Orders = """
        namespace Shop;
        public class Orders
        {
            private readonly Hasher _hasher = new Hasher();
            public Orders() : this(1) { }
            public Orders(int n) { Count = n; }
            public int Count { get; set; }
            public byte[] Hash(byte[] data) => System.Security.Cryptography.MD5.Create().ComputeHash(data);
        }
        """;

    private const string Hasher = """
        namespace Shop;
        public class Hasher
        {
            public string Name => "sha1";
            public byte[] Sign(byte[] data)
            {
                using var sha = System.Security.Cryptography.SHA1.Create();
                return sha.ComputeHash(data);
            }
        }
        """;

    private const string Plain = """
        namespace Shop;
        public record Customer(string Name)
        {
            public override string ToString() => Name;
        }
        """;

    private static readonly List<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();

    private static async Task<(List<string> Findings, CSharpCompilation Compilation, CandidateAnalysisResult Run, List<string> Trace)> Run(long batchLines)
    {
        var trees = new[] { (Orders, "/src/Orders.cs"), (Hasher, "/src/Hasher.cs"), (Plain, "/src/Customer.cs") }
            .Select(f => CSharpSyntaxTree.ParseText(f.Item1, path: f.Item2)).ToArray();
        var compilation = CSharpCompilation.Create("Shop", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var cwa = compilation.WithAnalyzers(CSharpAnalysis.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var trace = new List<string>();
        var run = await CandidateAnalysis.RunAsync(cwa, compilation.SyntaxTrees.ToList(), 1, default, trace.Add, AnalysisStrategy.Whole, batchLines);
        var findings = run.Diagnostics.Concat(run.CompilerErrors)
            .Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath} {d.Location.SourceSpan} {d.Severity} {d.IsSuppressed}"
                         + $" | {d.GetMessage(CultureInfo.GetCultureInfo("en"))} | {d.GetMessage(CultureInfo.GetCultureInfo("zh-Hans"))}"
                         + $" | {string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}"
                         + $" | {string.Join(",", d.AdditionalLocations.Select(l => l.SourceTree?.FilePath + l.SourceSpan))}")
            .ToList();
        return (findings, compilation, run, trace);
    }

    [Fact]
    public async Task One_tree_a_batch_reports_what_the_whole_run_reports_on_the_callers_trees()
    {
        var whole = await Run(batchLines: 0);
        var batched = await Run(batchLines: 1);

        Assert.Contains(batched.Trace, t => t.StartsWith("batch 3 of 3: 1 files", StringComparison.Ordinal));
        Assert.DoesNotContain(whole.Trace, t => t.StartsWith("batch", StringComparison.Ordinal));
        Assert.Equal(whole.Findings, batched.Findings);
        Assert.Contains(batched.Findings, f => f.StartsWith("CMP", StringComparison.Ordinal) && f.Contains("/src/Orders.cs [" + Orders.IndexOf("System.Security.Cryptography.MD5.Create()", StringComparison.Ordinal) + ".."));
        Assert.Contains(batched.Findings, f => f.StartsWith("CMP", StringComparison.Ordinal) && f.Contains("/src/Hasher.cs"));
        // On the trees of the caller's compilation (the batch's copies, and all they bound, are released with the batch).
        Assert.All(batched.Run.Diagnostics, d => Assert.Contains(d.Location.SourceTree!, batched.Compilation.SyntaxTrees));
    }

    [Fact]
    public async Task Under_the_threshold_nothing_is_batched()
    {
        var run = await Run(batchLines: 1_000);

        Assert.DoesNotContain(run.Trace, t => t.StartsWith("batch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stub_keeps_every_declaration_and_initializer_and_loses_every_body()
    {
        var tree = CSharpSyntaxTree.ParseText(Orders + "\n" + Hasher.Replace("namespace Shop;", ""), path: "/src/Both.cs");

        var text = BodyStubs.Strip(tree, default).GetText().ToString();

        Assert.DoesNotContain("MD5", text);
        Assert.DoesNotContain("SHA1", text);
        Assert.DoesNotContain("Count = n", text);
        Assert.DoesNotContain("\"sha1\"", text);
        Assert.Contains("private readonly Hasher _hasher = new Hasher();", text);
        Assert.Contains("public Orders() : this(1) { throw null; }", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        Assert.Contains("public int Count { get; set; }", text);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(text, "throw null").Count);
        var stub = BodyStubs.Strip(tree, default);
        Assert.Equal(tree.FilePath, stub.FilePath);
        Assert.Same(stub, BodyStubs.Strip(stub, default));
        var plain = CSharpSyntaxTree.ParseText("namespace Shop; public interface IShop { int Count { get; } void Run(); }", path: "/src/IShop.cs");
        Assert.Same(plain, BodyStubs.Strip(plain, default));
    }
}
