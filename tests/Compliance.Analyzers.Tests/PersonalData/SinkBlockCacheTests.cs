namespace Compliance.Analyzers.Tests.PersonalData;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Compliance.Analyzers.PersonalData;
using Compliance.Analyzers.PersonalData.Flow;
using Compliance.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

/// <summary>
/// Issue 16, sixteenth session (branch perf12): the sink rules share each operation block's sink search through a
/// per-block entry keyed by the block's first operation. The driver keeps every member's operation tree until the
/// whole compilation is analysed, so an entry kept alive by its key held the block's operation list and sink hits
/// for the whole run. The last sink rule to read an entry now drops it; the findings do not change.
/// </summary>
public class SinkBlockCacheTests
{
    private const string Source = """
        using System;
        using Microsoft.Extensions.Logging;
        public class Customer { public string Phone { get; set; } = ""; public string Email { get; set; } = ""; public int Id { get; set; } }
        public class Service
        {
            private readonly ILogger _log;
            public Service(ILogger log) { _log = log; }
            public void Created(Customer c) => _log.LogInformation("created {Email}", c.Email);
            public void Called(Customer c) { _log.LogInformation("called {Phone}", c.Phone); }
            public void Plain(Customer c) { _log.LogInformation("plain {Id}", c.Id); }
            public string Echo(Customer c) => throw new InvalidOperationException("no " + c.Email);
            public Customer Current { get { var c = new Customer(); _log.LogInformation("get {Id}", c.Id); return c; } }
        }
        """;

    private static ConcurrentDictionary<string, PiiSinkAnalyzerBase.BlockEntryCounts> Install()
    {
        Interlocked.CompareExchange(ref PiiSinkAnalyzerBase.TestCounts, new ConcurrentDictionary<string, PiiSinkAnalyzerBase.BlockEntryCounts>(), null);
        return PiiSinkAnalyzerBase.TestCounts!;
    }

    private static async Task<(List<string> Diagnostics, PiiSinkAnalyzerBase.BlockEntryCounts Counts)> Run(string assembly, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var counts = Install(); // before the run: the rules look the table up at compilation start
        var refs = await TestReferences.ResolveAspNetAsync();
        var compilation = CSharpCompilation.Create(assembly, [CSharpSyntaxTree.ParseText(Source, path: "Service.cs")], refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var keys = diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal).ToList();
        return (keys, counts[assembly]);
    }

    [Fact]
    public async Task Every_block_entry_is_dropped_once_all_sink_rules_have_read_it_and_the_findings_stay()
    {
        var all = AnalyzerRobustnessTests.AllAnalyzers();
        Assert.True(all.Count(a => a is PiiSinkAnalyzerBase) >= 6, "the sink rules were not all discovered");
        var (diagnostics, counts) = await Run("SinkBlockCacheAll", all);

        // Created, Echo, Called, Plain, the constructor, the getter: one entry per block with operations, all dropped.
        Assert.True(counts.Created >= 6, $"only {counts.Created} block entries");
        Assert.Equal(counts.Created, counts.Dropped);
        Assert.Contains(diagnostics, d => d.StartsWith("CMP3001 ", StringComparison.Ordinal) && d.Contains("Email", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.StartsWith("CMP3001 ", StringComparison.Ordinal) && d.Contains("Phone", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains("{Id}", StringComparison.Ordinal));

        // One sink rule alone: each entry is dropped after its one read, with that rule's findings of the full run.
        var (logged, alone) = await Run("SinkBlockCacheLogged", [new PersonalDataLoggedAnalyzer()]);
        Assert.Equal(counts.Created, alone.Created);
        Assert.Equal(alone.Created, alone.Dropped);
        Assert.Equal(diagnostics.Where(d => d.StartsWith("CMP3001 ", StringComparison.Ordinal)), logged);
    }
}
