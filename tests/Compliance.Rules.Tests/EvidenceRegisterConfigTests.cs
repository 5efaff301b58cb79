namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;
using Compliance.Rules.Configuration;

/// <summary>compliance.yaml evidence:, remediation:, signoff: and reportNumber (issue 15): read, and rejected with file:line.</summary>
public class EvidenceRegisterConfigTests
{
    private const string Valid =
        """
        profile: saas-whitepaper
        reportNumber: SEC-2026-017
        signoff:
          preparedBy: 张编制
          reviewedBy: 李审核
          approvedBy: 王批准
        evidence:
          - item: 2.4/encryption-at-rest
            document: https://wiki.example.cn/kms/encryption-at-rest
            reviewer: 李审核
            date: 2026-10-01
            expires: 2027-10-01
            note: RDS TDE and KMS key rotation
          - item: "4.3"
            document: docs/emergency-plan-2026.pdf
            reviewer: 李审核
            date: 2026-09-15
        remediation:
          - group: CMP5201
            owner: 运维组
            due: 2027-01-31
          - group: tls
            owner: 平台组
            due: 2027-02-28
            note: move the portal behind the TLS ingress
        """;

    [Fact]
    public void Evidence_remediation_signoff_and_report_number_are_read()
    {
        var config = ComplianceConfig.Parse(Valid);
        Assert.Equal("SEC-2026-017", config.ReportNumber);
        Assert.Equal(new SignOff("张编制", "李审核", "王批准"), config.SignOff);
        Assert.Equal(2, config.Evidence.Count);
        Assert.Equal(new EvidenceEntry("2.4/encryption-at-rest", "https://wiki.example.cn/kms/encryption-at-rest", "李审核",
            new DateOnly(2026, 10, 1), new DateOnly(2027, 10, 1), "RDS TDE and KMS key rotation", 8), config.Evidence[0]);
        Assert.Null(config.Evidence[1].Expires);
        Assert.Equal(["CMP5201 运维组 2027-01-31", "tls 平台组 2027-02-28"], config.Remediation.Select(r => $"{r.Group} {r.Owner} {r.Due:yyyy-MM-dd}"));
        var catalog = CatalogLoader.LoadEmbedded();
        config.ValidateAgainst(catalog);
        config.ValidateEvidence(catalog.Profiles["saas-whitepaper"]); // both items exist: no exception
    }

    [Theory]
    [InlineData("evidence:\n  - item: 4.3\n    reviewer: a\n    date: 2026-01-01\n", "compliance.yaml:2: evidence for 4.3 needs 'document' (a path or URL of the document)")]
    [InlineData("evidence:\n  - item: 4.3\n    document: x.pdf\n    reviewer: a\n    date: 2026/01/01\n", "compliance.yaml:5: evidence for 4.3 date must be a date yyyy-MM-dd, got '2026/01/01'")]
    [InlineData("evidence:\n  - item: 4.3\n    document: x.pdf\n    date: 2026-01-01\n", "compliance.yaml:2: evidence for 4.3 needs 'reviewer' (who checked the document)")]
    [InlineData("evidence:\n  - item: 4.3\n    document: x.pdf\n    reviewer: a\n    date: 2026-05-01\n    expires: 2026-01-01\n", "compliance.yaml:6: evidence for 4.3 expires (2026-01-01) before its date (2026-05-01)")]
    [InlineData("evidence:\n  - item: 4.3\n    document: x.pdf\n    reviewer: a\n    date: 2026-01-01\n    owner: b\n", "compliance.yaml:6: unknown evidence field 'owner' (known: item, document, reviewer, date, expires, note)")]
    [InlineData("evidence: docs/\n", "compliance.yaml:1: 'evidence' must be a list")]
    [InlineData("remediation:\n  - group: CMP5201\n    owner: ops\n", "compliance.yaml:2: the remediation of CMP5201 needs 'due' (yyyy-MM-dd)")]
    [InlineData("signoff:\n  author: a\n", "compliance.yaml:2: unknown signoff field 'author' (known: preparedBy, reviewedBy, approvedBy)")]
    public void Bad_entries_name_file_line_and_problem(string yaml, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => ComplianceConfig.Parse(yaml));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Evidence_for_an_unknown_item_and_remediation_for_an_unknown_rule_are_rejected_against_the_catalog()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        var config = ComplianceConfig.Parse("evidence:\n  - item: 2.4/encryption\n    document: x.pdf\n    reviewer: a\n    date: 2026-01-01\n");
        var ex = Assert.Throws<ConfigException>(() => config.ValidateEvidence(catalog.Profiles["saas-whitepaper"]));
        Assert.Equal("compliance.yaml:2: evidence names unknown claim or manual item '2.4/encryption' in profile 'saas-whitepaper' (items of that claim: 2.4/encryption-at-rest, 2.4/pci-dss)", ex.Message);

        var plan = ComplianceConfig.Parse("remediation:\n  - group: CMP5999\n    owner: ops\n    due: 2027-01-01\n");
        Assert.Equal("compliance.yaml:2: remediation names unknown rule or theme 'CMP5999' (see `compliance rules list`)",
            Assert.Throws<ConfigException>(() => plan.ValidateAgainst(catalog)).Message);
    }

    [Fact]
    public void Every_manual_item_of_a_profile_needs_an_explicit_id_of_its_claim()
    {
        var catalog = CatalogLoader.LoadEmbedded();
        const string Head = "id: mine\nname: {zh: 我的, en: Mine}\nclaims:\n  - id: \"4.3\"\n    title: {zh: 应急, en: Emergency}\n    manual:\n";
        var missing = Assert.Throws<ConfigException>(() => CatalogLoader.ParseProfile(Head + "      - {zh: 预案, en: Plan}\n", "claims.yaml", catalog));
        Assert.StartsWith("claims.yaml:7: claim '4.3': every manual item needs an 'id' such as '4.3/encryption-at-rest' (compliance.yaml evidence entries name it)\n", missing.Message);
        var foreign = Assert.Throws<ConfigException>(() => CatalogLoader.ParseProfile(Head + "      - {id: 4.5/plan, zh: 预案, en: Plan}\n", "claims.yaml", catalog));
        Assert.StartsWith("claims.yaml:7: claim '4.3': manual item id '4.5/plan' must be '4.3/' followed by lower-case words joined by '-'", foreign.Message);
        var ok = CatalogLoader.ParseProfile(Head + "      - {id: 4.3/emergency-plan, zh: 预案, en: Plan}\n", "claims.yaml", catalog);
        Assert.Equal(["4.3/emergency-plan"], ok.Claims[0].ManualIds);
    }
}
