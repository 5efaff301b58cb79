namespace Compliance.Cli.Scanning;

using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Adds compliance.yaml settings (e.g. passwordHashProfile → compliance.password_hash_profile) to
/// the analyzers' options as defaults: a project's .editorconfig/.globalconfig still wins.
/// </summary>
internal sealed class GlobalAnalyzerOptionsProvider(AnalyzerConfigOptionsProvider? inner, IReadOnlyDictionary<string, string> defaults)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions => new Overlay(inner?.GlobalOptions, defaults);
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Overlay(inner?.GetOptions(tree), defaults);
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Overlay(inner?.GetOptions(textFile), defaults);

    public static AnalyzerOptions Wrap(AnalyzerOptions options, IReadOnlyDictionary<string, string> defaults) =>
        defaults.Count == 0 ? options : new AnalyzerOptions(options.AdditionalFiles, new GlobalAnalyzerOptionsProvider(options.AnalyzerConfigOptionsProvider, defaults));

    private sealed class Overlay(AnalyzerConfigOptions? inner, IReadOnlyDictionary<string, string> defaults) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (inner is not null && inner.TryGetValue(key, out value)) return true;
            return defaults.TryGetValue(key, out value);
        }
    }
}
