namespace Compliance.Cli.Scanning;

using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

/// <summary>Options for how C# is loaded. Loading a project runs that repository's MSBuild code.</summary>
public sealed record CSharpLoadOptions(bool Restore, bool Untrusted)
{
    /// <summary>Analyzer option defaults from compliance.yaml (an .editorconfig value wins).</summary>
    public IReadOnlyDictionary<string, string> AnalyzerDefaults { get; init; } = new Dictionary<string, string>();
    /// <summary>--changed-since: full paths of the only files to analyse (the rest is compiled as context); null = all.</summary>
    public IReadOnlySet<string>? AnalyseOnly { get; init; }
}

/// <summary>What the analyzers reported on the C# of a scan.</summary>
public sealed class CSharpAnalysisResult
{
    public List<Diagnostic> Diagnostics { get; } = [];
    /// <summary>Relative paths of every C# file analysed.</summary>
    public SortedSet<string> AnalysedFiles { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> FilesWithErrors { get; } = new(StringComparer.Ordinal);
    /// <summary>Relative paths of files compiled in a test project (references a unit-test framework): context <c>test</c>.</summary>
    public SortedSet<string> TestProjectFiles { get; } = new(StringComparer.Ordinal);
    /// <summary>"msbuild", "fallback", "mixed" or "none".</summary>
    public string Mode { get; set; } = "none";
    /// <summary>Notices in both languages (results.json keeps both; the writers pick one).</summary>
    public List<Compliance.Rules.Catalog.LocalizedText> Notes { get; } = [];
}

/// <summary>
/// Runs the product's analyzers on the C# under a scan root with full semantic information:
/// projects load through MSBuildWorkspace (restored when needed); a project that cannot be
/// loaded, and C# files outside any project, are compiled against the running runtime's and
/// ASP.NET Core's assemblies instead ("fallback": sinks are matched by name where types do not
/// resolve, so precision is reduced — the summary says so).
/// </summary>
public static class CSharpAnalysis
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> s_analyzers = new(() =>
        typeof(Compliance.Analyzers.RuleIdentifiers).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract
                        && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray());

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => s_analyzers.Value;

    public static async Task<CSharpAnalysisResult> RunAsync(string root, IReadOnlyList<ScanFile> csFiles, IReadOnlyList<ScanFile> projectFiles,
        CSharpLoadOptions options, Action<string> progress, CancellationToken ct)
    {
        var result = new CSharpAnalysisResult();
        if (csFiles.Count == 0) return result;
        var remaining = new Dictionary<string, ScanFile>(StringComparer.Ordinal);
        foreach (var f in csFiles) remaining[Path.GetFullPath(f.FullPath)] = f;

        bool usedMsBuild = false, usedFallback = false;
        var csprojs = projectFiles.Where(p => p.RelativePath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        if (csprojs.Count > 0 && !options.Untrusted)
        {
            usedMsBuild = await AnalyseProjectsAsync(root, csprojs, remaining, options, result, progress, ct);
        }
        else if (csprojs.Count > 0)
        {
            result.Notes.Add(new("不受信任模式：未用 MSBuild 加载项目，使用了回退编译",
                "untrusted mode: projects were not loaded with MSBuild; fallback compilation used"));
        }

        if (remaining.Count > 0 && (options.AnalyseOnly is null || remaining.Keys.Any(options.AnalyseOnly.Contains)))
        {
            usedFallback = true;
            progress($"Compiling {remaining.Count} C# file(s) without a loadable project (fallback)");
            var trees = new List<SyntaxTree>();
            foreach (var f in remaining.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            {
                var text = ReadText(f.FullPath);
                if (text is null) continue;
                trees.Add(CSharpSyntaxTree.ParseText(text, s_parseOptions, path: f.FullPath, cancellationToken: ct));
            }
            var compilation = CSharpCompilation.Create("Compliance.Fallback", trees, FallbackReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            await AnalyseCompilationAsync(root, compilation, GlobalAnalyzerOptionsProvider.Wrap(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), options.AnalyzerDefaults), result, ct,
                options.AnalyseOnly?.ToHashSet(StringComparer.Ordinal));
        }

        result.Mode = (usedMsBuild, usedFallback) switch
        {
            (true, true) => "mixed",
            (true, false) => "msbuild",
            (false, true) => "fallback",
            _ => "none",
        };
        return result;
    }

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    private static async Task<bool> AnalyseProjectsAsync(string root, List<ScanFile> csprojs, Dictionary<string, ScanFile> remaining,
        CSharpLoadOptions options, CSharpAnalysisResult result, Action<string> progress, CancellationToken ct)
    {
        bool any = false;
        using var workspace = MSBuildWorkspace.Create(new Dictionary<string, string>
        {
            // Keep design-time builds quiet and independent of the user's node reuse settings.
            ["BuildingInsideVisualStudio"] = "false",
            ["RunAnalyzers"] = "false",
        });
        var failures = new List<string>();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure) lock (failures) failures.Add(e.Diagnostic.Message);
        });

        foreach (var proj in csprojs)
        {
            ct.ThrowIfCancellationRequested();
            var full = Path.GetFullPath(proj.FullPath);
            if (workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, full, StringComparison.Ordinal))) continue;
            try
            {
                if (options.Restore && !File.Exists(Path.Combine(Path.GetDirectoryName(full)!, "obj", "project.assets.json")))
                {
                    progress($"Restoring {proj.RelativePath}");
                    if (!await RestoreAsync(full, ct)) result.Notes.Add(new($"{proj.RelativePath}：dotnet restore 失败；不经还原加载",
                        $"{proj.RelativePath}: dotnet restore failed; loading without restore"));
                }
                progress($"Loading {proj.RelativePath}");
                failures.Clear();
                await workspace.OpenProjectAsync(full, cancellationToken: ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // MSBuild's reason is English: kept in the en text only.
                result.Notes.Add(new($"{proj.RelativePath}：无法加载（{ex.GetType().Name}）；使用了回退编译",
                    $"{proj.RelativePath}: could not be loaded ({ex.GetType().Name}: {FirstLine(ex.Message)}); fallback compilation used"));
            }
        }

        foreach (var project in workspace.CurrentSolution.Projects.OrderBy(p => p.FilePath, StringComparer.Ordinal))
        {
            if (project.Language != LanguageNames.CSharp) continue;
            var docs = project.Documents.Where(d => d.FilePath is not null && remaining.ContainsKey(Path.GetFullPath(d.FilePath))).ToList();
            if (docs.Count == 0) continue;
            var targets = options.AnalyseOnly is null ? docs : docs.Where(d => options.AnalyseOnly.Contains(Path.GetFullPath(d.FilePath!))).ToList();
            if (targets.Count == 0)
            {
                // Nothing changed in this project: no need to compile it (its files must not go to the fallback either).
                foreach (var d in docs) remaining.Remove(Path.GetFullPath(d.FilePath!));
                any = true;
                continue;
            }
            progress($"Compiling {Rel(root, project.FilePath)}");
            var forScan = ForScan(project);
            // The workspace parses documents one by one inside GetCompilationAsync: parse them on every core first.
            await Parallel.ForEachAsync(forScan.Documents, ct, async (d, token) => await d.GetSyntaxTreeAsync(token));
            var compilation = await forScan.GetCompilationAsync(ct);
            if (compilation is null || compilation.ObjectType.TypeKind == TypeKind.Error)
            {
                result.Notes.Add(new($"{Rel(root, project.FilePath)}：没有可用的引用（未还原？）；使用了回退编译",
                    $"{Rel(root, project.FilePath)}: no usable references (not restored?); fallback compilation used"));
                continue;
            }
            progress($"Analysing {Rel(root, project.FilePath)} ({targets.Count} files)");
            // Only analyse the trees that belong to this scan (generated files and linked files outside it are context only).
            await AnalyseCompilationAsync(root, compilation, GlobalAnalyzerOptionsProvider.Wrap(project.AnalyzerOptions, options.AnalyzerDefaults), result, ct,
                targets.Select(d => Path.GetFullPath(d.FilePath!)).ToHashSet(StringComparer.Ordinal));
            foreach (var d in docs) remaining.Remove(Path.GetFullPath(d.FilePath!));
            any = true;
            progress($"Analysed {Rel(root, project.FilePath)}");
        }
        return any;
    }

    /// <summary>
    /// The project as the scan compiles it: without the project's own analyzers and source
    /// generators (package code that would run on every scan; their output is never a scan target,
    /// and the rules read [LoggerMessage]/[GeneratedRegex] declarations, not the generated bodies),
    /// and with documentation comments parsed as plain comments (the secret rules read their text).
    /// </summary>
    private static Project ForScan(Project project)
    {
        project = project.WithAnalyzerReferences([]);
        return project.ParseOptions is CSharpParseOptions parse && parse.DocumentationMode != DocumentationMode.None
            ? project.WithParseOptions(parse.WithDocumentationMode(DocumentationMode.None))
            : project;
    }

    private static async Task AnalyseCompilationAsync(string root, Compilation compilation, AnalyzerOptions analyzerOptions,
        CSharpAnalysisResult result, CancellationToken ct, HashSet<string>? onlyFiles = null)
    {
        var errors = new List<string>();
        var cwa = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(analyzerOptions,
            onAnalyzerException: (ex, analyzer, diag) => { lock (errors) errors.Add($"{analyzer.GetType().Name}: {ex.GetType().Name}: {FirstLine(ex.Message)}"); },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        var inScope = compilation.SyntaxTrees
            .Where(t => (onlyFiles is null || onlyFiles.Contains(Path.GetFullPath(t.FilePath))) && IsUnder(root, t.FilePath))
            .ToList();
        // Bind only the members where some rule could report (Candidates/CandidateUnits.cs) when that is
        // cheaper than binding everything; COMPLIANCE_FULL_ANALYSIS=1 always analyses the whole compilation.
        var run = await Compliance.Analyzers.Candidates.CandidateAnalysis.RunAsync(cwa, inScope, Environment.ProcessorCount, ct,
            s_profile ? m => Console.Error.WriteLine("phase   " + m) : null,
            s_fullAnalysis ? Compliance.Analyzers.Candidates.AnalysisStrategy.Whole : Compliance.Analyzers.Candidates.AnalysisStrategy.Auto);
        var all = run.Diagnostics.AddRange(run.CompilerErrors);
        foreach (var e in errors.Distinct().Order(StringComparer.Ordinal)) result.Notes.Add(new($"分析器错误（AD0001）：{e}", $"analyzer error (AD0001): {e}"));

        foreach (var tree in inScope) result.AnalysedFiles.Add(Rel(root, tree.FilePath));
        if (Compliance.Analyzers.Common.TestProjectDetector.IsTestProject(compilation))
            foreach (var tree in inScope) result.TestProjectFiles.Add(Rel(root, tree.FilePath));
        // Files with compile errors are still analysed; the summary counts them.
        foreach (var d in all)
        {
            if (d.Id.StartsWith("CMP", StringComparison.Ordinal)) continue;
            if (d.Severity != DiagnosticSeverity.Error || !d.Location.IsInSource) continue;
            var path = d.Location.SourceTree!.FilePath;
            if (onlyFiles is not null && !onlyFiles.Contains(Path.GetFullPath(path))) continue;
            if (IsUnder(root, path)) result.FilesWithErrors.Add(Rel(root, path));
        }
        foreach (var d in all)
        {
            if (!d.Id.StartsWith("CMP", StringComparison.Ordinal)) continue;
            if (!d.Location.IsInSource) continue;
            var path = d.Location.SourceTree!.FilePath;
            if (onlyFiles is not null && !onlyFiles.Contains(Path.GetFullPath(path))) continue;
            if (!IsUnder(root, path)) continue;
            result.Diagnostics.Add(d);
        }
    }

    /// <summary>COMPLIANCE_PROFILE=1: phase timings on stderr (per-analyzer times come from csc's -p:ReportAnalyzer=true, see bench/).</summary>
    private static readonly bool s_profile = Environment.GetEnvironmentVariable("COMPLIANCE_PROFILE") == "1";

    /// <summary>COMPLIANCE_FULL_ANALYSIS=1: analyse every member (the reference the candidate selection is compared against).</summary>
    private static readonly bool s_fullAnalysis = Environment.GetEnvironmentVariable("COMPLIANCE_FULL_ANALYSIS") == "1";

    /// <summary>The running runtime's assemblies plus the ASP.NET Core shared framework beside it.</summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FallbackReferences = new(() =>
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dirs = new List<string> { runtimeDir };
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(runtimeDir));
        var aspnetRoot = shared is null ? null : Path.Combine(shared, "Microsoft.AspNetCore.App");
        if (aspnetRoot is not null && Directory.Exists(aspnetRoot))
        {
            var version = Path.GetFileName(runtimeDir);
            var match = Path.Combine(aspnetRoot, version);
            var pick = Directory.Exists(match) ? match : Directory.GetDirectories(aspnetRoot).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault();
            if (pick is not null) dirs.Add(pick);
        }
        var refs = new List<MetadataReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dir in dirs)
            foreach (var dll in Directory.GetFiles(dir, "*.dll").Order(StringComparer.Ordinal))
                if (seen.Add(Path.GetFileName(dll)) && IsManaged(dll)) refs.Add(MetadataReference.CreateFromFile(dll));
        return refs;
    });

    private static bool IsManaged(string path)
    {
        try
        {
            using var s = File.OpenRead(path);
            using var pe = new PEReader(s);
            return pe.HasMetadata;
        }
        catch { return false; }
    }

    private static Microsoft.CodeAnalysis.Text.SourceText? ReadText(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return TextDecoder.TryDecode(bytes, out var text, out _) == TextDecoder.Kind.Text
                ? Microsoft.CodeAnalysis.Text.SourceText.From(text, System.Text.Encoding.UTF8)
                : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static async Task<bool> RestoreAsync(string project, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("dotnet", ["restore", project, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try { await p.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { try { p.Kill(true); } catch { } return false; }
        await Task.WhenAll(stdout, stderr);
        return p.ExitCode == 0;
    }

    internal static bool IsUnder(string root, string path)
    {
        var rel = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return !rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel);
    }

    internal static string Rel(string root, string? path) => path is null ? "" : FileInventory.Rel(Path.GetFullPath(root), Path.GetFullPath(path));

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
