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
        new(id, new($"声明{id}", $"Claim {id}"), controls, manual.Select(m => new LocalizedText(m + "（中）", m)).ToList(), null);

    private static Profile ProfileOf(params Claim[] claims) => new("test", new("测试", "Test"), claims, "test.yaml");

    private static ResultFinding F(string rule, string file, int line, string? suppression = null, string? baseline = null) => new()
    {
        RuleId = rule, Theme = Catalog.Rules[rule].Theme, Severity = "high", Controls = [.. Catalog.Rules[rule].Controls],
        File = file, StartLine = line, StartColumn = 1, EndLine = line, EndColumn = 2, Message = "m",
        Suppression = suppression is null ? null : new Suppression { Kind = suppression }, BaselineState = baseline,
    };

    private static Dictionary<string, IReadOnlyCollection<string>> Examined(params (string Theme, string[] Files)[] entries) =>
        entries.ToDictionary(e => e.Theme, e => (IReadOnlyCollection<string>)e.Files, StringComparer.Ordinal);

    private static ClaimResult One(Claim claim, IReadOnlyList<ResultFinding> findings, Dictionary<string, IReadOnlyCollection<string>> examined) =>
        Assert.Single(ClaimEvaluator.Evaluate(ProfileOf(claim), Catalog, findings, examined));

    [Fact]
    public void Met_lists_the_checks_that_ran_and_the_files_they_examined()
    {
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [],
            Examined((Themes.Ha, ["deploy/pg.yaml", "deploy/compose.yaml"]), (Themes.Tls, ["nginx/site.conf"])));
        Assert.Equal("met", r.Verdict);
        Assert.Empty(r.Evidence);
        var examined = Assert.Single(r.Examined);
        Assert.Equal("ha", examined.Theme);
        Assert.Equal(["CMP5501", "CMP5502"], examined.Checks); // CMP5590 is off by default: it did not run
        Assert.Equal(["deploy/compose.yaml", "deploy/pg.yaml"], examined.Files);
        Assert.Equal(("声明2.1", "Claim 2.1"), (r.Title, r.TitleEn));
    }

    [Fact]
    public void Contradicted_by_an_unsuppressed_finding_with_sorted_evidence()
    {
        var findings = new[]
        {
            F("CMP5502", "deploy/pg.yaml", 30), F("CMP5501", "deploy/compose.yaml", 12), F("CMP5501", "deploy/pg.yaml", 4),
            F("CMP5401", "deploy/pg.yaml", 1), // another claim's check
        };
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), findings, Examined((Themes.Ha, ["deploy/pg.yaml", "deploy/compose.yaml"])));
        Assert.Equal("contradicted", r.Verdict);
        Assert.Equal(["deploy/compose.yaml:12:CMP5501", "deploy/pg.yaml:4:CMP5501", "deploy/pg.yaml:30:CMP5502"],
            r.Evidence.Select(e => $"{e.File}:{e.Line}:{e.RuleId}"));
    }

    [Theory]
    [InlineData("external")]
    [InlineData("inSource")]
    public void Suppressed_findings_do_not_contradict(string kind)
    {
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [F("CMP5501", "deploy/pg.yaml", 4, suppression: kind)],
            Examined((Themes.Ha, ["deploy/pg.yaml"])));
        Assert.Equal("met", r.Verdict);
        Assert.Empty(r.Evidence);
    }

    [Fact]
    public void Findings_absent_from_the_scan_but_kept_from_the_baseline_do_not_contradict()
    {
        var r = One(ClaimOf("2.1", ["ctl-datastore-ha"]), [F("CMP5501", "deploy/pg.yaml", 4, baseline: "absent")],
            Examined((Themes.Ha, ["deploy/pg.yaml"])));
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
    public void Partial_when_some_linked_themes_had_inputs_and_others_not()
    {
        var r = One(ClaimOf("4.1", ["ctl-admin-network-allowlist", "ctl-ssh-key-only-login", "ctl-mfa-remote-admin"]), [],
            Examined((Themes.Allowlist, ["k8s/ingress.yaml"]), (Themes.SshHardening, ["etc/ssh/sshd_config"])));
        Assert.Equal("partial", r.Verdict);
        Assert.Equal(["allowlist", "ssh-hardening"], r.Examined.Select(e => e.Theme));
    }

    [Fact]
    public void A_control_without_any_check_is_not_covered_even_when_its_theme_had_inputs()
    {
        var r = One(ClaimOf("4.1", ["ctl-login-failure-limits"]), [], Examined((Themes.SshHardening, ["etc/ssh/sshd_config"])));
        Assert.Equal("not-covered", r.Verdict);
        // Same theme, but only the key-only control has a check: the claim is only partly verified.
        var partial = One(ClaimOf("4.1", ["ctl-ssh-key-only-login", "ctl-login-failure-limits"]), [], Examined((Themes.SshHardening, ["etc/ssh/sshd_config"])));
        Assert.Equal("partial", partial.Verdict);
        Assert.Equal(["CMP5201"], Assert.Single(partial.Examined).Checks);
    }

    [Fact]
    public void Partial_when_some_links_are_manual()
    {
        var r = One(ClaimOf("2.4", ["ctl-password-slow-salted-hash"], "encryption at rest"), [], Examined((Themes.WeakHash, ["src/Users.cs"])));
        Assert.Equal("partial", r.Verdict);
        Assert.Equal(["encryption at rest（中）"], r.Manual);
        Assert.Equal(["encryption at rest"], r.ManualEn);
    }

    [Fact]
    public void Manual_when_every_link_is_manual()
    {
        var r = One(ClaimOf("4.3", [], "drill records"), [F("CMP5501", "deploy/pg.yaml", 4)], Examined((Themes.Ha, ["deploy/pg.yaml"])));
        Assert.Equal("manual", r.Verdict);
        Assert.Empty(r.Evidence);
        Assert.Empty(r.Examined);
    }

    [Fact]
    public void Contradiction_wins_over_missing_inputs_and_manual_links()
    {
        var r = One(ClaimOf("4.1", ["ctl-admin-network-allowlist", "ctl-mfa-remote-admin"], "password policy"),
            [F("CMP5101", "k8s/ingress.yaml", 7)], Examined((Themes.Allowlist, ["k8s/ingress.yaml"])));
        Assert.Equal("contradicted", r.Verdict);
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
        var results = ClaimEvaluator.Evaluate(catalog.Profiles["saas-whitepaper"], catalog, [], Examined());
        Assert.Equal(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5"],
            results.Select(r => r.Id));
        // Nothing scanned: automated claims are not covered, document-only ones need manual review.
        Assert.Equal("not-covered", results.Single(r => r.Id == "2.1").Verdict);
        Assert.Equal("manual", results.Single(r => r.Id == "4.3").Verdict);
        Assert.Contains("SHA-256", results.Single(r => r.Id == "3.1").Note);
    }

    [Fact]
    public void A_low_precision_finding_never_contradicts_a_claim()
    {
        var low = F("CMP2002", "src/Auth.cs", 4);
        low.Precision = Precisions.Low;
        var examined = Examined((Themes.WeakHash, ["src/Auth.cs"]));
        Assert.Equal("met", One(ClaimOf("3.1", ["ctl-password-slow-salted-hash"]), [low], examined).Verdict);
        Assert.Equal("contradicted", One(ClaimOf("3.1", ["ctl-password-slow-salted-hash"]), [F("CMP2002", "src/Auth.cs", 4)], examined).Verdict);
    }
}
