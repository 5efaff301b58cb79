namespace Compliance.Cli.Output;

using Spectre.Console;

/// <summary>
/// A live status line on a terminal (Spectre.Console, on stderr); nothing at all when stderr is
/// redirected (CI), so logs stay quiet and outputs stay byte-identical.
/// </summary>
public sealed class ProgressDisplay
{
    private readonly TextWriter _stderr;
    private readonly bool _interactive;

    public ProgressDisplay(TextWriter stderr)
    {
        _stderr = stderr;
        _interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
                       && Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    }

    /// <summary>
    /// COMPLIANCE_PROFILE lines: the process's resident set, the GC heap after the last collection, and what the
    /// last full (gen2) collection found alive and left as heap: RSS and heap above that live figure are garbage
    /// the GC has not yet collected or given back, not data the scan holds (issue 16: memory).
    /// </summary>
    internal static string Memory()
    {
        const double MiB = 1024 * 1024;
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return $"[rss {Environment.WorkingSet / MiB:F0} MiB, heap {last.HeapSizeBytes / MiB:F0} MiB; last gen2 (#{full.Index}): " +
               $"{full.PromotedBytes / MiB:F0} MiB alive of {full.HeapSizeBytes / MiB:F0} MiB]";
    }

    public async Task<T> RunAsync<T>(Func<Action<string>, Task<T>> work)
    {
        if (Environment.GetEnvironmentVariable("COMPLIANCE_PROFILE") == "1")
        {
            // bench/: phase timings on stderr instead of a spinner, with the memory they leave held.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return await work(message => _stderr.WriteLine($"phase {clock.Elapsed.TotalSeconds:F2}s {message} {Memory()}"));
        }
        if (!_interactive) return await work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_stderr) });
        T result = default!;
        await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Scanning…", async ctx =>
        {
            result = await work(message => ctx.Status(Markup.Escape(message)));
        });
        return result;
    }
}
