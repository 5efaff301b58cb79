namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;
using Compliance.Rules.Claims;

/// <summary>
/// claims init on three differently shaped whitepapers the team wrote (Fixtures/whitepapers): numbered
/// one-line promises, ### headings, a bullet list. Each is split into one claim per promise (issue 15:
/// these used to become one claim for the whole document), and every draft loads as a claims file.
/// </summary>
public class ClaimsDrafterShapesTests
{
    private static string Text(string name) => File.ReadAllText(RepoPaths.Fixture(Path.Combine("whitepapers", name)));

    private static Profile Load(string draft) => CatalogLoader.ParseProfile(draft, "claims.yaml", CatalogLoader.LoadEmbedded());

    [Fact]
    public void Numbered_one_line_promises_become_one_claim_each_with_their_numbers()
    {
        var claims = ClaimsDrafter.Analyse(Text("numbered-lines.md"));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"], claims.Select(c => c.Id));
        Assert.Equal(["ctl-password-slow-salted-hash", "ctl-strong-kdf"], claims[0].Controls);
        Assert.Contains("ctl-tls-in-transit", claims[1].Controls);
        Assert.Equal(["ctl-backup-daily-retained-offsite"], claims[2].Controls);
        Assert.Contains("ctl-ssh-key-only-login", claims[3].Controls);
        Assert.Contains("ctl-admin-network-allowlist", claims[3].Controls);
        Assert.Equal(["ctl-mfa-remote-admin"], claims[4].Controls);
        Assert.Contains("ctl-pii-masked-in-logs", claims[5].Controls);
        Assert.Equal("所有用户密码均使用 bcrypt 加盐哈希后存储", claims[0].Title);
        Assert.Equal(6, Load(ClaimsDrafter.Draft(Text("numbered-lines.md"))).Claims.Count);
    }

    [Fact]
    public void Level_three_headings_become_claims_and_their_chapter_headings_do_not()
    {
        var claims = ClaimsDrafter.Analyse(Text("h3-headings.md"));
        Assert.Equal(["Encryption in transit", "Backups", "Password storage", "Account lockout"], claims.Select(c => c.Title));
        Assert.Equal(["1", "2", "3", "4"], claims.Select(c => c.Id));
        Assert.Equal(["ctl-login-failure-limits"], claims[3].Controls);
        Assert.Equal(4, Load(ClaimsDrafter.Draft(Text("h3-headings.md"))).Claims.Count);
    }

    [Fact]
    public void Bullet_list_promises_become_claims_titled_by_their_label()
    {
        var claims = ClaimsDrafter.Analyse(Text("bullets.md"));
        Assert.Equal(["数据高可用", "传输加密", "密码存储", "日志脱敏", "登录审计"], claims.Select(c => c.Title));
        Assert.Equal(["1", "2", "3", "4", "5"], claims.Select(c => c.Id));
        Assert.Equal(["ctl-datastore-ha"], claims[0].Controls);
        Assert.Equal(["ctl-app-login-failure-logging", "ctl-login-audit-logging"], claims[4].Controls);
        var profile = Load(ClaimsDrafter.Draft(Text("bullets.md")));
        Assert.Equal(5, profile.Claims.Count);
    }

    [Fact]
    public void Drafted_manual_items_carry_explicit_ids_for_the_evidence_register()
    {
        const string Paper = "# 白皮书\n\n- 访问控制：最小权限，RBAC 分级授权。\n- 应急演练：每年进行两次应急演练。\n";
        var profile = Load(ClaimsDrafter.Draft(Paper));
        Assert.Equal(["1/access-control"], profile.Claims[0].ManualIds);
        Assert.Equal(["ctl-endpoint-authorization"], profile.Claims[0].Controls); // checkable in part, the rest by documents
        Assert.Equal(["2/incident-response"], profile.Claims[1].ManualIds);
    }
}
