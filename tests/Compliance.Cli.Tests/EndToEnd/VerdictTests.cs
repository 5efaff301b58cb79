namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;

/// <summary>
/// Issue 15's done-when checks, run through the CLI as a user would: an empty folder, a code-only folder
/// and a config-only folder get no unearned "met" (and the empty one is "insufficient evidence", never
/// "基本符合"); the evidence register closes and reopens manual items; zh-CN and en.
/// </summary>
public sealed class VerdictTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cmp-verdicts-" + Guid.NewGuid().ToString("N"));

    public VerdictTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Folder(string name, params (string Path, string Text)[] files)
    {
        var dir = Path.Combine(_root, name);
        Directory.CreateDirectory(dir);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return dir;
    }

    private (CliRunner.Run Run, JsonElement Results, string Html, string Markdown) Scan(string dir, params string[] extra)
    {
        var output = Path.Combine(_root, "out-" + Path.GetFileName(dir) + "-" + extra.Length);
        var run = CliRunner.Invoke(_root, ["scan", dir, "--output", output, "--format", "json,html,md", "--fail-on", "none", "--no-restore", .. extra]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Stderr}");
        var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "results.json"))).RootElement.Clone();
        return (run, results, File.ReadAllText(Path.Combine(output, "report.html")), File.ReadAllText(Path.Combine(output, "report.md")));
    }

    private static Dictionary<string, JsonElement> Claims(JsonElement results) =>
        results.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

    private static string Verdict(JsonElement claim) => claim.GetProperty("verdict").GetString()!;

    /// <summary>A "met" claim must show an observation for every control part and no open manual part.</summary>
    internal static void EveryMetClaimIsEarned(JsonElement results)
    {
        foreach (var claim in results.GetProperty("claims").EnumerateArray().Where(c => Verdict(c) == "met"))
            foreach (var part in claim.GetProperty("parts").EnumerateArray())
            {
                var id = $"{claim.GetProperty("id").GetString()} {part.GetProperty("id").GetString()}";
                if (part.GetProperty("kind").GetString() == "control")
                {
                    Assert.True(part.GetProperty("status").GetString() == "verified", $"{id} is met but its part is {part.GetProperty("status")}");
                    Assert.True(part.GetProperty("observations").GetArrayLength() > 0, $"{id} is met without an observation");
                }
                else Assert.Equal("closed", part.GetProperty("status").GetString());
            }
    }

    [Fact]
    public void An_empty_folder_is_insufficient_evidence_in_both_languages_never_largely_compliant()
    {
        var dir = Folder("empty");
        var zh = Scan(dir);
        Assert.Equal(2, zh.Results.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("insufficient-evidence", zh.Results.GetProperty("summary").GetProperty("overall").GetString());
        Assert.DoesNotContain(Claims(zh.Results).Values, c => Verdict(c) is "met" or "partial");
        Assert.Contains("证据不足", zh.Html);
        Assert.Contains("证据不足", zh.Markdown);
        Assert.DoesNotContain("基本符合", zh.Html);
        Assert.DoesNotContain("基本符合", zh.Markdown);

        var en = Scan(dir, "--lang", "en");
        Assert.Contains("Insufficient evidence", en.Html);
        Assert.DoesNotContain("Largely compliant", en.Html);
    }

    [Fact]
    public void A_code_only_folder_gets_no_unearned_met_and_tls_and_login_logs_stay_unproven()
    {
        // The issue's case: an ASP.NET Core project with no TLS configuration and an appsettings.json.
        var dir = Folder("code-only",
            ("Web/Program.cs", """
                using Microsoft.AspNetCore.Identity;
                public class AppUser { public string UserName { get; set; } = ""; }
                public static class Accounts
                {
                    public static string Store(string password) => new PasswordHasher<AppUser>().HashPassword(new AppUser(), password);
                }
                """),
            ("Web/appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }"""));
        var (_, results, html, _) = Scan(dir);
        var claims = Claims(results);
        Assert.NotEqual("met", Verdict(claims["2.3"]));
        Assert.NotEqual("met", Verdict(claims["3.5"]));
        Assert.NotEqual("met", results.GetProperty("summary").GetProperty("overall").GetString());
        // The password hashed with PasswordHasher<T> is positive evidence at its call (Program.cs:5).
        var hashing = claims["3.1"].GetProperty("parts").EnumerateArray().First(p => p.GetProperty("id").GetString() == "ctl-password-slow-salted-hash");
        Assert.Equal("verified", hashing.GetProperty("status").GetString());
        var o = Assert.Single(hashing.GetProperty("observations").EnumerateArray());
        Assert.Equal(("Web/Program.cs", 5, "CMP2990"), (o.GetProperty("file").GetString(), o.GetProperty("line").GetInt32(), o.GetProperty("ruleId").GetString()));
        Assert.Contains("Web/<wbr>Program.cs:5", html); // listed under the claim, wrapping at '/'
        EveryMetClaimIsEarned(results);
    }

    [Fact]
    public void A_config_only_folder_with_hardened_sshd_and_pam_does_not_meet_server_login_or_login_logs()
    {
        var dir = Folder("config-only",
            ("etc/ssh/sshd_config", "PasswordAuthentication no\nPermitRootLogin no\nPermitEmptyPasswords no\nMaxAuthTries 3\nLogLevel VERBOSE\n" +
                                    "AuthenticationMethods publickey,keyboard-interactive\nKbdInteractiveAuthentication yes\nUsePAM yes\nAllowUsers ops@10.20.0.0/16\n"),
            ("etc/pam.d/sshd", "auth required pam_google_authenticator.so\n@include common-auth\n"));
        var (_, results, _, _) = Scan(dir);
        var claims = Claims(results);
        Assert.NotEqual("met", Verdict(claims["4.1"])); // the strong password policy is not checked by anything here
        Assert.NotEqual("met", Verdict(claims["3.5"])); // application login logs are not server logs
        var parts = claims["4.1"].GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("status").GetString());
        Assert.Equal("verified", parts["ctl-ssh-key-only-login"]);
        Assert.Equal("not-covered", parts["ctl-password-policy"]);
        var key = claims["4.1"].GetProperty("parts").EnumerateArray().First(p => p.GetProperty("id").GetString() == "ctl-ssh-key-only-login");
        Assert.Contains(key.GetProperty("observations").EnumerateArray(), o => o.GetProperty("file").GetString() == "etc/ssh/sshd_config" && o.GetProperty("line").GetInt32() == 1);
        EveryMetClaimIsEarned(results);
    }

    [Fact]
    public void The_evidence_register_closes_manual_items_expired_entries_reopen_them_and_the_report_names_the_reviewer()
    {
        var dir = Folder("register",
            ("compliance.yaml", """
                profile: saas-whitepaper
                reportNumber: SEC-2026-<017>
                signoff: {preparedBy: 张编制, reviewedBy: 李审核, approvedBy: 王批准}
                evidence:
                  - item: "4.3"
                    document: docs/emergency-plan.pdf
                    reviewer: 李审核
                    date: 2026-09-01
                    expires: 2027-09-01
                  - item: 4.5/incident-response
                    document: https://wiki.example.cn/ir?a=1&b=<2>
                    reviewer: 赵安全
                    date: 2025-01-01
                    expires: 2025-12-31
                """));
        var (run, results, html, _) = Scan(dir, "--as-of", "2026-11-01");
        var claims = Claims(results);
        Assert.Equal(("met", "attested"), (Verdict(claims["4.3"]), claims["4.3"].GetProperty("basis").GetString()));
        Assert.Equal("manual", Verdict(claims["4.5"]));
        Assert.Equal("expired", claims["4.5"].GetProperty("parts")[0].GetProperty("status").GetString());
        var records = results.GetProperty("evidenceRecords").EnumerateArray().Select(r => $"{r.GetProperty("item")} {r.GetProperty("status")}").ToList();
        Assert.Equal(["4.3 valid", "4.5/incident-response expired"], records);
        Assert.Contains(results.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "evidence-expired");
        // Still nothing verified by the scan itself: documents alone are not enough for an overall verdict.
        Assert.Equal("insufficient-evidence", results.GetProperty("summary").GetProperty("overall").GetString());
        Assert.Contains("docs/emergency-plan.pdf，由 李审核 于 2026-09-01 核查，有效期至 2027-09-01", html);
        Assert.Contains("SEC-2026-&lt;017&gt;", html); // user strings are escaped
        Assert.Contains("a=1&amp;b=&lt;2&gt;", html);
        Assert.DoesNotContain("<2>", html);
        Assert.Contains("王批准", html);
        Assert.Contains("评估基准日", html);
        Assert.Contains("2026-11-01", html);
    }

    [Fact]
    public void A_bad_evidence_entry_exits_2_naming_file_and_line()
    {
        var dir = Folder("bad-register", ("compliance.yaml", "evidence:\n  - item: 2.4/encryption\n    document: x.pdf\n    reviewer: a\n    date: 2026-01-01\n"));
        var run = CliRunner.Invoke(_root, ["scan", dir, "--output", Path.Combine(_root, "out-bad"), "--no-restore"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("compliance.yaml:2: evidence names unknown claim or manual item '2.4/encryption'", run.Stderr);
    }
}

/// <summary>The README's main job: the sample's report shows observations for every met claim, in zh-CN and en.</summary>
[Collection("sample-scan")]
public sealed class SampleVerdictTests(SampleScanFixture scan)
{
    [Fact]
    public void Every_met_claim_of_the_sample_shows_its_observations_and_parts_are_listed()
    {
        var results = scan.Results.RootElement;
        Assert.Equal(2, results.GetProperty("schemaVersion").GetInt32());
        VerdictTests.EveryMetClaimIsEarned(results);
        // What the sample really configures as promised (samples/README.md): session re-validation and lockout
        // (Security/AccountSecurity.cs), namespaced RBAC (deploy/k8s/rbac.yaml), NuGet audit (the .csproj), with
        // the documents of their manual parts in the evidence register of samples/compliance.yaml.
        var met = results.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("verdict").GetString() == "met").ToList();
        Assert.Equal(["3.3", "3.4", "4.2", "4.4"], met.Select(c => c.GetProperty("id").GetString()));
        var html = File.ReadAllText(Path.Combine(scan.Out, "report.html")).Replace("<wbr>", "");
        foreach (var claim in met)
        {
            var observations = claim.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("observations").EnumerateArray()).ToList();
            Assert.NotEmpty(observations);
            foreach (var o in observations) // every verifying site is shown in the report, as file:line
                Assert.Contains($"{o.GetProperty("file").GetString()}:{o.GetProperty("line").GetInt32()}", html);
        }
        string Observed(string claim, string control) => string.Join(", ", results.GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == claim).GetProperty("parts").EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == control).GetProperty("observations").EnumerateArray()
            .Select(o => $"{o.GetProperty("ruleId").GetString()} {o.GetProperty("file").GetString()}:{o.GetProperty("line").GetInt32()}"));
        Assert.Equal("CMP4192 src/WarehouseCrm/Security/AccountSecurity.cs:23", Observed("3.3", "ctl-session-revocation"));
        Assert.Equal("CMP4190 src/WarehouseCrm/Security/AccountSecurity.cs:16", Observed("3.4", "ctl-account-lockout"));
        Assert.Equal("CMP5801 src/WarehouseCrm/WarehouseCrm.csproj:10", Observed("4.4", "ctl-dependency-vulnerability-audit"));
        Assert.Contains("CMP5702 deploy/k8s/rbac.yaml:10", Observed("4.2", "ctl-k8s-rbac-least-privilege"));
        // The planted problems still decide the overall verdict, and a well-configured part does not hide them:
        // 4.1's password policy is verified (PAM pwquality, Identity options) while its SSH parts stay contradicted.
        Assert.Equal("contradicted", results.GetProperty("summary").GetProperty("overall").GetString());
        Assert.Equal("CMP4106 deploy/etc/pam.d/common-password:2, CMP4191 src/WarehouseCrm/Security/AccountSecurity.cs:19", Observed("4.1", "ctl-password-policy"));
        foreach (var claim in results.GetProperty("claims").EnumerateArray())
            Assert.True(claim.GetProperty("parts").GetArrayLength() > 0, $"{claim.GetProperty("id")} has no parts");
        // Observations of the policy checks reach results.json (e.g. the ingress TLS or nginx protocols of the sample).
        Assert.Contains(results.GetProperty("claims").EnumerateArray().SelectMany(c => c.GetProperty("parts").EnumerateArray()),
            p => p.GetProperty("observations").GetArrayLength() > 0);
        Assert.Contains("总体结论", html);
        Assert.Contains("编制", html);
        Assert.Contains("整改计划", html);
        Assert.Contains("存在风险", html);
        Assert.DoesNotContain("基本符合", html);
    }

    [Fact]
    public void The_english_report_re_rendered_from_results_json_says_the_same()
    {
        var output = Path.Combine(scan.Root, "out-en");
        var run = CliRunner.Invoke(scan.Root, ["report", Path.Combine(scan.Out, "results.json"), "--format", "html,md", "--lang", "en", "--output", output]);
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Overall verdict", html);
        Assert.Contains("Not met", html);
        Assert.Contains("Prepared by", html);
        Assert.Contains("Risk found", html);
        Assert.Contains("is a summary", File.ReadAllText(Path.Combine(output, "report.md")));
    }
}
