namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;
using Compliance.Rules.Claims;
using Compliance.Rules.Model;

public class ClaimEvaluatorTests
{
    // A small catalog of its own, so verdicts do not move when other rules are added to the real one.
    private static readonly RuleCatalog Catalog = BuildCatalog();

    private static RuleCatalog BuildCatalog()
    {
        static Control C(string id, string theme) => new(id, theme, new("标题", "Title"), new("说明", "Description"), ["pipl-51"], $"rules/controls/{id}.yaml");
        static RuleDefinition R(string id, string theme, string control, bool enabled = true) => new()
        {
            Id = id, Kind = RuleKind.Policy, Theme = theme, Severity = Severity.High, Title = new("规则", "Rule"),
            Remediation = new("修复", "Fix"), Controls = [control], EnabledByDefault = enabled, SourceFile = $"rules/policies/{theme}/{id}/policy.yaml",
        };
        var controls = new[]
        {
            C("ctl-datastore-ha", Themes.Ha), C("ctl-backup-daily-retained-offsite", Themes.Backup),
            C("ctl-admin-network-allowlist", Themes.Allowlist), C("ctl-ssh-key-only-login", Themes.SshHardening),
            C("ctl-mfa-remote-admin", Themes.Mfa), C("ctl-password-slow-salted-hash", Themes.WeakHash),
            C("ctl-login-failure-limits", Themes.SshHardening), // no check evidences it (yet)
        }.ToDictionary(c => c.Id);
        var rules = new[]
        {
            R("CMP5501", Themes.Ha, "ctl-datastore-ha"), R("CMP5502", Themes.Ha, "ctl-datastore-ha"),
            R("CMP5590", Themes.Ha, "ctl-datastore-ha", enabled: false),
            R("CMP5401", Themes.Backup, "ctl-backup-daily-retained-offsite"),
            R("CMP5101", Themes.Allowlist, "ctl-admin-network-allowlist"), R("CMP5201", Themes.SshHardening, "ctl-ssh-key-only-login"),
            R("CMP5001", Themes.Mfa, "ctl-mfa-remote-admin"), R("CMP2002", Themes.WeakHash, "ctl-password-slow-salted-hash"),
        }.ToDictionary(r => r.Id);
        return new RuleCatalog
        {
            Version = "test", Laws = new Dictionary<string, Law>(), Clauses = new Dictionary<string, Clause>(),
            Controls = controls, Rules = rules, Profiles = new Dictionary<string, Profile>(),
        };
    }

    private static Claim ClaimOf(string id, string[] controls, params string[] manual) =>
        new(id, new($"声明{id}", $"Claim {id}"), controls, manual.Select(m => new LocalizedText(m + "（中）", m)).ToList(), null)
        {
            ManualIds = manual.Select(m => $"{id}/{m.Replace(' ', '-')}").ToList(),
        };

    private static Observation O(string rule, string file, int line) => new() { RuleId = rule, File = file, Line = line };

    private static EvidenceRecord E(string item, string status = "valid") => new()
    {
        Item = item, Document = "docs/kms-design.pdf", Reviewer = "李审计", Date = "2026-10-01", Expires = "2027-10-01", Status = status,
    };

    private static Profile ProfileOf(params Claim[] claims) => new("test", new("测试", "Test"), claims, "test.yaml");

    private static ResultFinding F(string rule, string file, int line, string? suppression = null, string? baseline = null) => new()
    {
        RuleId = rule, Theme = Catalog.Rules[rule].Theme, Severity = Severity.High, Controls = [.. Catalog.Rules[rule].Controls],
        File = file, StartLine = line, StartColumn = 1, EndLine = line, EndColumn = 2, Message = "m",
        Suppression = suppression is null ? null : new Suppression { Kind = suppression }, BaselineState = baseline,
    };

    private static Dictionary<string, IReadOnlyCollection<string>> Examined(params (string Theme, string[] Files)[] entries) =>
        entries.ToDictionary(e => e.Theme, e => (IReadOnlyCollection<string>)e.Files, StringComparer.Ordinal);

    private static ClaimResult One(Claim claim, IReadOnlyList<ResultFinding> findings, Dictionary<string, IReadOnlyCollection<string>> examined,
        Observation[]? observations = null, EvidenceRecord[]? evidence = null, Func<ResultFinding, bool>? contradicts = null) =>
        Assert.Single(ClaimEvaluator.Evaluate(ProfileOf(claim), Catalog, findings, examined, observations ?? [], evidence ?? [], contradicts));

    private static string Parts(ClaimResult r) => string.Join(" ", r.Parts.Select(p => $"{p.Id}={p.Status}"));

    [Fact]
    public void Met_needs_an_observation_and_shows_it_beside_the_checks_that_ran()
    {
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [],
            Examined((Themes.Ha, ["deploy/pg.yaml", "deploy/compose.yaml"]), (Themes.Tls, ["nginx/site.conf"])),
            [O("CMP5502", "deploy/pg.yaml", 30), O("CMP5501", "deploy/pg.yaml", 12), O("CMP5401", "deploy/backup.yaml", 3)]);
        Assert.Equal("met", r.Verdict);
        Assert.Equal("checked", r.Basis);
        Assert.Empty(r.Evidence);
        var part = Assert.Single(r.Parts);
        Assert.Equal(("control", "ctl-datastore-ha", "verified"), (part.Kind, part.Id, part.Status));
        // Sorted by file, line; the backup observation belongs to another control.
        Assert.Equal(["deploy/pg.yaml:12:CMP5501", "deploy/pg.yaml:30:CMP5502"], part.Observations.Select(o => $"{o.File}:{o.Line}:{o.RuleId}"));
        var examined = Assert.Single(r.Examined);
        Assert.Equal(["CMP5501", "CMP5502"], examined.Checks); // CMP5590 is off by default: it did not run
        Assert.Equal(["deploy/compose.yaml", "deploy/pg.yaml"], examined.Files);
        Assert.Equal(("声明2.1", "Claim 2.1"), (r.Title, r.TitleEn));
    }

    [Fact]
    public void No_findings_without_an_observation_is_not_covered_not_met()
    {
        // The case: a theme had inputs and nothing was found — that is not evidence.
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [], Examined((Themes.Ha, ["deploy/pg.yaml"])));
        Assert.Equal("not-covered", r.Verdict);
        Assert.Equal("ctl-datastore-ha=not-covered", Parts(r));
        Assert.Single(r.Examined); // what was looked at is still listed
    }

    [Fact]
    public void Contradicted_by_an_unsuppressed_finding_with_sorted_evidence()
    {
        var findings = new[]
        {
            F("CMP5502", "deploy/pg.yaml", 30), F("CMP5501", "deploy/compose.yaml", 12), F("CMP5501", "deploy/pg.yaml", 4),
            F("CMP5401", "deploy/pg.yaml", 1), // another claim's check
        };
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), findings, Examined((Themes.Ha, ["deploy/pg.yaml", "deploy/compose.yaml"])),
            [O("CMP5502", "deploy/other.yaml", 9)]);
        Assert.Equal("contradicted", r.Verdict);
        Assert.Equal("ctl-datastore-ha=contradicted", Parts(r)); // a finding wins over an observation elsewhere
        Assert.Equal(["deploy/compose.yaml:12:CMP5501", "deploy/pg.yaml:4:CMP5501", "deploy/pg.yaml:30:CMP5502"],
            r.Evidence.Select(e => $"{e.File}:{e.Line}:{e.RuleId}"));
    }

    [Theory]
    [InlineData("external")]
    [InlineData("inSource")]
    public void Suppressed_findings_do_not_contradict(string kind)
    {
        var findings = new[] { F("CMP5501", "deploy/pg.yaml", 4, suppression: kind) };
        var withObservation = One(ClaimOf("2.1", ["ctl-datastore-ha"]), findings, Examined((Themes.Ha, ["deploy/pg.yaml"])), [O("CMP5502", "deploy/pg.yaml", 30)]);
        Assert.Equal("met", withObservation.Verdict);
        Assert.Empty(withObservation.Evidence);
        Assert.Equal("not-covered", One(ClaimOf("2.1", ["ctl-datastore-ha"]), findings, Examined((Themes.Ha, ["deploy/pg.yaml"]))).Verdict);
    }

    [Fact]
    public void Findings_absent_from_the_scan_but_kept_from_the_baseline_do_not_contradict()
    {
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [F("CMP5501", "deploy/pg.yaml", 4, baseline: "absent")],
            Examined((Themes.Ha, ["deploy/pg.yaml"])), [O("CMP5501", "deploy/pg.yaml", 4)]);
        Assert.Equal("met", r.Verdict);
    }

    [Fact]
    public void Findings_the_caller_rejects_do_not_contradict()
    {
        // The CLI passes a filter that rejects low-precision findings: they never contradict a claim.
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [F("CMP5501", "src/Seed.cs", 4)], Examined((Themes.Ha, ["deploy/pg.yaml"])),
            [O("CMP5502", "deploy/pg.yaml", 30)], contradicts: f => f.File != "src/Seed.cs");
        Assert.Equal("met", r.Verdict);
    }

    [Fact]
    public void Not_covered_when_no_linked_check_had_an_input()
    {
        // No database in the scan: a backup claim is not "met".
        var r = One(ClaimOf("2.2", ["ctl-backup-daily-retained-offsite"]), [], Examined((Themes.Tls, ["nginx/site.conf"]), (Themes.Backup, [])));
        Assert.Equal("not-covered", r.Verdict);
        Assert.Empty(r.Examined);
    }

    [Fact]
    public void Partial_when_some_parts_are_verified_and_others_not()
    {
        var r = One(ClaimOf("4.1", ["ctl-admin-network-allowlist", "ctl-ssh-key-only-login", "ctl-mfa-remote-admin"]), [],
            Examined((Themes.Allowlist, ["k8s/ingress.yaml"]), (Themes.SshHardening, ["etc/ssh/sshd_config"])),
            [O("CMP5201", "etc/ssh/sshd_config", 12)]);
        Assert.Equal("partial", r.Verdict);
        Assert.Equal("ctl-admin-network-allowlist=not-covered ctl-ssh-key-only-login=verified ctl-mfa-remote-admin=not-covered", Parts(r));
        Assert.Equal(["allowlist", "ssh-hardening"], r.Examined.Select(e => e.Theme));
    }

    [Fact]
    public void Open_manual_parts_keep_a_verified_claim_partial_until_evidence_closes_them()
    {
        var claim = ClaimOf("2.4", ["ctl-password-slow-salted-hash"], "encryption at rest");
        Observation[] seen = [O("CMP2002", "src/Users.cs", 41)];
        var open = One(claim, [], Examined((Themes.WeakHash, ["src/Users.cs"])), seen);
        Assert.Equal("partial", open.Verdict);
        Assert.Equal("ctl-password-slow-salted-hash=verified 2.4/encryption-at-rest=open", Parts(open));
        Assert.Equal(["encryption at rest（中）"], open.Manual);
        Assert.Equal(("encryption at rest（中）", "encryption at rest"), (open.Parts[1].Text, open.Parts[1].TextEn));

        var closed = One(claim, [], Examined((Themes.WeakHash, ["src/Users.cs"])), seen, [E("4.3"), E("2.4/encryption-at-rest")]);
        Assert.Equal("met", closed.Verdict);
        Assert.Equal("attested", closed.Basis);
        Assert.Equal(1, closed.Parts[1].EvidenceRecord); // index into evidenceRecords[]

        var expired = One(claim, [], Examined((Themes.WeakHash, ["src/Users.cs"])), seen, [E("2.4/encryption-at-rest", "expired")]);
        Assert.Equal("partial", expired.Verdict);
        Assert.Equal("ctl-password-slow-salted-hash=verified 2.4/encryption-at-rest=expired", Parts(expired));
    }

    [Fact]
    public void Manual_only_claims_are_manual_until_evidence_for_the_claim_closes_every_item()
    {
        var claim = ClaimOf("4.3", [], "drill records", "emergency plan");
        var r = One(claim, [F("CMP5501", "deploy/pg.yaml", 4)], Examined((Themes.Ha, ["deploy/pg.yaml"])));
        Assert.Equal("manual", r.Verdict);
        Assert.Empty(r.Evidence);
        Assert.Empty(r.Examined);
        Assert.Equal("partial", One(claim, [], Examined(), evidence: [E("4.3/drill-records")]).Verdict);
        var attested = One(claim, [], Examined(), evidence: [E("4.3")]); // a claim id closes all its items
        Assert.Equal(("met", "attested"), (attested.Verdict, attested.Basis));
    }

    [Fact]
    public void Contradiction_wins_over_observations_missing_inputs_and_manual_links()
    {
        var r = One(ClaimOf("4.1", ["ctl-admin-network-allowlist", "ctl-mfa-remote-admin"], "password policy"),
            [F("CMP5101", "k8s/ingress.yaml", 7)], Examined((Themes.Allowlist, ["k8s/ingress.yaml"])), [O("CMP5001", "etc/ssh/sshd_config", 3)]);
        Assert.Equal("contradicted", r.Verdict);
    }

    [Fact]
    public void Overall_is_insufficient_evidence_without_any_verified_part_never_largely_compliant()
    {
        var profile = ProfileOf(ClaimOf("2.1", ["ctl-datastore-ha"]), ClaimOf("4.3", [], "drill records"));
        ResultFinding[] none = [];
        var empty = ClaimEvaluator.Evaluate(profile, Catalog, none, Examined(), [], []);
        Assert.Equal("insufficient-evidence", ClaimEvaluator.Overall(empty));
        // Only documents, no positive evidence from the scan: still not enough to call it compliant.
        Assert.Equal("insufficient-evidence", ClaimEvaluator.Overall(ClaimEvaluator.Evaluate(profile, Catalog, none, Examined(), [], [E("4.3")])));
        var partial = ClaimEvaluator.Evaluate(profile, Catalog, none, Examined(), [O("CMP5501", "db.yaml", 5)], []);
        Assert.Equal("partial", ClaimEvaluator.Overall(partial));
        var met = ClaimEvaluator.Evaluate(profile, Catalog, none, Examined(), [O("CMP5501", "db.yaml", 5)], [E("4.3")]);
        Assert.Equal("met", ClaimEvaluator.Overall(met));
        var contradicted = ClaimEvaluator.Evaluate(profile, Catalog, [F("CMP5502", "db.yaml", 9)], Examined(), [O("CMP5501", "db.yaml", 5)], [E("4.3")]);
        Assert.Equal("contradicted", ClaimEvaluator.Overall(contradicted));
    }

    [Fact]
    public void Claims_are_sorted_by_numeric_section()
    {
        var profile = ProfileOf(ClaimOf("10.1", [], "x"), ClaimOf("2.10", [], "x"), ClaimOf("3.1", [], "x"), ClaimOf("2.2", [], "x"));
        var ids = ClaimEvaluator.Evaluate(profile, Catalog, [], Examined()).Select(c => c.Id);
        Assert.Equal(["2.2", "2.10", "3.1", "10.1"], ids);
    }

    [Fact]
    public void Built_in_profile_evaluates_every_claim_of_the_whitepaper()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        var results = ClaimEvaluator.Evaluate(catalog.Profiles["saas-whitepaper"], catalog, [], Examined(), [], []);
        Assert.Equal(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5"],
            results.Select(r => r.Id));
        // Nothing scanned: automated claims are not covered, document-only ones need manual review.
        Assert.Equal("not-covered", results.Single(r => r.Id == "2.1").Verdict);
        Assert.Equal("manual", results.Single(r => r.Id == "4.3").Verdict);
        Assert.Equal("insufficient-evidence", ClaimEvaluator.Overall(results));
        Assert.Contains("SHA-256", results.Single(r => r.Id == "3.1").Note);
        // Profile v2: every claim but 4.3 and 4.5 has a checkable part; manual items carry explicit ids.
        Assert.Equal(["4.3", "4.5"], results.Where(r => r.Parts.All(p => p.Kind == "manual")).Select(r => r.Id));
        Assert.Equal("2.4/encryption-at-rest 2.4/pci-dss",
            string.Join(" ", results.Single(r => r.Id == "2.4").Parts.Where(p => p.Kind == "manual").Select(p => p.Id)));
        Assert.Equal(["ctl-tls-in-transit", "ctl-tls-certificate-validation", "ctl-tls-strong-cipher-suites"],
            results.Single(r => r.Id == "2.3").Parts.Select(p => p.Id));
    }

    [Fact]
    public void A_low_precision_finding_never_contradicts_a_claim()
    {
        var low = F("CMP2002", "src/Auth.cs", 4);
        low.Precision = Precisions.Low;
        var examined = Examined((Themes.WeakHash, ["src/Auth.cs"]));
        // v2: "met" needs positive evidence; the low-precision finding must not turn it into "contradicted".
        Assert.Equal("met", One(ClaimOf("3.1", ["ctl-password-slow-salted-hash"]), [low], examined, [O("CMP2002", "src/Account.cs", 12)]).Verdict); // the test catalog has no CMP2990: any rule of the control observes
        Assert.Equal("contradicted", One(ClaimOf("3.1", ["ctl-password-slow-salted-hash"]), [F("CMP2002", "src/Auth.cs", 4)], examined).Verdict);
    }
}
