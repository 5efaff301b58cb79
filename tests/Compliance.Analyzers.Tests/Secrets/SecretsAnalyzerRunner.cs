namespace Compliance.Analyzers.Tests.Secrets;

using System.Collections.Immutable;
using Compliance.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.CSharp.Testing;

/// <summary>All five secret analyzers together, as in a real build (one finding per location across rules).</summary>
public sealed class SecretsTest : CSharpAnalyzerTest<KnownTokenFormatAnalyzer, DefaultVerifier>
{
    public SecretsTest()
    {
        ReferenceAssemblies = TestReferences.Net100;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => SecretsAnalyzerRunner.All;

    public static Task VerifyAsync(string source, params (string Path, string Text)[] additionalFiles)
    {
        var test = new SecretsTest { TestCode = source };
        foreach (var f in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((f.Path, SourceText.From(f.Text)));
        }

        return test.RunAsync();
    }

    public static Task VerifyBrokenAsync(string source)
    {
        var test = new SecretsTest { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        return test.RunAsync();
    }
}

/// <summary>Runs the analyzers directly on a compilation to inspect messages and properties (what the CLI reads).</summary>
public static class SecretsAnalyzerRunner
{
    public static readonly DiagnosticAnalyzer[] All =
    {
        new HardcodedCredentialInSinkAnalyzer(), new SecretNamedSymbolAnalyzer(), new KnownTokenFormatAnalyzer(),
        new ConnectionStringWithPasswordAnalyzer(), new SecretInConfigurationFileAnalyzer(),
    };

    private static readonly ImmutableArray<MetadataReference> Runtime = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToImmutableArray();

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, IEnumerable<(string Path, string Text)>? additionalFiles = null, IEnumerable<MetadataReference>? extra = null)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "/src/Test0.cs");
        var compilation = CSharpCompilation.Create("Consumer", new[] { tree }, Runtime.AddRange(extra ?? Array.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var files = (additionalFiles ?? Array.Empty<(string, string)>()).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = new AnalyzerOptions(files);
        var withAnalyzers = compilation.WithAnalyzers(All.ToImmutableArray(), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        var crashes = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
        return all.Where(d => d.Id.StartsWith("CMP1", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
