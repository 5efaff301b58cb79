namespace Compliance.Reports.Tests;

using System.Security.Cryptography;
using Compliance.Rules.Catalog;
using Compliance.Rules.Claims;
using Compliance.Rules.Model;

/// <summary>
/// A scan result shaped like the CLI's scan of samples/ (findings joined with the real embedded
/// catalog, claims evaluated by <see cref="ClaimEvaluator"/>), built in memory so the renderers are
/// tested without scanning.
/// </summary>
internal static class SampleScan
{
    public static RuleCatalog Catalog => CatalogLoader.LoadEmbedded();
    public static readonly DateTimeOffset RenderedAt = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);
    public const string Script = "<script>alert(1)</script>";

    /// <summary>A fresh random marker (never a committed literal) for canary tests.</summary>
    public static string NewCanary() => "CANARY" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    public static ResultFinding F(string ruleId, string file, int line, int col, string message, string evidence = "",
        Suppression? suppression = null, string? baseline = null, RuleCatalog? catalog = null)
    {
        catalog ??= Catalog;
        var rule = catalog.FindRule(ruleId) ?? throw new InvalidOperationException($"{ruleId} not in catalog");
        return new ResultFinding
        {
            Id = Fingerprint.Compute(ruleId, file, $"L{line}"),
            RuleId = ruleId,
            Theme = rule.Theme,
            Severity = rule.Severity,
            Controls = rule.Controls.ToList(),
            Clauses = catalog.ClausesOf(rule).ToList(),
            File = file,
            StartLine = line,
            StartColumn = col,
            EndLine = line,
            EndColumn = col + 10,
            Message = message,
            Evidence = evidence,
            Suppression = suppression,
            BaselineState = baseline,
        };
    }

    public static ScanResult Build(Action<ScanResult>? customise = null)
    {
        var catalog = Catalog;
        var findings = new List<ResultFinding>
        {
            F("CMP2002", "src/Warehouse.Api/Services/PasswordService.cs", 21, 16, "MD5 is used to hash a password: use a salted slow hash (PBKDF2, bcrypt, Argon2)", "MD5.HashData(Encoding.UTF8.GetBytes(password))"),
            F("CMP1001", "src/Warehouse.Api/appsettings.json", 7, 24, "Hard-coded AWS access key (AKIA…, 20 characters)", "\"AccessKey\": \"AKIA****\""),
            F("CMP5201", "deploy/ssh/sshd_config", 12, 1, "PasswordAuthentication yes: allow key-based login only", "PasswordAuthentication yes"),
            F("CMP5304", "deploy/k8s/ingress.yaml", 8, 5, "Ingress disables the HTTPS redirect: remove ssl-redirect \"false\"", "nginx.ingress.kubernetes.io/ssl-redirect: \"false\""),
            F("CMP3001", "src/Warehouse.Api/Controllers/CustomerController.cs", 44, 13, "Phone number written to the log unmasked", "_logger.LogInformation(\"{Phone}\", customer.Phone)"),
            F("CMP5501", "deploy/k8s/postgres.yaml", 9, 3, "Database runs with a single replica", "replicas: 1",
                suppression: new Suppression { Kind = "external", Justification = "staging only", Owner = "ops@example.com", Expires = "2027-01-31" }),
        };
        findings = findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();

        var examined = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal)
        {
            ["weak-hash"] = ["src/Warehouse.Api/Services/PasswordService.cs"],
            ["secret"] = ["src/Warehouse.Api/appsettings.json", "src/Warehouse.Api/Services/PasswordService.cs"],
            ["ssh-hardening"] = ["deploy/ssh/sshd_config"],
            ["tls"] = ["deploy/k8s/ingress.yaml"],
            ["pii"] = ["src/Warehouse.Api/Controllers/CustomerController.cs"],
            ["ha"] = ["deploy/k8s/postgres.yaml"],
            ["audit-log"] = ["deploy/ssh/sshd_config"],
        };
        var profile = catalog.Profiles["saas-whitepaper"];
        var result = new ScanResult
        {
            Tool = new ToolInfo { Name = "compliance", Version = "0.1.0", CatalogVersion = catalog.Version },
            Scan = new ScanInfo
            {
                Root = "samples",
                InputsSha256 = "3f1c0e9d2b7a4c55e1f0aa92b8d36c7e0f4d5b6a7c8e9f00112233445566778",
                Lang = "zh-CN",
                Profile = profile.Id,
                SystemName = "仓储与客户管理系统",
                Organisation = "示例科技有限公司",
                AsOf = "2026-11-20",
                FilesScanned = 9,
                CSharpFiles = 4,
                ConfigFiles = 5,
                CSharpMode = "msbuild",
            },
            Findings = findings,
            PersonalData =
            [
                new PersonalDataEntry { Category = "phone", Kind = "source", File = "src/Warehouse.Api/Models/Customer.cs", Line = 8, Symbol = "Customer.Phone" },
                new PersonalDataEntry { Category = "phone", Kind = "sink", File = "src/Warehouse.Api/Controllers/CustomerController.cs", Line = 44, Symbol = "Customer.Phone", Sink = "ILogger.LogInformation" },
                new PersonalDataEntry { Category = "id-card", Kind = "source", File = "src/Warehouse.Api/Models/Customer.cs", Line = 10, Symbol = "Customer.IdNumber" },
            ],
            Skipped = [new SkippedFile { File = "assets/logo.png", Reason = "binary file" }],
            Notices = [new Notice { Code = "CMP9002", Message = "deploy/big.json is larger than 16 MiB", File = "deploy/big.json" }],
        };
        foreach (var (k, v) in examined) result.Examined[k] = new SortedSet<string>(v, StringComparer.Ordinal);
        customise?.Invoke(result);
        // v2: positive evidence for 2.1 (a PodDisruptionBudget keeping a replicated database up; its
        // replicas finding is waived) and documentary evidence for 4.3.
        result.Observations.Add(new Observation { RuleId = "CMP5502", File = "deploy/k8s/pdb.yaml", Line = 3 });
        result.EvidenceRecords.Add(new EvidenceRecord { Item = "4.3", Document = "docs/drill-2026.pdf", Reviewer = "李审核", Date = "2026-09-01", Expires = "2027-09-01" });
        result.Claims = ClaimEvaluator.Evaluate(profile, catalog, result.Findings, examined, result.Observations, result.EvidenceRecords);
        result.Summary.Overall = ClaimEvaluator.Overall(result.Claims);
        Summarise(result);
        return result;
    }

    /// <summary>The scan's counting (PostProcess.Summarise), for results customised after <see cref="Build"/>.</summary>
    public static void Summarise(ScanResult r) => r.Summary.CountFrom(r.Findings, r.Skipped.Count);

    /// <summary>Artifacts (screenshots, rendered reports) go beside the test assembly: bin/…/artifacts.</summary>
    public static string ArtifactDir()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
