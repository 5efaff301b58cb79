namespace Compliance.Rules.Tests;

using Compliance.Rules.Catalog;
using Compliance.Rules.Claims;

/// <summary>
/// Runs where the seed whitepaper exists (../shared/seeds beside the repository, or
/// $COMPLIANCE_SEEDS_DIR); skipped with a message otherwise — except when $COMPLIANCE_SEEDS_DIR is
/// set (.ci/run sets it whenever ../shared is there) or CI=true with ../shared present, where a missing
/// seed fails instead of skipping.
/// </summary>
public sealed class SeedFactAttribute : FactAttribute
{
    private static string? Required => Environment.GetEnvironmentVariable("COMPLIANCE_SEEDS_DIR") is { Length: > 0 } d ? d : null;

    public static string PathOf(string name) =>
        Path.GetFullPath(Path.Combine(Required ?? Path.Combine(RepoPaths.Root, "..", "shared", "seeds"), name));

    public SeedFactAttribute(string name)
    {
        // On CI beside ../shared (CI=true), a missing seed fails like with $COMPLIANCE_SEEDS_DIR: never a silent skip.
        var ciBesideShared = Environment.GetEnvironmentVariable("CI") == "true"
                             && Directory.Exists(Path.Combine(RepoPaths.Root, "..", "shared"));
        if (Required is null && !ciBesideShared && !File.Exists(PathOf(name)))
            Skip = $"seed whitepaper {name} not found in ../shared/seeds: the seed is not part of the repository, so this test runs only beside it";
    }
}

public class ClaimsDrafterTests
{
    private const string Seed = "004_521e062f1212e947.txt";

    private static Profile DraftAndParse(string text) =>
        CatalogLoader.ParseProfile(ClaimsDrafter.Draft(text), "draft.yaml", CatalogLoader.LoadEmbedded());

    private static string Links(Profile p) => string.Join("\n", p.Claims.Select(c => $"{c.Id}: {string.Join(", ", c.Controls.Order(StringComparer.Ordinal))}"));

    [SeedFact(Seed)]
    public void Drafting_the_seed_whitepaper_reproduces_the_built_in_profiles_links()
    {
        var builtIn = CatalogLoader.LoadEmbedded().Profiles["saas-whitepaper"];
        var draft = DraftAndParse(File.ReadAllText(SeedFactAttribute.PathOf(Seed)));
        // Every link of profile v2, the controls it added included (DECISIONS.md "Built-in whitepaper profile (v2)").
        Assert.Equal(Links(builtIn), Links(draft));
        Assert.Contains("ctl-k8s-rbac-least-privilege", draft.Claims.Single(c => c.Id == "4.2").Controls);
        Assert.DoesNotContain("ctl-endpoint-authorization", draft.Claims.Single(c => c.Id == "4.2").Controls); // operators, not endpoints
        Assert.Equal(builtIn.Claims.Select(c => c.Title.Zh), draft.Claims.Select(c => c.Title.Zh));
        // Claims the built-in profile leaves to documents (4.3, 4.5) stay document-only; the partly checkable ones keep a manual item.
        Assert.Equal(["4.3", "4.5"], draft.Claims.Where(c => c.Controls.Count == 0 && c.Manual.Count > 0).Select(c => c.Id));
        Assert.Equal(builtIn.Claims.Where(c => c.Manual.Count > 0).Select(c => c.Id), draft.Claims.Where(c => c.Manual.Count > 0).Select(c => c.Id));
        Assert.Contains("PIPL Arts. 38-40", draft.Claims.Single(c => c.Id == "2.2").Note!.En);
        Assert.Contains("SHA-256", draft.Claims.Single(c => c.Id == "3.1").Note!.Zh);
    }

    [Fact]
    public void Chinese_whitepaper_with_a_table_of_contents_and_markdown_headings()
    {
        var draft = DraftAndParse(File.ReadAllText(RepoPaths.Fixture("whitepaper-zh.md")));
        Assert.Equal("whitepaper-claims", draft.Id);
        Assert.Equal("云仓 CRM 安全说明 v1.0（白皮书声明）", draft.Name.Zh);
        Assert.Equal(
            """
            1.1: ctl-tls-in-transit
            1.2: ctl-password-slow-salted-hash, ctl-strong-kdf
            1.3: ctl-backup-daily-retained-offsite
            1.4: ctl-no-real-pii-in-code, ctl-pii-masked-in-logs, ctl-pii-minimised-in-responses, ctl-pii-protected-in-storage
            2.1: ctl-admin-network-allowlist, ctl-mfa-remote-admin, ctl-ssh-key-only-login, ctl-ssh-no-root-password
            2.2: 
            """.ReplaceLineEndings("\n"), Links(draft));
        Assert.Equal(["传输安全", "口令存储", "备份与容灾", "日志中的个人信息", "运维访问", "安全培训"], draft.Claims.Select(c => c.Title.Zh));
        // Nothing checkable in 2.2: the draft says so instead of inventing a link.
        Assert.Contains("未识别到可自动核查的承诺", Assert.Single(draft.Claims[5].Manual).Zh);
        Assert.Null(draft.Claims[1].Note); // bcrypt with salt promises nothing wrong
    }

    [Fact]
    public void English_promises_link_the_profile_v2_controls_and_operations_permissions_are_not_endpoint_authorization()
    {
        var draft = DraftAndParse("""
            # Security overview

            ## 1.1 Encryption in transit
            All traffic uses TLS 1.2 or later with certificates from a public CA and modern cipher suites only.

            ## 1.2 Data access control
            Customer data is reachable only by authorised staff under role-based access control and least privilege.

            ## 1.3 Operations access
            Operations permissions are granted per role; production access needs an approved ticket and nobody holds cluster-admin.

            ## 1.4 Password reset
            Forgot your password? A password reset link expires after 30 minutes.

            ## 1.5 Sign out everywhere
            Users can sign out of every device at once from the account page.

            ## 1.6 Account freeze
            Administrators can freeze an account, and repeated failures lock it automatically.

            ## 1.7 Strong passwords
            Our password policy requires at least 12 characters and three character classes.

            ## 1.8 Vulnerability management
            Dependencies are scanned for known vulnerabilities on every build and patched within 30 days.

            ## 1.9 Data at rest
            Databases use AES-256 encryption at rest with keys in a KMS.
            """);
        Assert.Equal(
            """
            1.1: ctl-tls-certificate-validation, ctl-tls-in-transit, ctl-tls-strong-cipher-suites
            1.2: ctl-endpoint-authorization
            1.3: ctl-k8s-rbac-least-privilege
            1.4: ctl-reset-token-lifetime
            1.5: ctl-session-revocation
            1.6: ctl-account-lockout
            1.7: ctl-password-policy
            1.8: ctl-dependency-vulnerability-audit
            1.9: ctl-no-hardcoded-secrets, ctl-strong-crypto-algorithms
            """.ReplaceLineEndings("\n"), Links(draft));
        // The partly checkable promises keep a manual item for what only documents prove; TLS and the password policy are checked whole.
        Assert.Equal(["1.2", "1.3", "1.4", "1.5", "1.6", "1.8", "1.9"], draft.Claims.Where(c => c.Manual.Count > 0).Select(c => c.Id));
    }

    [Fact]
    public void English_whitepaper_with_unnumbered_markdown_headings()
    {
        var draft = DraftAndParse(File.ReadAllText(RepoPaths.Fixture("whitepaper-en.md")));
        Assert.Equal(
            """
            1: ctl-tls-in-transit
            2: ctl-password-slow-salted-hash, ctl-strong-kdf
            3: ctl-backup-daily-retained-offsite
            4: ctl-no-real-pii-in-code, ctl-pii-masked-in-logs, ctl-pii-minimised-in-responses, ctl-pii-protected-in-storage
            5: ctl-admin-network-allowlist, ctl-mfa-remote-admin, ctl-ssh-key-only-login, ctl-ssh-no-root-password
            6: 
            """.ReplaceLineEndings("\n"), Links(draft));
        Assert.Equal(["Encryption in transit", "Password storage", "Backups", "Masking of personal data", "Administrator access", "Incident response"],
            draft.Claims.Select(c => c.Title.En));
        Assert.Equal("Emergency plan, drill records, incident handling and notification records", Assert.Single(draft.Claims[5].Manual).En);
    }

    [Fact]
    public void Plain_text_numbered_english_headings()
    {
        var text = "Security Whitepaper\n\n1. Introduction\nWe care.\n\n2. Data security\n\n2.1 Encryption in transit\nAll traffic uses TLS.\n\n2.2 Passwords\nPasswords are hashed with bcrypt.\n";
        Assert.Equal("2.1: ctl-tls-in-transit\n2.2: ctl-password-slow-salted-hash, ctl-strong-kdf", Links(DraftAndParse(text)));
    }

    [Fact]
    public void Chinese_numbered_headings()
    {
        var text = "安全说明\n\n一、数据安全\n\n（一）传输加密\n\n全部接口使用 HTTPS。\n\n（二）数据备份\n\n数据库每日备份到异地机房。\n\n二、运维安全\n\n（一）服务器登录\n\n服务器只允许 SSH 密钥登录。\n";
        var draft = DraftAndParse(text);
        Assert.Equal("1.1: ctl-tls-in-transit\n1.2: ctl-backup-daily-retained-offsite\n2.1: ctl-ssh-key-only-login, ctl-ssh-no-root-password", Links(draft));
        Assert.Equal(["传输加密", "数据备份", "服务器登录"], draft.Claims.Select(c => c.Title.Zh));
    }

    [Fact]
    public void Setext_headings_in_english()
    {
        var text = "Trust Center\n============\n\nOur promises.\n\nTransport security\n------------------\n\nAll traffic uses TLS 1.2 or later.\n\nAdmin access\n------------\n\nAdministrators sign in with multi-factor authentication.\n";
        var draft = DraftAndParse(text);
        Assert.Equal("1: ctl-tls-in-transit\n2: ctl-mfa-remote-admin", Links(draft));
        Assert.Equal(["Transport security", "Admin access"], draft.Claims.Select(c => c.Title.En));
    }

    [Fact]
    public void Fast_hash_and_encryption_wording_gets_a_note()
    {
        var draft = DraftAndParse("## 3.1 Password storage\n\nPasswords are encrypted with SHA-256 and a salt.\n");
        Assert.Contains("fast hashes such as SHA-256 are unfit", draft.Claims[0].Note!.En);
    }

    [Fact]
    public void Offshore_backups_get_the_cross_border_note()
    {
        var draft = DraftAndParse("## 2.2 数据备份\n\n数据库每日备份，并复制到海外数据中心。\n");
        Assert.Equal(["ctl-backup-daily-retained-offsite"], draft.Claims[0].Controls);
        Assert.Contains("第三十八至四十条", draft.Claims[0].Note!.Zh);
    }

    [Fact]
    public void A_passing_mention_in_a_long_section_is_advice_but_in_a_short_one_a_promise()
    {
        var advice = "用户可以在账号安全中心一键登出所有设备，系统会立即终止全部会话并要求重新认证。" + new string('。', 400) + "我们建议用户启用两步验证。";
        var longSection = DraftAndParse("## 3.3 远程登出\n\n" + advice + "\n");
        Assert.Equal(["ctl-session-revocation"], longSection.Claims[0].Controls); // the heading's promise, not the advice
        var shortSection = DraftAndParse("## 3.3 远程登出\n\n一键登出所有设备，并启用两步验证。\n");
        Assert.Equal(["ctl-mfa-remote-admin", "ctl-session-revocation"], shortSection.Claims[0].Controls);
    }

    [Fact]
    public void Text_without_headings_becomes_one_claim_to_split_by_hand()
    {
        var draft = DraftAndParse("We take security seriously and protect your data.\n");
        var claim = Assert.Single(draft.Claims);
        Assert.Equal("1", claim.Id);
        Assert.Empty(claim.Controls);
        Assert.Single(claim.Manual);
    }

    [Fact]
    public void Titles_with_quotes_and_colons_stay_valid_yaml()
    {
        var draft = DraftAndParse("## 2.3 \"TLS\": everywhere # really\n\nAll traffic uses TLS and HTTPS.\n");
        Assert.Equal("\"TLS\": everywhere # really", draft.Claims[0].Title.Zh);
    }
}
