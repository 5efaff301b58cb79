namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;
using Compliance.Rules.Claims;
using Compliance.Rules.Configuration;

/// <summary>A repository's own claims file (compliance.yaml claimsFile) is checked against the catalog.</summary>
public class ClaimsFileTests
{
    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cmp-claims-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_drafted_claims_file_loads_as_a_profile()
    {
        var path = WriteTemp(ClaimsDrafter.Draft(File.ReadAllText(RepoPaths.Fixture("whitepaper-en.md")), "acme-ledger"));
        try
        {
            var profile = CatalogLoader.LoadProfileFile(path, CatalogLoader.LoadEmbedded());
            Assert.Equal("acme-ledger", profile.Id);
            Assert.Equal(6, profile.Claims.Count);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Unknown_control_in_a_claims_file_is_a_configuration_error_naming_file_and_line()
    {
        var path = WriteTemp("id: mine\nname: {zh: 我的, en: Mine}\nclaims:\n  - id: \"1\"\n    title: {zh: 传输, en: Transit}\n    controls: [ctl-tls-everywhere]\n");
        try
        {
            var ex = Assert.Throws<ConfigException>(() => CatalogLoader.LoadProfileFile(path, CatalogLoader.LoadEmbedded()));
            Assert.Equal($"{path.Replace('\\', '/')}:6: claim '1' links unknown control 'ctl-tls-everywhere'", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_claim_with_neither_controls_nor_manual_evidence_is_rejected()
    {
        var ex = Assert.Throws<ConfigException>(() => CatalogLoader.ParseProfile(
            "id: mine\nname: {zh: 我的, en: Mine}\nclaims:\n  - id: \"1\"\n    title: {zh: 承诺, en: Promise}\n", "claims.yaml", CatalogLoader.LoadEmbedded()));
        Assert.Equal("claims.yaml:4: claim '1' links no control and lists nothing manual", ex.Message);
    }

    [Fact]
    public void Missing_claims_file()
    {
        var ex = Assert.Throws<ConfigException>(() => CatalogLoader.LoadProfileFile("/nonexistent/claims.yaml", CatalogLoader.LoadEmbedded()));
        Assert.Equal("/nonexistent/claims.yaml:1: claims file not found", ex.Message);
    }
}
