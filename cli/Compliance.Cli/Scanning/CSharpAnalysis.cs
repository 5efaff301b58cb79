namespace Compliance.Cli.Scanning;

using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.Extensions.FileSystemGlobbing;

/// <summary>Options for how C# is loaded. Loading a project runs that repository's MSBuild code.</summary>
public sealed record CSharpLoadOptions(bool Restore, bool Untrusted)
{
    /// <summary>Analyzer option defaults from compliance.yaml (an .editorconfig value wins).</summary>
    public IReadOnlyDictionary<string, string> AnalyzerDefaults { get; init; } = new Dictionary<string, string>();
    /// <summary>--changed-since: full paths of the only files to analyse (the rest is compiled as context); null = all.</summary>
    public IReadOnlySet<string>? AnalyseOnly { get; init; }

    /// <summary>compliance.yaml <c>generated.paths</c>: scan-root-relative globs of further files to treat as generated.</summary>
    public IReadOnlyList<string> GeneratedPaths { get; init; } = [];

    /// <summary>compliance.yaml <c>generated.analyse: true</c>: analyse generated code like any other.</summary>
    public bool AnalyseGenerated { get; init; }

    /// <summary>The scan's project files as already parsed (the test-project split read them first); null = read here.</summary>
    public ProjectXmlCache? ProjectXml { get; init; }
}

/// <summary>What the analyzers reported on the C# of a scan.</summary>
public sealed class CSharpAnalysisResult
{
    public List<Diagnostic> Diagnostics { get; } = [];
    /// <summary>Relative paths of every C# file analysed.</summary>
    public SortedSet<string> AnalysedFiles { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> FilesWithErrors { get; } = new(StringComparer.Ordinal);
    /// <summary>Relative paths of files compiled in a test project (the compilation references a unit-test framework). The
    /// project files' verdict (<see cref="Scanning.TestProjectFiles"/>) is joined in by the scan pipeline.</summary>
    public SortedSet<string> TestProjectFiles { get; } = new(StringComparer.Ordinal);
    /// <summary>Relative paths of the C# files treated as generated (not analysed, still compiled for binding), with why.</summary>
    public SortedDictionary<string, string> GeneratedFiles { get; } = new(StringComparer.Ordinal);
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
            // Read and parse on every core (the project path parses in parallel too); the order stays the files' order.
            var files = remaining.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToArray();
            var parsed = new SyntaxTree?[files.Length];
            Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var text = ReadText(files[i].FullPath);
                if (text is null) return;
                var tree = CSharpSyntaxTree.ParseText(text, s_parseOptions, path: files[i].FullPath, cancellationToken: ct);
                // Before the compilation exists, so the full migration trees are not kept alive beside it (MigrationBodies).
                if (!options.AnalyseGenerated && Compliance.Analyzers.Common.GeneratedCode.FileReason(tree, ct) is not null) tree = MigrationBodies.Strip(tree, ct);
                parsed[i] = tree;
            });
            var trees = parsed.OfType<SyntaxTree>().ToList();
            // what the SDK would import implicitly (obj/…GlobalUsings.g.cs does not exist here)
            if (ImplicitUsings.Tree(projectFiles, root, s_parseOptions, options.ProjectXml) is { } usings) trees.Add(usings);
            var compilation = CSharpCompilation.Create("Compliance.Fallback", trees, FallbackReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            await AnalyseCompilationAsync(root, compilation, GlobalAnalyzerOptionsProvider.Wrap(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), options.AnalyzerDefaults), options, result, ct,
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

    private static readonly CSharpParseOptions s_parseOptions = ScanParseOptions(new(LanguageVersion.Preview, DocumentationMode.None));

    /// <summary>
    /// Parse options of every compilation the scan analyses: documentation comments parsed as plain comments
    /// (the secret rules read their text) and the compiler's nullable flow analysis off. No rule reads
    /// nullable flow states, and that pass costs time quadratic in the depth of a nested expression (it
    /// computes a location per operand conversion by walking down the left spine): a generated 200,000-term
    /// concatenation took minutes to bind with it and seconds without. Declared annotations (<c>string?</c>)
    /// still bind; <c>dotnet build</c> is unaffected (this only changes the CLI's own compilations).
    /// </summary>
    internal static CSharpParseOptions ScanParseOptions(CSharpParseOptions parse) =>
        parse.WithDocumentationMode(DocumentationMode.None)
            .WithFeatures(parse.Features.Where(f => f.Key != "run-nullable-analysis").Append(new("run-nullable-analysis", "never")));

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

        if (options.Restore) await RestoreAllAsync(csprojs, result, progress, ct);

        foreach (var proj in csprojs)
        {
            ct.ThrowIfCancellationRequested();
            var full = Path.GetFullPath(proj.FullPath);
            if (workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, full, StringComparison.Ordinal))) continue;
            try
            {
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
            await AnalyseCompilationAsync(root, compilation, GlobalAnalyzerOptionsProvider.Wrap(project.AnalyzerOptions, options.AnalyzerDefaults), options, result, ct,
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
    /// and with the scan's parse options (<see cref="ScanParseOptions"/>).
    /// </summary>
    private static Project ForScan(Project project)
    {
        project = project.WithAnalyzerReferences([]);
        return project.ParseOptions is CSharpParseOptions parse ? project.WithParseOptions(ScanParseOptions(parse)) : project;
    }

    private static async Task AnalyseCompilationAsync(string root, Compilation compilation, AnalyzerOptions analyzerOptions, CSharpLoadOptions options,
        CSharpAnalysisResult result, CancellationToken ct, HashSet<string>? onlyFiles = null)
    {
        var errors = new List<string>();
        var inScope = compilation.SyntaxTrees
            .Where(t => IsScanFile(root, t.FilePath) && (onlyFiles is null || onlyFiles.Contains(Path.GetFullPath(t.FilePath))))
            .ToList();
        // Generated code stays in the compilation (the rest binds against it) but is not analysed: out of the
        // candidate search, and marked generated in the analyzer options, so the driver skips it in a whole run too.
        var generated = new HashSet<SyntaxTree>();
        if (!options.AnalyseGenerated)
        {
            var extra = GeneratedPathMatcher(options.GeneratedPaths);
            foreach (var tree in inScope)
            {
                var rel = Rel(root, tree.FilePath);
                var reason = extra is not null && extra.Match(rel).HasMatches ? "compliance.yaml generated.paths"
                    : Compliance.Analyzers.Common.GeneratedCode.FileReason(tree, ct);
                if (reason is null) continue;
                generated.Add(tree);
                result.GeneratedFiles[rel] = reason;
            }
            inScope.RemoveAll(generated.Contains);
            // No body of a generated migration is analysed or bound against: a whole run need not bind it (MigrationBodies).
            (compilation, generated) = MigrationBodies.StripIn(compilation, generated, ct);
        }
        analyzerOptions = GeneratedCodeOptionsProvider.Wrap(analyzerOptions, generated, options.AnalyseGenerated);
        var cwa = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(analyzerOptions,
            onAnalyzerException: (ex, analyzer, diag) => { lock (errors) errors.Add($"{analyzer.GetType().Name}: {ex.GetType().Name}: {FirstLine(ex.Message)}"); },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        // Bind only the members where some rule could report (Candidates/CandidateUnits.cs) when that is
        // cheaper than binding everything; COMPLIANCE_FULL_ANALYSIS=1 always analyses the whole compilation.
        var run = await Compliance.Analyzers.Candidates.CandidateAnalysis.RunAsync(cwa, inScope, Environment.ProcessorCount, ct,
            s_profile ? m => Console.Error.WriteLine("phase   " + m + " " + Compliance.Cli.Output.ProgressDisplay.Memory()) : null,
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
            if (IsScanFile(root, path)) result.FilesWithErrors.Add(Rel(root, path));
        }
        foreach (var d in all)
        {
            if (!d.Id.StartsWith("CMP", StringComparison.Ordinal)) continue;
            if (!d.Location.IsInSource) continue;
            var path = d.Location.SourceTree!.FilePath;
            if (onlyFiles is not null && !onlyFiles.Contains(Path.GetFullPath(path))) continue;
            if (!IsScanFile(root, path)) continue;
            result.Diagnostics.Add(d);
        }
    }

    /// <summary>A tree of the scanned files: under the root, and not the fallback's generated implicit usings.</summary>
    private static bool IsScanFile(string root, string path) => path != ImplicitUsings.TreePath && IsUnder(root, path);

    private static Matcher? GeneratedPathMatcher(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0) return null;
        var m = new Matcher(StringComparison.Ordinal);
        foreach (var g in globs) m.AddInclude(g.EndsWith('/') ? g + "**/*" : g);
        return m;
    }

    /// <summary>
    /// The analyzer options with the scan's verdict on generated code as the <c>generated_code</c> option that
    /// Roslyn's driver and <see cref="Compliance.Analyzers.Common.GeneratedCode"/> read: the trees the scan treats
    /// as generated are marked so (the analyzers skip them, as they skip Roslyn's own generated files); with
    /// <c>generated.analyse: true</c> every tree is marked not generated, so even files with an
    /// <c>&lt;auto-generated&gt;</c> header are analysed. Every other option comes from the project as before.
    /// </summary>
    private sealed class GeneratedCodeOptionsProvider(AnalyzerConfigOptionsProvider inner, HashSet<SyntaxTree> generated, bool analyseAll)
        : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            analyseAll ? new Marked(inner.GetOptions(tree), "false")
            : generated.Contains(tree) ? new Marked(inner.GetOptions(tree), "true")
            : inner.GetOptions(tree);

        public static AnalyzerOptions Wrap(AnalyzerOptions options, HashSet<SyntaxTree> generated, bool analyseAll) =>
            !analyseAll && generated.Count == 0 ? options
            : new AnalyzerOptions(options.AdditionalFiles, new GeneratedCodeOptionsProvider(options.AnalyzerConfigOptionsProvider, generated, analyseAll));

        private sealed class Marked(AnalyzerConfigOptions inner, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? result)
            {
                if (key == Compliance.Analyzers.Common.GeneratedCode.OptionKey) { result = value; return true; }
                return inner.TryGetValue(key, out result);
            }
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

    /// <summary>Restoring every project of a scan root together may take this long, then the rest load without restore.</summary>
    internal static TimeSpan RestoreTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Restores the root's never-restored projects in one bounded step (docs/decisions.md "Restore"): each
    /// project on its own (never a .sln, which reaches outside the root), as many at once as there are cores,
    /// all within <see cref="RestoreTimeout"/>. The first failure that looks like no feed access (NU1301:
    /// the service index cannot be loaded) skips the restores not yet started — they would fail the same
    /// way, each after its own network timeouts. Whatever failed is said once, in one notice.
    /// </summary>
    private static async Task RestoreAllAsync(List<ScanFile> csprojs, CSharpAnalysisResult result, Action<string> progress, CancellationToken ct)
    {
        var pending = csprojs.Where(p => !File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(p.FullPath))!, "obj", "project.assets.json"))).ToList();
        if (pending.Count == 0) return;
        progress($"Restoring {pending.Count} project(s)");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(RestoreTimeout);
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var skipped = new System.Collections.Concurrent.ConcurrentBag<string>();
        var noFeed = 0;
        try
        {
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = bounded.Token },
                async (proj, token) =>
                {
                    if (Volatile.Read(ref noFeed) != 0) { skipped.Add(proj.RelativePath); return; }
                    var (ok, output) = await RestoreAsync(Path.GetFullPath(proj.FullPath), token);
                    if (ok) return;
                    failed.Add(proj.RelativePath);
                    if (LooksLikeNoFeedAccess(output)) Interlocked.Exchange(ref noFeed, 1);
                });
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            foreach (var p in pending)
                if (!failed.Contains(p.RelativePath) && !skipped.Contains(p.RelativePath)
                    && !File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(p.FullPath))!, "obj", "project.assets.json")))
                    skipped.Add(p.RelativePath);
            result.Notes.Add(new($"dotnet restore 未在 {RestoreTimeout.TotalMinutes:0} 分钟内完成；项目不经还原加载",
                $"dotnet restore did not finish within {RestoreTimeout.TotalMinutes:0} minutes; the projects load without it"));
        }
        if (failed.IsEmpty && skipped.IsEmpty) return;
        var why = noFeed != 0 ? " (no package feed could be reached: the remaining restores were skipped)" : "";
        var whyZh = noFeed != 0 ? "（无法访问任何包源：其余还原已跳过）" : "";
        var list = string.Join(", ", failed.Order(StringComparer.Ordinal));
        var notRestored = string.Join(", ", skipped.Distinct().Order(StringComparer.Ordinal));
        var en = $"dotnet restore failed for {failed.Count} project(s){why}: {list}";
        var zh = $"{failed.Count} 个项目 dotnet restore 失败{whyZh}：{list}";
        if (!skipped.IsEmpty) { en += $"; not restored: {notRestored}"; zh += $"；未还原：{notRestored}"; }
        result.Notes.Add(new(zh + "；这些项目不经还原加载（其包中的类型可能无法解析）",
            en + "; they load without restore (types from their packages may not resolve)"));
    }

    /// <summary>NU1301 (service index unreachable) and NU1801 (a source failed): the feeds, not this project.</summary>
    internal static bool LooksLikeNoFeedAccess(string restoreOutput) =>
        restoreOutput.Contains("NU1301", StringComparison.Ordinal) || restoreOutput.Contains("NU1801", StringComparison.Ordinal);

    private static async Task<(bool Ok, string Output)> RestoreAsync(string project, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("dotnet", ["restore", project, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = p.StandardError.ReadToEndAsync(CancellationToken.None);
        try { await p.WaitForExitAsync(ct); }
        catch (OperationCanceledException) { try { p.Kill(true); } catch { } throw; }
        await Task.WhenAll(stdout, stderr);
        return (p.ExitCode == 0, stdout.Result + stderr.Result);
    }

    internal static bool IsUnder(string root, string path)
    {
        var rel = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return !rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel);
    }

    internal static string Rel(string root, string? path) => path is null ? "" : FileInventory.Rel(Path.GetFullPath(root), Path.GetFullPath(path));

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
