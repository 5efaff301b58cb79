namespace Compliance.Analyzers.Tests.Hashing;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Runs an analyzer the way a build does (ids off by default stay off, options from a
/// .globalconfig) and returns its diagnostics with their properties, which the markup verifier
/// does not compare.
/// </summary>
internal static class HashingHarness
{
    private static ImmutableArray<MetadataReference>? _references;

    public static async Task<ImmutableArray<MetadataReference>> ReferencesAsync()
    {
        _references ??= await TestReferences.ResolveAspNetAsync();
        return _references.Value;
    }

    public static Task<ImmutableArray<Diagnostic>> RunAsync<TAnalyzer>(
        string source, string? globalConfig = null, IEnumerable<MetadataReference>? extraReferences = null)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        RunAsync(source, [new TAnalyzer()], globalConfig, extraReferences);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        string source, DiagnosticAnalyzer[] analyzers, string? globalConfig = null, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Test0.cs");
        var references = (await ReferencesAsync()).AddRange(extraReferences ?? []);
        var compilation = CSharpCompilation.Create("Consumer", [tree], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var configOptions = new GlobalConfigOptionsProvider(globalConfig);
        var options = new AnalyzerOptions([], configOptions);
        // Honour isEnabledByDefault and dotnet_diagnostic.<id>.severity like the compiler does.
        var specific = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
        foreach (var d in analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            if (configOptions.Severity(d.Id) is { } configured) specific[d.Id] = configured;
            else if (!d.IsEnabledByDefault) specific[d.Id] = ReportDiagnostic.Suppress;
        }
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific.ToImmutable()));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var withAnalyzers = compilation.WithAnalyzers([.. analyzers], options);
        var result = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return result.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>Compiles a tiny assembly with the given name (e.g. "xunit.core") to stand in for a test framework.</summary>
    public static MetadataReference FakeAssembly(string name, string source)
    {
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)],
            ReferencesAsync().GetAwaiter().GetResult(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private sealed class GlobalConfigOptionsProvider(string? text) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(Parse(text));
        public override AnalyzerConfigOptions GlobalOptions => _options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        public ReportDiagnostic? Severity(string id) =>
            _options.TryGetValue($"dotnet_diagnostic.{id}.severity", out var s)
                ? s switch { "error" => ReportDiagnostic.Error, "warning" => ReportDiagnostic.Warn, "suggestion" => ReportDiagnostic.Info, "none" => ReportDiagnostic.Suppress, _ => ReportDiagnostic.Default }
                : null;

        private static Dictionary<string, string> Parse(string? text)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in (text ?? "").Split('\n'))
            {
                var i = line.IndexOf('=');
                if (i > 0) values[line[..i].Trim()] = line[(i + 1)..].Trim();
            }
            return values;
        }

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
