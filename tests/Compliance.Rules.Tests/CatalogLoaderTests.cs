namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

public class CatalogLoaderTests
{
    private static readonly string[] ControlIds =
    [
        "ctl-no-hardcoded-secrets", "ctl-password-slow-salted-hash", "ctl-strong-crypto-algorithms", "ctl-strong-kdf",
        "ctl-pii-masked-in-logs", "ctl-pii-minimised-in-responses", "ctl-pii-protected-in-storage", "ctl-no-real-pii-in-code",
        "ctl-mfa-remote-admin", "ctl-admin-network-allowlist", "ctl-datastore-network-isolation", "ctl-ssh-key-only-login",
        "ctl-ssh-no-root-password", "ctl-login-failure-limits", "ctl-tls-in-transit", "ctl-backup-daily-retained-offsite",
        "ctl-datastore-ha", "ctl-login-audit-logging", "ctl-inputs-analysable",
        // second wave (issue 15)
        "ctl-tls-certificate-validation", "ctl-account-lockout", "ctl-password-policy", "ctl-session-revocation",
        "ctl-login-failure-logging", "ctl-api-authorization", "ctl-k8s-rbac-least-privilege", "ctl-dependency-vulnerability-audit",
    ];

    [Fact]
    public void Embedded_catalog_loads_with_the_contract_controls_and_the_version_of_catalog_yaml()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        Assert.Equal(ControlIds.Order(StringComparer.Ordinal), catalog.Controls.Keys.Order(StringComparer.Ordinal));
        var versionLine = File.ReadAllLines(Path.Combine(RepoPaths.Rules, "catalog.yaml")).Single(l => l.StartsWith("version:"));
        Assert.Equal(versionLine["version:".Length..].Trim(), catalog.Version);
        Assert.Equal(["csl", "dsl", "gbt22239", "gbt35273", "netdata", "pipl"], catalog.Laws.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Embedded_and_directory_catalogs_hold_the_same_items()
    {
        var embedded = CatalogLoader.LoadEmbedded();
        var fromDisk = CatalogLoader.LoadFromDirectory(RepoPaths.Rules);
        Assert.Equal(fromDisk.Rules.Keys.Order(StringComparer.Ordinal), embedded.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(fromDisk.Clauses.Keys.Order(StringComparer.Ordinal), embedded.Clauses.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(fromDisk.Profiles.Keys, embedded.Profiles.Keys);
        Assert.Equal("rules/controls/ctl-tls-in-transit.yaml", embedded.Controls["ctl-tls-in-transit"].SourceFile);
    }

    [Fact]
    public void Csl_clauses_carry_2025_numbers_with_the_2016_legacy_id_and_both_citations()
    {
        var clause = CatalogLoader.LoadEmbedded().Clauses["csl-2025-23"];
        Assert.Equal("csl-2016-21", clause.Legacy);
        Assert.Equal("CSL Art. 21 (2016) / Art. 23 (2025)", clause.ReferenceFor("en"));
        Assert.Equal("V", clause.Mark);
        Assert.Contains("等级保护", clause.Quote.Zh);
    }

    [Fact]
    public void Tool_rules_for_parse_errors_exist_with_the_inputs_control()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        foreach (var id in new[] { "CMP9001", "CMP9002", "CMP9099" })
        {
            var rule = catalog.FindRule(id)!;
            Assert.Equal(RuleKind.Tool, rule.Kind);
            Assert.Equal(Themes.ParseError, rule.Theme);
            Assert.Equal(["ctl-inputs-analysable"], rule.Controls);
        }
        Assert.Equal(["pipl-54"], catalog.ClausesOf(catalog.FindRule("CMP9001")!));
    }

    [Fact]
    public void Policies_load_as_policy_rules_keeping_their_engine_data()
    {
        var catalog = CatalogLoader.LoadFromDirectory(RepoPaths.Rules);
        var policies = catalog.Rules.Values.Where(r => r.Kind == RuleKind.Policy).ToList();
        Assert.NotEmpty(policies);
        Assert.All(policies, p => Assert.StartsWith($"rules/policies/{p.Theme}/{p.Id}/", p.SourceFile));
        Assert.Contains(policies, p => p.Extra.ContainsKey("examples"));
        Assert.All(policies, p => Assert.False(p.Extra.ContainsKey("title")));
    }

    [Fact]
    public void Every_control_cites_a_clause_and_every_clause_has_a_verification_mark()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        Assert.All(catalog.Controls.Values, c => Assert.NotEmpty(c.Clauses));
        Assert.All(catalog.Clauses.Values, c => Assert.Contains(c.Mark, new[] { "V", "S", "U" }));
    }

    // ---- a broken copy of the catalog fails loudly, naming file:line and the broken reference ----

    [Fact]
    public void Control_citing_an_unknown_clause()
    {
        using var copy = new CatalogCopy();
        var line = copy.Replace("controls/ctl-tls-in-transit.yaml", "  - netdata-9\n", "  - pipl-999\n");
        Assert.Equal($"rules/controls/ctl-tls-in-transit.yaml:{line}: control 'ctl-tls-in-transit' cites unknown clause 'pipl-999'",
            copy.Break().Message);
    }

    [Fact]
    public void Rule_naming_an_unknown_control()
    {
        using var copy = new CatalogCopy();
        copy.Replace("diagnostics/CMP9002.yaml", "controls: [ctl-inputs-analysable]", "controls: [ctl-inputs-readable]");
        var line = copy.Read("diagnostics/CMP9002.yaml").Split('\n').ToList().FindIndex(l => l.StartsWith("controls:")) + 1;
        Assert.Equal($"rules/diagnostics/CMP9002.yaml:{line}: rule 'CMP9002' names unknown control 'ctl-inputs-readable'",
            copy.Break().Message);
    }

    [Fact]
    public void Claim_linking_an_unknown_control()
    {
        using var copy = new CatalogCopy();
        var line = copy.Replace("profiles/saas-whitepaper.yaml", "controls: [ctl-datastore-ha]", "controls: [ctl-database-ha]");
        Assert.Equal($"rules/profiles/saas-whitepaper.yaml:{line}: claim '2.1' links unknown control 'ctl-database-ha'",
            copy.Break().Message);
    }

    [Fact]
    public void Duplicate_rule_id_names_both_files()
    {
        using var copy = new CatalogCopy();
        copy.Write("policies/parse-error/CMP9001/policy.yaml", copy.Read("diagnostics/CMP9001.yaml").Replace("kind: tool\n", ""));
        Assert.Equal("rules/policies/parse-error/CMP9001/policy.yaml:1: duplicate rule id 'CMP9001' (also in rules/diagnostics/CMP9001.yaml)",
            copy.Break().Message);
    }

    [Fact]
    public void Duplicate_clause_id()
    {
        using var copy = new CatalogCopy();
        var text = copy.Read("laws/pipl.yaml");
        var lines = text.Count(c => c == '\n');
        copy.Write("laws/pipl.yaml", text + "  - id: pipl-6\n    ref: {zh: 第六条, en: Art. 6}\n    mark: V\n    quote: {zh: 最小范围, en: minimum}\n");
        Assert.Equal($"rules/laws/pipl.yaml:{lines + 1}: duplicate clause id 'pipl-6' (also in rules/laws/pipl.yaml)", copy.Break().Message);
    }

    [Fact]
    public void Rule_id_outside_its_themes_range()
    {
        using var copy = new CatalogCopy();
        copy.Replace("diagnostics/CMP9099.yaml", "theme: parse-error", "theme: tls");
        Assert.Equal("rules/diagnostics/CMP9099.yaml:1: rule 'CMP9099' is outside the range of theme 'tls' (CMP5300-CMP5399, CMP4200-CMP4299)",
            copy.Break().Message);
    }

    [Fact]
    public void Malformed_rule_id()
    {
        using var copy = new CatalogCopy();
        copy.Write("diagnostics/CMP91.yaml", copy.Read("diagnostics/CMP9099.yaml").Replace("id: CMP9099", "id: CMP91"));
        Assert.Equal("rules/diagnostics/CMP91.yaml:1: rule 'CMP91': ids look like CMP1234", copy.Break().Message);
    }

    [Fact]
    public void Unknown_theme()
    {
        using var copy = new CatalogCopy();
        var line = copy.Replace("controls/ctl-strong-kdf.yaml", "theme: weak-hash", "theme: crypto");
        Assert.Equal($"rules/controls/ctl-strong-kdf.yaml:{line}: control 'ctl-strong-kdf' has unknown theme 'crypto' (known: {string.Join(", ", Themes.All)})",
            copy.Break().Message);
    }

    [Fact]
    public void Bad_severity()
    {
        using var copy = new CatalogCopy();
        var line = copy.Replace("diagnostics/CMP9002.yaml", "severity: low", "severity: severe");
        Assert.Equal($"rules/diagnostics/CMP9002.yaml:{line}: rule 'CMP9002' has severity 'severe': use critical, high, medium or low",
            copy.Break().Message);
    }

    [Fact]
    public void Missing_english_text()
    {
        using var copy = new CatalogCopy();
        var text = copy.Read("controls/ctl-datastore-ha.yaml");
        var en = text.Split('\n').First(l => l.StartsWith("  en:"));
        copy.Write("controls/ctl-datastore-ha.yaml", text.Replace(en + "\n", ""));
        Assert.Equal("rules/controls/ctl-datastore-ha.yaml:4: control 'ctl-datastore-ha': 'title' is missing its en text", copy.Break().Message);
    }

    [Fact]
    public void Yaml_syntax_error_names_the_line()
    {
        using var copy = new CatalogCopy();
        copy.Write("controls/ctl-datastore-ha.yaml", "id: ctl-datastore-ha\ntheme: ha\ntitle: {zh: 高可用, en: \"unclosed\n");
        var message = copy.Break().Message;
        Assert.StartsWith("rules/controls/ctl-datastore-ha.yaml:", message);
        Assert.Contains("YAML syntax error", message);
        // The other files still load: the only other complaints are references to the broken control.
        Assert.All(message.Split('\n').Skip(1), l => Assert.Contains("'ctl-datastore-ha'", l));
    }

    [Fact]
    public void Missing_catalog_version()
    {
        using var copy = new CatalogCopy();
        File.Delete(copy.PathOf("catalog.yaml"));
        Assert.Equal("rules/catalog.yaml:1: the catalog has no 'version' (rules/catalog.yaml is missing)", copy.Break().Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var copy = new CatalogCopy();
        copy.Replace("diagnostics/CMP9002.yaml", "severity: low", "severity: severe");
        copy.Replace("controls/ctl-strong-kdf.yaml", "theme: weak-hash", "theme: crypto");
        Assert.Equal(2, copy.Break().Errors.Count);
    }
}
