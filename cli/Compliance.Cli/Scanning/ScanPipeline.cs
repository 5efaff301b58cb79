namespace Compliance.Cli.Scanning;

using System.Security.Cryptography;
using System.Text;
using Compliance.PolicyEngine;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>Everything a scan needs to know, from the command line and compliance.yaml.</summary>
public sealed record ScanRequest
{
    public required string Root { get; init; }
    /// <summary>The PATH as the user gave it (results.json keeps it; never an absolute path we invented).</summary>
    public required string RootAsGiven { get; init; }
    public string? OutputDirectory { get; init; }
    public string Lang { get; init; } = "zh-CN";
    public string? AsOf { get; init; }
    public bool Restore { get; init; } = true;
    public bool Untrusted { get; init; }
    public long MaxFileSize { get; init; } = 16L * 1024 * 1024;
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public PolicyOptions PolicyOptions { get; init; } = new();
    /// <summary>Lower-case hex SHA-256 digests of secret values accepted on purpose (compliance.yaml secretAllowlist).</summary>
    public IReadOnlySet<string> SecretAllowlist { get; init; } = new HashSet<string>();
    /// <summary>Analyzer option defaults (compliance.* keys) from compliance.yaml.</summary>
    public IReadOnlyDictionary<string, string> AnalyzerDefaults { get; init; } = new Dictionary<string, string>();
    /// <summary>--changed-since REF: report only findings in files changed since the merge base with REF.</summary>
    public string? ChangedSince { get; init; }
    /// <summary>compliance.yaml <c>contexts:</c> overrides (first match wins).</summary>
    public IReadOnlyList<Compliance.Rules.Configuration.ContextRule> Contexts { get; init; } = [];
    /// <summary>compliance.yaml <c>generated.paths</c>: further globs of C# files to treat as generated.</summary>
    public IReadOnlyList<string> GeneratedPaths { get; init; } = [];
    /// <summary>compliance.yaml <c>generated.analyse</c>: analyse generated code anyway.</summary>
    public bool AnalyseGenerated { get; init; }
}

/// <summary>
/// One scan, start to end: select files → (analyzers | policy engine | text secret scan) →
/// findings joined with the catalog → claims. Per-file problems become findings or skipped
/// notes; nothing stops the scan.
/// </summary>
public static class ScanPipeline
{
    public const string ParseErrorRule = "CMP9001";
    public const string UnreadableRule = "CMP9002";
    /// <summary>Notice code: --changed-since could not be honoured (REF not in a shallow clone), everything was scanned.</summary>
    public const string ChangedSinceFallback = "changed-since-fallback";
    /// <summary>Notice code: git could not list the committed files while a .gitignore left files out (once per scan).</summary>
    public const string GitUnavailable = "git-unavailable";

    public static async Task<ScanResult> RunAsync(ScanRequest request, RuleCatalog catalog, Action<string> progress, CancellationToken ct)
    {
        var result = new ScanResult();
        result.Tool.Version = ToolVersion;
        result.Tool.CatalogVersion = catalog.Version;
        result.Scan.Root = request.RootAsGiven;
        result.Scan.Lang = request.Lang;
        result.Scan.AsOf = request.AsOf;
        result.Scan.Repository = Git.Describe(request.Root);
        ChangeSet? changes = null;
        if (request.ChangedSince is { } since)
        {
            changes = ChangeSet.Compute(request.Root, since, out var fallback);
            if (changes is null) result.Notices.Add(Notice.Of(ChangedSinceFallback, fallback!, request.Lang));
        }

        progress("Selecting files");
        var inventory = FileInventory.Collect(request.Root, request.OutputDirectory, request.Include, request.Exclude);
        result.Skipped.AddRange(inventory.Skipped);
        if (inventory.GitFailure is { } gitFailure)
            result.Notices.Add(Notice.Of(GitUnavailable, new LocalizedText(
                $"无法向 git 查询已提交的文件（{gitFailure}）：.gitignore 规则应用于所有文件，与之匹配的已提交文件未被扫描。",
                $"Could not ask git which files are committed ({gitFailure}): .gitignore patterns were applied to every file, so committed files that match one were not scanned."), request.Lang));

        var findings = new List<Finding>();
        var examined = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var csFiles = new List<ScanFile>();
        var projects = new List<ScanFile>();
        var configFiles = new List<ConfigFile>();
        var inputHashes = new List<(string Path, string Hash)>();

        foreach (var file in inventory.Files)
        {
            ct.ThrowIfCancellationRequested();
            var ext = Path.GetExtension(file.RelativePath).ToLowerInvariant();
            if (file.Length > request.MaxFileSize)
            {
                findings.Add(new Finding
                {
                    RuleId = UnreadableRule, File = file.RelativePath, Anchor = "size",
                    Message = $"File is larger than the size limit ({file.Length / (1024 * 1024)} MiB > {request.MaxFileSize / (1024 * 1024)} MiB) and was not checked. Raise maxFileSizeMb in compliance.yaml or exclude it.",
                    MessageZh = $"文件超过大小上限（{file.Length / (1024 * 1024)} MiB > {request.MaxFileSize / (1024 * 1024)} MiB），未被检查。请在 compliance.yaml 中调高 maxFileSizeMb，或排除该文件。",
                });
                result.Skipped.Add(SkippedFile.Of(file.RelativePath, new LocalizedText("超过文件大小上限", "over the size limit")));
                continue;
            }
            byte[] bytes;
            try { bytes = await File.ReadAllBytesAsync(file.FullPath, ct); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The OS's reason is English (or the machine's language): kept in the en text only.
                findings.Add(new Finding
                {
                    RuleId = UnreadableRule, File = file.RelativePath, Anchor = "read",
                    Message = $"File could not be read: {ex.Message}",
                    MessageZh = $"文件无法读取（{(ex is UnauthorizedAccessException ? "没有读取权限" : "输入输出错误")}），未被检查。",
                });
                result.Skipped.Add(SkippedFile.Of(file.RelativePath, new LocalizedText("无法读取", "unreadable")));
                continue;
            }
            inputHashes.Add((file.RelativePath, System.Convert.ToHexStringLower(SHA256.HashData(bytes))));

            var kind = TextDecoder.TryDecode(bytes, out var text, out _);
            if (kind != TextDecoder.Kind.Text)
            {
                if (Compliance.Analyzers.Secrets.Detection.TextSecretScanner.IsKeyStoreFile(file.RelativePath))
                {
                    // A committed key store (.pfx/.p12/.jks/.ppk) is a secret even though it is binary (.snk strong-name keys are not).
                    foreach (var m in Compliance.Analyzers.Secrets.Detection.TextSecretScanner.ScanKeyStoreFile(file.RelativePath))
                        findings.Add(ToFinding(m, file.RelativePath));
                    Examine(examined, Themes.Secret, file.RelativePath);
                }
                result.Skipped.Add(SkippedFile.Of(file.RelativePath, kind == TextDecoder.Kind.Binary
                    ? new LocalizedText("二进制文件", "binary file")
                    : new LocalizedText("不是文本（既非 UTF-8 也非 GB18030）", "not text (neither UTF-8 nor GB18030)")));
                continue;
            }

            switch (ext)
            {
                case ".cs": csFiles.Add(file); continue;
                case ".csproj" or ".sln" or ".slnx": projects.Add(file); break;
            }
            configFiles.Add(new ConfigFile(file.RelativePath, text));
        }

        // Configuration policies.
        progress($"Checking {configFiles.Count} configuration/text file(s)");
        var policy = PolicyEvaluator.Evaluate(configFiles, request.PolicyOptions);
        // Policy checks write an English and a Chinese message (both are kept); the
        // offending line becomes the evidence (redacted on output like every other snippet).
        var textByPath = configFiles.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        foreach (var f in policy.Findings)
        {
            // Development-only files (policy-defaults' out-of-scope list) get no policy finding of any kind.
            if (FindingContextResolver.IsOutOfPolicyScope(f.File)) continue;
            findings.Add(string.IsNullOrEmpty(f.Evidence) && f.RuleId != ParseErrorRule && textByPath.TryGetValue(f.File, out var text)
                ? f with { Evidence = EvidenceLine(text, f) }
                : f);
        }
        foreach (var (theme, files) in policy.Examined)
            foreach (var f in files) Examine(examined, theme, f);
        result.Observations.AddRange(policy.Observations);

        // Secrets in every non-C# text file (C# gets the analyzers). Recorded tokens are judged expired against
        // --as-of / SOURCE_DATE_EPOCH when given, so that results stay reproducible.
        DateTimeOffset? tokensAsOf = DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", out var asOfDate)
            ? new DateTimeOffset(asOfDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        foreach (var cf in configFiles)
        {
            // A pull-request scan reads secrets only in the changed files (no other file's findings are reported).
            if (changes is not null && !changes.Contains(cf.Path)) continue;
            if (IsStylesheetSourceMap(cf.Path))
            {
                result.Skipped.Add(SkippedFile.Of(cf.Path, new LocalizedText("CSS 源映射（生成文件，未检查密钥）", "CSS source map (generated; not read for secrets)")));
                continue;
            }
            Examine(examined, Themes.Secret, cf.Path);
            foreach (var m in Compliance.Analyzers.Secrets.Detection.TextSecretScanner.Scan(cf.Path, cf.Text, tokensAsOf))
            {
                var allowlisted = request.SecretAllowlist.Count > 0 && m.Length > 0 && m.Offset + m.Length <= cf.Text.Length
                                  && request.SecretAllowlist.Contains(Sha256Hex(cf.Text.Substring(m.Offset, m.Length)));
                findings.Add(ToFinding(m, cf.Path) with { AllowlistedSecret = allowlisted });
            }

            // <machineKey validation="SHA1" decryption="3DES"> in a .config file: weak algorithms the C# analyzers cannot see
            foreach (var m in Compliance.Analyzers.Hashing.MachineKeyAlgorithms.Scan(cf.Path, cf.Text))
            {
                Examine(examined, Themes.WeakHash, cf.Path);
                findings.Add(ToFinding(m, cf.Path));
            }

            // user:{SHA}… / user:$apr1$… basic-auth entries (.htpasswd, Traefik basicAuth users): passwords stored with a fast hash
            foreach (var m in Compliance.Analyzers.Hashing.HtpasswdEntries.Scan(cf.Path, cf.Text))
            {
                Examine(examined, Themes.WeakHash, cf.Path);
                findings.Add(ToFinding(m, cf.Path));
            }
        }

        // Test projects from their project files, whatever the compilation sees (unrestored, --untrusted fallback), for
        // every file of the scan: a test project's appsettings.json, HTML fixtures and keys are test files too. A project
        // another, non-test project references is a library even when it references a test framework. (One pass: the
        // project files are read once.)
        var projectTestFiles = new HashSet<string>(StringComparer.Ordinal);
        var libraryFiles = new HashSet<string>(StringComparer.Ordinal);
        // (the C# files analysed plus every other file, as before: an oversized or binary .cs file keeps no test context)
        var classified = csFiles.Concat(inventory.Files.Where(f => !f.RelativePath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))).ToList();
        var projectXml = new ProjectXmlCache();
        TestProjectFiles.Classify(projects, classified, projectTestFiles, libraryFiles, projectXml);

        // C#.
        progress($"Analysing {csFiles.Count} C# file(s)");
        var cs = await CSharpAnalysis.RunAsync(request.Root, csFiles, projects, new CSharpLoadOptions(request.Restore, request.Untrusted)
        {
            AnalyzerDefaults = request.AnalyzerDefaults, GeneratedPaths = request.GeneratedPaths, AnalyseGenerated = request.AnalyseGenerated,
            ProjectXml = projectXml,
            // Every project still compiles whole (full semantic context); only the changed files are analysed.
            AnalyseOnly = changes is null ? null : csFiles.Where(f => changes.Contains(f.RelativePath)).Select(f => Path.GetFullPath(f.FullPath)).ToHashSet(StringComparer.Ordinal),
        }, progress, ct);
        var (csFindings, personalData) = DiagnosticBridge.Convert(request.Root, cs.Diagnostics, request.SecretAllowlist);
        // Diagnostics of `kind: observation` rules (hidden, e.g. CMP2990 "password hashed with a slow salted
        // hash") are positive evidence for claims, never findings.
        foreach (var f in csFindings)
        {
            if (catalog.IsObservation(f.RuleId)) result.Observations.Add(new Observation { RuleId = f.RuleId, File = f.File, Line = f.StartLine });
            else findings.Add(f);
        }
        result.Observations = result.Observations.Distinct()
            .OrderBy(o => o.File, StringComparer.Ordinal).ThenBy(o => o.Line).ThenBy(o => o.RuleId, StringComparer.Ordinal).ToList();
        foreach (var f in cs.AnalysedFiles)
        {
            Examine(examined, Themes.Secret, f);
            Examine(examined, Themes.WeakHash, f);
            Examine(examined, Themes.Pii, f);
        }
        result.Scan.CSharpMode = cs.Mode;
        result.Scan.CSharpFiles = cs.AnalysedFiles.Count;
        result.Scan.CSharpFilesWithErrors = cs.FilesWithErrors.Count;
        // Generated code (docs/decisions.md "Generated code"): counted, and listed with why, so a user can check the verdict.
        result.Scan.GeneratedFiles = cs.GeneratedFiles.Count;
        foreach (var (file, reason) in cs.GeneratedFiles) result.Skipped.Add(SkippedFile.Of(file, GeneratedReason(reason)));
        foreach (var note in cs.Notes) result.Notices.Add(Notice.Of("csharp", note, request.Lang));
        if (cs.Mode is "fallback" or "mixed")
            result.Notices.Add(Notice.Of("csharp-fallback", new LocalizedText(
                "部分 C# 代码未随其项目编译（回退模式）：未还原的包中的类型无法解析，敏感调用按名称匹配，因此精度降低。",
                "Some C# was compiled without its project (fallback): types from unrestored packages do not resolve and sinks are matched by name, so precision is reduced."), request.Lang));
        result.PersonalData = personalData
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Kind, StringComparer.Ordinal).ToList();

        progress("Joining findings");
        // the project files' test verdict plus the compilations that reference a test framework; a library stays production
        var testFiles = new SortedSet<string>(projectTestFiles, StringComparer.Ordinal);
        testFiles.UnionWith(cs.TestProjectFiles);
        testFiles.ExceptWith(libraryFiles);
        var contexts = new FindingContextResolver(request.Contexts, testFiles);
        result.Findings = Join(findings.Select(contexts.Apply), catalog, result.Notices, request.Lang);
        result.Scan.FilesScanned = inventory.Files.Count;
        result.Scan.ConfigFiles = configFiles.Count;
        result.Scan.InputsSha256 = InputsHash(inputHashes);
        result.Skipped = result.Skipped.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Reason, StringComparer.Ordinal).ToList();
        result.Examined = examined;
        if (changes is not null) LimitToChanges(result, changes, inventory.Files.Select(f => f.RelativePath));
        return result;
    }

    /// <summary>
    /// A stylesheet's source map (<c>*.css.map</c>): a build's output holding CSS sources and their mappings, usually a
    /// vendored library's (bootstrap.min.css.map is 626 KB). The secret rules found nothing in any of the 224 such files
    /// (51 MiB) of the precision corpora, and on openiddict-samples they took 17 % of the text scanner's time
    /// (docs/precision.md, thirteenth session, cost9); a JavaScript source map keeps being read (its sources are code).
    /// </summary>
    internal static bool IsStylesheetSourceMap(string path) => path.EndsWith(".css.map", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A pull-request scan reports (and so gates) only findings in changed files and marks those on
    /// changed lines. Configuration policies ran on every file first, so a cross-file check still
    /// judges a changed file with the rest of the repository in view.
    /// </summary>
    /// <summary>Why a C# file counts as generated, in both languages (GeneratedCode gives the English reason).</summary>
    private static LocalizedText GeneratedReason(string reason) => new(
        "生成的代码：" + reason switch
        {
            "generated file name" => "生成文件的文件名",
            "auto-generated header" => "<auto-generated> 文件头",
            "EF Core migration" => "EF Core 迁移",
            "compliance.yaml generated.paths" => "compliance.yaml 的 generated.paths",
            _ => reason,
        },
        "generated code: " + reason);

    private static void LimitToChanges(ScanResult result, ChangeSet changes, IEnumerable<string> scanned)
    {
        result.Findings = result.Findings.Where(f => changes.Contains(f.File)).ToList();
        foreach (var f in result.Findings) f.ChangedLine = changes.TouchesLines(f.File, f.StartLine, f.EndLine);
        result.PersonalData = result.PersonalData.Where(p => changes.Contains(p.File)).ToList();
        result.Skipped = result.Skipped.Where(s => changes.Contains(s.File)).ToList();
        result.Scan.ChangedSince = new ChangedSinceInfo
        {
            Ref = changes.Ref,
            MergeBase = changes.MergeBase,
            Files = scanned.Where(changes.Contains).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// The trimmed source line a configuration finding points at. Line 1, column 1 is the
    /// convention for "missing altogether" (policy-defaults §2): no line is quoted for those.
    /// </summary>
    private static string EvidenceLine(string text, Finding f)
    {
        if (f.StartLine <= 1 && f.StartColumn <= 1) return "";
        int line = 1, start = 0;
        for (int i = 0; i < text.Length && line < f.StartLine; i++)
            if (text[i] == '\n') { line++; start = i + 1; }
        if (line != f.StartLine) return "";
        var end = text.IndexOf('\n', start);
        var s = (end < 0 ? text[start..] : text[start..end]).Trim();
        return s.Length > 200 ? s[..200] + "…" : s;
    }

    private static Finding ToFinding(Compliance.Analyzers.Secrets.Detection.SecretMatch m, string path) => new()
    {
        RuleId = m.RuleId, File = path,
        StartLine = m.StartLine, StartColumn = m.StartColumn, EndLine = m.EndLine, EndColumn = m.EndColumn,
        Message = m.Message, MessageZh = m.MessageZh,
        Evidence = m.Evidence, Anchor = m.Anchor, Precision = m.Precision,
    };

    private static void Examine(Dictionary<string, SortedSet<string>> examined, string theme, string file)
    {
        if (!examined.TryGetValue(theme, out var set)) examined[theme] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(file);
    }

    /// <summary>Joins findings with the catalog, redacts, fingerprints and sorts them.</summary>
    /// <remarks><paramref name="lang"/> only picks results.json's <c>message</c> (v1 readers); <c>messages</c> keeps both.</remarks>
    public static List<ResultFinding> Join(IEnumerable<Finding> findings, RuleCatalog catalog, List<Notice> notices, string lang = "zh-CN")
    {
        var list = new List<ResultFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            var rule = catalog.FindRule(f.RuleId);
            if (rule is null)
            {
                notices.Add(Notice.Of("unknown-rule", new LocalizedText($"{f.RuleId} 不在规则目录中，其结果已丢弃。",
                    $"{f.RuleId} is not in the catalog; its result was dropped."), lang, f.File));
                continue;
            }
            // One finding per location and rule.
            if (!seen.Add($"{f.RuleId}|{f.File}|{f.StartLine}|{f.StartColumn}|{f.EndLine}|{f.EndColumn}")) continue;
            var anchor = Fingerprint.AnchorOf(f);
            var precision = Precisions.IsKnown(f.Precision) ? f.Precision! : rule.Precision;
            var severity = f.SeverityOverride ?? rule.Severity;
            // A name word alone (low precision) is never more than medium.
            if (precision == Precisions.Low && severity > Severity.Medium) severity = Severity.Medium;
            var messages = new LocalizedText(Redaction.Apply(f.MessageZh ?? f.Message), Redaction.Apply(f.Message));
            list.Add(new ResultFinding
            {
                Id = Fingerprint.Compute(f.RuleId, f.File, anchor),
                RuleId = f.RuleId,
                Theme = rule.Theme,
                Severity = severity,
                Precision = precision,
                Context = f.Context,
                Controls = [.. rule.Controls],
                Clauses = [.. catalog.ClausesOf(rule)],
                File = f.File,
                StartLine = f.StartLine,
                StartColumn = f.StartColumn,
                EndLine = f.EndLine > 0 ? f.EndLine : f.StartLine,
                EndColumn = f.EndColumn > 0 ? f.EndColumn : f.StartColumn,
                Messages = messages,
                Message = messages.For(lang),
                Evidence = Redaction.Apply(f.Evidence),
                Suppression = f.SuppressedInSource ? new Suppression { Kind = "inSource", Justification = "suppressed in source (#pragma or [SuppressMessage])" }
                    : f.AllowlistedSecret ? new Suppression { Kind = "external", Justification = AllowlistJustification } : null,
                Related = f.Related.Count == 0 ? null : [.. f.Related],
            });
        }
        // Same fingerprint twice (e.g. same anchor): disambiguate deterministically.
        foreach (var group in list.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            int i = 0;
            foreach (var r in group.OrderBy(r => r.StartLine).ThenBy(r => r.StartColumn)) { if (i > 0) r.Id = Fingerprint.Compute(r.RuleId, r.File, r.Id + "#" + i); i++; }
        }
        return Sort(list);
    }

    public static List<ResultFinding> Sort(IEnumerable<ResultFinding> findings) =>
        findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    public const string AllowlistJustification = "secret value allowlisted in compliance.yaml (secretAllowlist)";

    public static string Sha256Hex(string value) => System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string InputsHash(List<(string Path, string Hash)> inputs)
    {
        var sb = new StringBuilder();
        foreach (var (p, h) in inputs.OrderBy(i => i.Path, StringComparer.Ordinal)) sb.Append(p).Append('\0').Append(h).Append('\n');
        return System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static string ToolVersion { get; } =
        typeof(ScanPipeline).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
