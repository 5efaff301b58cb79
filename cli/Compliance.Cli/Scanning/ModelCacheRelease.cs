namespace Compliance.Cli.Scanning;

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// EXPERIMENT (perf13, COMPLIANCE_RELEASE_MODELS=MS): every MS milliseconds, drop the analyzer driver's cache of semantic
/// models for the compilation it analyses (Roslyn's internal CachingSemanticModelProvider, by reflection), so that the
/// bound and IOperation trees of members already analysed can be collected before the whole run ends.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ModelCacheRelease : DiagnosticAnalyzer, IDisposable
{
    private static readonly DiagnosticDescriptor Never = new("CMPX999", "never reported", "never reported", "Experiment", DiagnosticSeverity.Hidden, true);
    private readonly int _intervalMs;
    private readonly List<Compilation> _compilations = [];
    private Timer? _timer;
    public int Clears;
    public string? Error;

    public ModelCacheRelease(int intervalMs) => _intervalMs = intervalMs;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            lock (_compilations)
            {
                _compilations.Add(start.Compilation);
                _timer ??= new Timer(_ => Clear(), null, _intervalMs, _intervalMs);
            }
        });
    }

    /// <summary>Drops the caches now (the timer's work).</summary>
    internal void Clear()
    {
        try
        {
            Compilation[] all;
            lock (_compilations) all = [.. _compilations];
            foreach (var c in all)
            {
                var provider = typeof(Compilation).GetProperty("SemanticModelProvider", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(c);
                if (provider is null) { Error = "no provider"; continue; }
                var clear = provider.GetType().GetMethods(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                    .First(m => m.Name == "ClearCache" && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(Compilation));
                clear.Invoke(provider, [c]);
                Interlocked.Increment(ref Clears);
            }
        }
        catch (Exception e)
        {
            Error = e.GetType().Name + ": " + e.Message;
        }
    }

    public void Dispose() => _timer?.Dispose();
}
