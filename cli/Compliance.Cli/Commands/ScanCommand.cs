namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Cli.Gating;
using Compliance.Cli.Output;
using Compliance.Cli.Scanning;
using Compliance.PolicyEngine;
using Compliance.Rules.Catalog;
using Compliance.Rules.Configuration;
using Compliance.Rules.Model;

/// <summary>compliance scan [PATH]: the main job.</summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH") { Description = "Folder to scan (a repository root).", DefaultValueFactory = _ => "." };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Outputs, repeatable or comma-separated: console, sarif, json, html, md, junit, pdf. Default: console,sarif,json,html.",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string>("--output", "-o") { Description = "Folder for results.sarif, results.json, report.html…", DefaultValueFactory = _ => "out" };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit 1 when an unsuppressed finding is at or above this severity: none|low|medium|high|critical (default high). Repeatable per theme: --fail-on secret=low.",
        };
        var lang = CommonOptions.Lang();
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file (compliance baseline create): gate only on new findings." };
        var asOf = new Option<string?>("--as-of") { Description = "Date the scan speaks for (yyyy-MM-dd): judges waiver expiry; default SOURCE_DATE_EPOCH, else today (not written to results)." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' on projects that were never restored." };
        var untrusted = new Option<bool>("--untrusted") { Description = "Do not load projects with MSBuild at all (pull requests from forks): fallback compilation only." };
        var profile = new Option<string?>("--profile") { Description = "Claim profile id (default: compliance.yaml's, else the built-in saas-whitepaper)." };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Pull-request scan: report and gate only findings in files changed since the merge base with this git ref (e.g. origin/main); claims are not judged.",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No console summary and no progress: only errors (and outputs that could not be written) on stderr." };
        var configPath = new Option<string?>("--config") { Description = "compliance.yaml to use instead of the one at the scan root (claimsFile is relative to its folder; globs stay relative to PATH)." };
        var rule = new Option<string[]>("--rule") { Description = "Report only these rules: ids or globs (CMP3*), repeatable or comma-separated. Parse errors still report." };
        var skipRule = new Option<string[]>("--skip-rule") { Description = "Do not report these rules: ids or globs, repeatable or comma-separated (wins over --rule)." };

        var cmd = new Command("scan", "Scan C# and configuration files; write SARIF, JSON and the audit report.")
        {
            path, format, output, failOn, lang, baseline, asOf, noRestore, untrusted, profile, changedSince, quiet, configPath, rule, skipRule,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var request = new ScanInvocation(
                parse.GetValue(path)!, parse.GetValue(format), parse.GetValue(output)!, parse.GetValue(failOn), parse.GetValue(lang),
                parse.GetValue(baseline), parse.GetValue(asOf), parse.GetValue(noRestore), parse.GetValue(untrusted), parse.GetValue(profile))
            {
                ChangedSince = parse.GetValue(changedSince),
                Quiet = parse.GetValue(quiet), Config = parse.GetValue(configPath), Rules = parse.GetValue(rule), SkipRules = parse.GetValue(skipRule),
            };
            return await RunAsync(request, stdout, stderr, ct);
        });
        return cmd;
    }

    internal sealed record ScanInvocation(string Path, string[]? Formats, string Output, string[]? FailOn, string? Lang,
        string? Baseline, string? AsOf, bool NoRestore, bool Untrusted, string? Profile)
    {
        /// <summary>--changed-since REF (pull-request scans).</summary>
        public string? ChangedSince { get; init; }
        /// <summary>--quiet: no console summary, no progress.</summary>
        public bool Quiet { get; init; }
        /// <summary>--config: compliance.yaml elsewhere than the scan root.</summary>
        public string? Config { get; init; }
        public string[]? Rules { get; init; }
        public string[]? SkipRules { get; init; }
    }

    internal static async Task<int> RunAsync(ScanInvocation inv, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!Directory.Exists(inv.Path))
        {
            stderr.WriteLine(File.Exists(inv.Path) ? $"error: PATH must be a folder: {inv.Path}" : $"error: PATH does not exist or is not readable: {inv.Path}");
            return ExitCodes.Usage;
        }
        try
        {
            var formats = CommonOptions.Formats(inv.Formats, ["console", "sarif", "json", "html"], OutputWriter.KnownFormats);
            var unknown = formats.Except(OutputWriter.KnownFormats).ToList();
            if (unknown.Count > 0) throw new UsageException($"unknown format '{unknown[0]}': use {string.Join(", ", OutputWriter.KnownFormats)}");
            if (inv.Quiet) formats.Remove("console");
            var gate = FailOnSpec.Parse(inv.FailOn ?? []);

            var catalog = LoadCatalog();
            var config = LoadConfig(inv.Path, inv.Config);
            config?.ValidateAgainst(catalog);
            var selection = RuleSelection.Parse(inv.Rules, inv.SkipRules, catalog);
            if (!inv.Quiet) foreach (var w in selection.Warnings) stderr.WriteLine(w);
            var lang = CommonOptions.NormaliseLang(inv.Lang, config?.Lang);
            var asOf = ResolveAsOf(inv.AsOf);
            var profileId = inv.Profile ?? config?.Profile ?? DefaultProfile;
            Profile? customProfile = null;
            if (config?.ClaimsFile is { } claimsFile)
                customProfile = CatalogLoader.LoadProfileFile(Path.Combine(inv.Config is null ? inv.Path : Path.GetDirectoryName(Path.GetFullPath(inv.Config))!, claimsFile), catalog);
            else if (!catalog.Profiles.ContainsKey(profileId))
                throw new UsageException($"unknown profile '{profileId}': known profiles are {string.Join(", ", catalog.Profiles.Keys.Order())}");
            var profileUsed = customProfile ?? catalog.Profiles[profileId];
            // Evidence for a misspelt item would close nothing: fail before scanning.
            config?.ValidateEvidence(profileUsed);

            var request = RequestFor(inv.Path, config) with
            {
                OutputDirectory = Path.GetFullPath(inv.Output),
                Lang = lang,
                AsOf = asOf.Written,
                Restore = !inv.NoRestore,
                Untrusted = inv.Untrusted,
                ChangedSince = inv.ChangedSince is null ? null
                    : string.IsNullOrWhiteSpace(inv.ChangedSince) ? throw new UsageException("--changed-since needs a git ref (e.g. origin/main)")
                    : inv.ChangedSince.Trim(),
            };

            var result = await new ProgressDisplay(inv.Quiet ? TextWriter.Null : stderr).RunAsync(p => ScanPipeline.RunAsync(request, catalog, p, ct));
            foreach (var n in result.Notices.Where(n => n.Code == ScanPipeline.ChangedSinceFallback)) stderr.WriteLine("warning: " + n.MessageIn("en")); // stderr speaks English, like every error line

            selection.ApplyToScan(result);
            PostProcess.Apply(result, catalog, profileUsed, config, asOf.Date, inv.Baseline, request);
            selection.ApplyToBaseline(result);

            OutputWriter.Write(result, catalog, formats, inv.Output, lang, stdout, stderr);
            return GateEvaluator.Evaluate(result, gate);
        }
        catch (UsageException ex) { stderr.WriteLine($"error: {ex.Message}"); return ExitCodes.Usage; }
        catch (CatalogException ex) { stderr.WriteLine($"error: the rule catalog is broken: {ex.Message}"); return ExitCodes.Usage; }
        catch (ConfigException ex) { stderr.WriteLine($"error: invalid compliance.yaml: {ex.Message}"); return ExitCodes.Usage; }
        catch (BaselineException ex) { stderr.WriteLine($"error: unusable baseline: {ex.Message}"); return ExitCodes.Usage; }
        catch (FailOnSpecException ex) { stderr.WriteLine($"error: {ex.Message}"); return ExitCodes.Usage; }
    }

    public const string DefaultProfile = "saas-whitepaper";

    internal static RuleCatalog LoadCatalog() => CatalogLoader.LoadEmbedded();

    internal static ComplianceConfig? LoadConfig(string root) => ComplianceConfig.LoadFromRoot(root);

    /// <summary>--config PATH when given (it must exist), else the scan root's compliance.yaml if any.</summary>
    internal static ComplianceConfig? LoadConfig(string root, string? configPath)
    {
        if (configPath is null) return LoadConfig(root);
        if (string.IsNullOrWhiteSpace(configPath)) throw new UsageException("--config needs a file path (got an empty value)");
        if (!File.Exists(configPath)) throw new UsageException($"--config: no such file: {configPath}");
        return ComplianceConfig.Load(configPath);
    }

    /// <summary>What compliance.yaml decides about a scan; `scan` and `baseline create` share it so both see the same findings.</summary>
    internal static ScanRequest RequestFor(string root, ComplianceConfig? config) => new()
    {
        Root = Path.GetFullPath(root),
        RootAsGiven = root,
        MaxFileSize = (config?.MaxFileSizeMb ?? 16) * 1024L * 1024L,
        Include = config?.Include ?? [],
        Exclude = config?.Exclude ?? [],
        PolicyOptions = PolicyOptionsFrom(config),
        Contexts = config?.Contexts ?? [],
        SecretAllowlist = (config?.SecretAllowlist ?? []).Select(d => d.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        GeneratedPaths = config?.Generated?.Paths ?? [],
        AnalyseGenerated = config?.Generated?.Analyse ?? false,
        AnalyzerDefaults = config?.PasswordHashProfile is { } hashProfile
            ? new Dictionary<string, string> { ["compliance.password_hash_profile"] = hashProfile }
            : new Dictionary<string, string>(),
    };

    internal static PolicyOptions PolicyOptionsFrom(ComplianceConfig? config) => config is null ? new PolicyOptions() : new PolicyOptions
    {
        ApprovedNetworks = config.ApprovedNetworks ?? [],
        MaxAuthTries = config.Thresholds?.MaxAuthTries ?? 4,
        MinBackupRetentionDays = config.Thresholds?.MinBackupRetentionDays ?? 7,
        CheckLogRetention = config.Thresholds?.LogRetentionCheck ?? false,
    };

    /// <summary>--as-of, else SOURCE_DATE_EPOCH (both written to results), else today (used for waivers only, never written).</summary>
    internal static (string? Written, DateOnly Date) ResolveAsOf(string? asOf)
    {
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", out var d)) throw new UsageException($"--as-of must be yyyy-MM-dd, got '{asOf}'");
            return (d.ToString("yyyy-MM-dd"), d);
        }
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, out var seconds))
        {
            var d = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            return (d.ToString("yyyy-MM-dd"), d);
        }
        return (null, DateOnly.FromDateTime(DateTime.UtcNow));
    }
}
