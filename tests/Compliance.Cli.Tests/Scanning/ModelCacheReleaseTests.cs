namespace Compliance.Cli.Tests.Scanning;

using System.Collections.Immutable;
using Compliance.Analyzers.Candidates;
using Compliance.Cli.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// The perf13 experiment (COMPLIANCE_RELEASE_MODELS): the driver's semantic-model cache is found by reflection on the
/// Roslyn the CLI runs with, and dropping it during a whole run changes no finding.
/// </summary>
public sealed class ModelCacheReleaseTests
{
    private const string Code = """
        namespace Shop;
        public class Orders
        {
            public byte[] Hash(byte[] data) => System.Security.Cryptography.MD5.Create().ComputeHash(data);
            public byte[] Sign(byte[] data) { using var sha = System.Security.Cryptography.SHA1.Create(); return sha.ComputeHash(data); }
        }
        """;

    private static async Task<List<string>> Run(DiagnosticAnalyzer? extra)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        var trees = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText(Code.Replace("Orders", "Orders" + i), path: $"/src/Orders{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create("Shop", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = extra is null ? CSharpAnalysis.Analyzers : CSharpAnalysis.Analyzers.Add(extra);
        var cwa = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var run = await CandidateAnalysis.RunAsync(cwa, compilation.SyntaxTrees.ToList(), 2, default, strategy: AnalysisStrategy.Whole);
        return run.Diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath} {d.Location.SourceSpan} {d.GetMessage()}").ToList();
    }

    [Fact]
    public async Task The_cache_is_found_and_dropping_it_all_the_time_changes_no_finding()
    {
        var plain = await Run(null);
        using var release = new ModelCacheRelease(1);

        var released = await Run(release);
        release.Clear();

        Assert.Null(release.Error);
        Assert.True(release.Clears >= 1);
        Assert.Equal(plain, released);
        Assert.True(plain.Count(d => d.StartsWith("CMP", StringComparison.Ordinal)) >= 20);
    }
}
