namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine;
using Compliance.PolicyEngine.Common;
using Compliance.PolicyEngine.Nginx;
using Compliance.PolicyEngine.Sshd;

/// <summary>sshd / nginx / PostgreSQL / MySQL reading: traps, exact lines and anchors, and bad input that must not throw.</summary>
public class ServerConfigTests
{
    private static readonly string[] s_serverRules =
    [
        "CMP5001", "CMP5002", "CMP5101", "CMP5102", "CMP5103", "CMP5201", "CMP5202", "CMP5203", "CMP5204", "CMP5205",
        "CMP5301", "CMP5302", "CMP5310", "CMP5311", "CMP5312", "CMP5601", "CMP5602",
    ];

    private static string Fixtures(string sub) =>
        Path.Combine(RepoPaths.Root, "tests", "Compliance.PolicyEngine.Tests", "Fixtures", sub);

    private static PolicyRunResult Scan(IReadOnlyList<ConfigFile> files, PolicyOptions? options = null) => PolicyEvaluator.Evaluate(files, options);

    private static List<string> Hits(PolicyRunResult r) =>
        r.Findings.Where(f => s_serverRules.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.File}:{f.StartLine}").ToList();

    [Fact]
    public void MatchOpenedInADropInEndsAtThatFile()
    {
        var files = RealPrograms.LoadCase(Fixtures("Sshd/dropin-match-ends-at-eof"));
        var config = SshdConfig.Parse("etc/ssh/sshd_config", new DocumentSet(files));

        // 60-limits.conf follows the drop-in that opened "Match User partner-*": its lines are global again.
        Assert.Equal(("etc/ssh/sshd_config.d/60-limits.conf", 1), (config.GlobalValue("maxauthtries")!.File, config.GlobalValue("MaxAuthTries")!.Line));
        var block = Assert.Single(config.Matches);
        Assert.Equal("User partner-*", block.CriteriaText);
        Assert.Equal(["passwordauthentication", "forcecommand", "chrootdirectory"], block.Directives.Select(d => d.Keyword));
        Assert.Equal("yes", config.EffectiveFor(new SshdConnection("partner-acme", "h", "203.0.113.9"))["passwordauthentication"].Value);
        Assert.Equal("no", config.EffectiveFor(new SshdConnection("alice", "h", "203.0.113.9"))["passwordauthentication"].Value);

        var result = Scan(files);
        var pw = Assert.Single(result.Findings, f => f.RuleId == "CMP5201");
        Assert.Equal(("etc/ssh/sshd_config.d/50-sftp.conf", 3), (pw.File, pw.StartLine));
        Assert.Equal("sshd:PasswordAuthentication@Match User partner-*", pw.Anchor);
        Assert.Contains("Match User partner-*", pw.Message, StringComparison.Ordinal);
        Assert.Contains("PasswordAuthentication no", pw.Message, StringComparison.Ordinal);
        // Global MaxAuthTries 3 (drop-in) and PermitRootLogin no are fine; Debian's INFO log level is not.
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "CMP5204" or "CMP5202");
        Assert.Contains("etc/ssh/sshd_config.d/60-limits.conf", result.Examined["ssh-hardening"]);
    }

    [Fact]
    public void IncludeInsideMatchKeepsTheBlockAndCombinesNestedCriteria()
    {
        var files = RealPrograms.LoadCase(Fixtures("Sshd/include-inside-match"));
        var config = SshdConfig.Parse("etc/ssh/sshd_config", new DocumentSet(files));
        Assert.Equal(["User deploy", "User deploy Address 10.0.0.0/8", "Address 192.168.50.0/24"], config.Matches.Select(m => m.CriteriaText));
        // 20-more.conf starts again in the includer's block (Match state is restored per included file),
        // and "MaxAuthTries 2" after the Include still belongs to "Match User deploy".
        Assert.Equal(["passwordauthentication", "authenticationmethods", "maxauthtries"], config.Matches[0].Directives.Select(d => d.Keyword));

        var hits = Hits(Scan(files));
        Assert.Contains("CMP5201 etc/ssh/deploy.d/10-base.conf:1", hits);
        Assert.Contains("CMP5202 etc/ssh/sshd_config:10", hits);
        Assert.Contains("CMP5204 etc/ssh/sshd_config:1", hits); // global MaxAuthTries default 6; the deploy block's 2 is fine
    }

    [Fact]
    public void AliasesCaseAndEqualsSignsFollowFirstValueWins()
    {
        var files = RealPrograms.LoadCase(Fixtures("Sshd/relative-include-and-aliases"));
        var hits = Hits(Scan(files));
        // "CHALLENGERESPONSEAUTHENTICATION yes" comes first, so keyboard-interactive stays on (UsePAM is off: no CMP5205).
        Assert.DoesNotContain(hits, h => h.StartsWith("CMP5205", StringComparison.Ordinal));
        Assert.Contains("CMP5204 etc/ssh/sshd_config:5", hits);   // MaxAuthTries = 5 beats the later 1
        Assert.DoesNotContain(hits, h => h.StartsWith("CMP5601", StringComparison.Ordinal)); // debug2 from the relative Include
        Assert.DoesNotContain(hits, h => h.StartsWith("CMP5101", StringComparison.Ordinal)); // both AllowUsers lines have sources
        Assert.DoesNotContain(hits, h => h.StartsWith("CMP5201", StringComparison.Ordinal));
    }

    [Fact]
    public void ApprovedNetworksNarrowTheSshAllowlist()
    {
        var files = RealPrograms.LoadCase(Fixtures("Sshd/relative-include-and-aliases"));
        var approved = new PolicyOptions { ApprovedNetworks = ["10.20.0.0/16"] };
        // "deploy@192.168.50.*" cannot be shown to lie inside 10.20.0.0/16.
        Assert.Contains("CMP5101 etc/ssh/sshd_config:8", Hits(Scan(files, approved)));
        // With neither range approved, the first AllowUsers line with an unapproved entry is reported.
        Assert.Contains("CMP5101 etc/ssh/sshd_config:7", Hits(Scan(files, new PolicyOptions { ApprovedNetworks = ["172.16.0.0/12"] })));
        Assert.DoesNotContain(Hits(Scan(files, new PolicyOptions { ApprovedNetworks = ["10.0.0.0/8", "192.168.0.0/16"] })), h => h.StartsWith("CMP5101", StringComparison.Ordinal));
    }

    [Fact]
    public void MatchAddressNegationWithDenyUsersIsAnAllowlist()
    {
        var files = RealPrograms.LoadCase(Fixtures("Sshd/match-negation-first-match-wins"));
        var config = SshdConfig.Parse("etc/ssh/sshd_config", new DocumentSet(files));
        var outside = config.EffectiveFor(new SshdConnection("alice", "h", "203.0.113.7"));
        Assert.Equal("*", outside["denyusers"].Value);
        Assert.Equal("VERBOSE", outside["loglevel"].Value);   // the first matching block wins over "Match User alice"
        Assert.Equal("2", outside["maxauthtries"].Value);
        var inside = config.EffectiveFor(new SshdConnection("bob", "h", "10.20.3.4"));
        Assert.False(inside.ContainsKey("denyusers"));
        Assert.Equal("3", inside["maxauthtries"].Value);
        Assert.DoesNotContain(Hits(Scan(files)), h => h.StartsWith("CMP5101", StringComparison.Ordinal));
    }

    [Fact]
    public void NginxIncludeChainsReportAtTheWrittenLineOnce()
    {
        var files = RealPrograms.LoadCase(Fixtures("Nginx/debian-sites"));
        var hits = Hits(Scan(files));
        Assert.Equal(
            [
                "CMP5301 etc/nginx/nginx.conf:33",              // Debian's "TLSv1 TLSv1.1 ..." inherited by shop's TLS server
                "CMP5602 etc/nginx/snippets/quiet.conf:2",      // access_log /dev/null pulled into the shop server
            ],
            hits.Where(h => h.Contains("nginx", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var config = Assert.Single(NginxConfig.AllIn(new DocumentSet(files)));
        Assert.Equal("etc/nginx/nginx.conf", config.MainFile);
        Assert.Equal(4, config.Servers.Count()); // shop: plain + TLS; intranet: dual + loopback status
    }

    [Fact]
    public void H5bpRelativeIncludesResolveAgainstTheConfPrefix()
    {
        var files = RealPrograms.LoadCase(Fixtures("Nginx/h5bp"));
        // policy_strict.conf is included by nothing, so it is a root of its own (with no server to judge).
        var roots = NginxConfig.AllIn(new DocumentSet(files));
        Assert.Equal(["nginx/h5bp/tls/policy_strict.conf", "nginx/nginx.conf"], roots.Select(r => r.MainFile).Order(StringComparer.Ordinal));
        var config = roots.Single(r => r.MainFile == "nginx/nginx.conf");
        Assert.Contains("nginx/h5bp/tls/policy_balanced.conf", config.Files);
        var protocols = NginxSemantics.Inherited(config.Servers.First(), "ssl_protocols").Single();
        Assert.Equal(("nginx/h5bp/tls/policy_balanced.conf", 2), (protocols.File, protocols.Line));
        Assert.DoesNotContain(Hits(Scan(files)), h => h.StartsWith("CMP530", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BadInputs()
    {
        var rnd = new Random(42);
        var junk = new string(Enumerable.Range(0, 20_000).Select(_ => (char)rnd.Next(0, 0xD7FF)).ToArray());
        var huge = "PasswordAuthentication " + new string('y', 3_000_000) + "\n" + new string('{', 200_000);
        return new()
        {
            { "etc/ssh/sshd_config", junk },
            { "etc/ssh/sshd_config", huge },
            { "etc/nginx/nginx.conf", junk },
            { "etc/nginx/nginx.conf", huge },
            { "etc/nginx/nginx.conf", "http { server { listen 80; location / { \"unterminated ; } } } } } }" },
            { "pg_hba.conf", junk },
            { "postgresql.conf", "ssl = 'unterminated\n\\\n" + junk },
            { "my.cnf", "[mysqld\n!includedir\n!include /\n=\n" + junk },
            { "etc/pam.d/sshd", "auth [success=1 \\\n" + junk },
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputNeverThrows(string path, string text)
    {
        var result = Scan([new ConfigFile(path, text), new ConfigFile("etc/ssh/sshd_config.d/x.conf", text)]);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CMP9099");
    }

    [Fact]
    public void IncludeLoopsAndDeepChainsStop()
    {
        var files = new List<ConfigFile>
        {
            new("etc/ssh/sshd_config", "Include /etc/ssh/sshd_config\nInclude loop/a.conf\nPasswordAuthentication no\n"),
            new("etc/ssh/loop/a.conf", "Include loop/b.conf\nLogLevel VERBOSE\n"),
            new("etc/ssh/loop/b.conf", "Include loop/a.conf\nInclude /etc/ssh/sshd_config\nMaxAuthTries 3\n"),
            new("etc/nginx/nginx.conf", "http { include /etc/nginx/nginx.conf; include a.conf; }\n"),
            new("etc/nginx/a.conf", "include b.conf;\nserver { listen 443 ssl; ssl_protocols TLSv1.2; }\n"),
            new("etc/nginx/b.conf", "include a.conf;\naccess_log off;\n"),
        };
        for (var i = 0; i < 40; i++) files.Add(new($"etc/ssh/deep/{i}.conf", $"Include deep/{i + 1}.conf\n"));
        files[0] = files[0] with { Text = "Include deep/0.conf\n" + files[0].Text };
        var result = Scan(files);
        var hits = Hits(result);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CMP9099");
        Assert.DoesNotContain(hits, h => h.StartsWith("CMP5201", StringComparison.Ordinal) || h.StartsWith("CMP5204", StringComparison.Ordinal) || h.StartsWith("CMP5601", StringComparison.Ordinal));
        Assert.Contains("CMP5602 etc/nginx/b.conf:2", hits);
    }

    [Fact]
    public void AccessLogOffWhereNoLoginArrivesIsQuietAndOffBeforeTheApplicationIsReported()
    {
        // actual-chat's local nginx (judged blind): the service worker, Blazor's _framework files and a "return 404"
        // location turn the access log off; the proxied application location below them still may not.
        var conf = "http {\n"
                   + "  server {\n"
                   + "    listen 443 ssl;\n"
                   + "    location /sw.js { proxy_pass http://backend/dist/sw.js; access_log off; }\n"
                   + "    location /_framework/blazor.boot.json { proxy_pass http://backend; access_log off; }\n"
                   + "    location /_framework/ { proxy_pass http://backend; access_log off; }\n"
                   + "    location /backend/ { access_log off; return 404; }\n"
                   + "    location /api/ {\n"
                   + "      proxy_pass http://backend;\n"
                   + "      access_log off;\n"
                   + "    }\n"
                   + "    location /jsonapi/ { proxy_pass http://backend; access_log off; }\n"
                   + "  }\n"
                   + "}\n";
        var hits = Hits(Scan([new ConfigFile("etc/nginx/nginx.conf", conf)])).Where(h => h.StartsWith("CMP5602", StringComparison.Ordinal));
        Assert.Equal(["CMP5602 etc/nginx/nginx.conf:10", "CMP5602 etc/nginx/nginx.conf:12"], hits.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("10.1.2.3/8", true)]
    [InlineData("192.168.7.0/24", true)]
    [InlineData("fd12:3456::/48", true)]
    [InlineData("::1", true)]
    [InlineData("8.8.8.0/24", false)]
    [InlineData("0.0.0.0/0", false)]
    [InlineData("not-an-address", false)]
    public void PrivateRangesNormaliseHostBits(string text, bool expected) => Assert.Equal(expected, IpRanges.IsPrivate(text));

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("*")]
    [InlineData("all")]
    [InlineData("10.0.0.0/0")]
    [InlineData("*.*.*.*")]
    public void OpenRanges(string text) => Assert.True(IpRanges.IsOpen(text));

    [Fact]
    public void AMachineKeptBelowAFolderResolvesItsOwnIncludesAndPam()
    {
        var result = Scan(
        [
            new("hosts/bastion/etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\nUsePAM yes\nKbdInteractiveAuthentication yes\n"),
            new("hosts/bastion/etc/ssh/sshd_config.d/10-mfa.conf", "AuthenticationMethods publickey,keyboard-interactive\nPasswordAuthentication no\n"),
            new("hosts/bastion/etc/pam.d/sshd", "@include common-auth\nauth required pam_google_authenticator.so nullok\n"),
            new("hosts/web/etc/nginx/nginx.conf", "http {\n    include /etc/nginx/conf.d/*.conf;\n}\n"),
            new("hosts/web/etc/nginx/conf.d/site.conf", "server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n}\n"),
        ]);
        var hits = Hits(result);
        Assert.DoesNotContain(hits, h => h.StartsWith("CMP5201", StringComparison.Ordinal) || h.StartsWith("CMP5001", StringComparison.Ordinal) || h.StartsWith("CMP5205", StringComparison.Ordinal));
        Assert.Contains("CMP5002 hosts/bastion/etc/pam.d/sshd:2", hits);
        Assert.Contains("CMP5301 hosts/web/etc/nginx/conf.d/site.conf:3", hits);
        Assert.Contains("hosts/bastion/etc/ssh/sshd_config.d/10-mfa.conf", result.Examined["mfa"]);
        Assert.Contains("hosts/bastion/etc/pam.d/sshd", result.Examined["mfa"]);
        Assert.Contains("hosts/web/etc/nginx/conf.d/site.conf", result.Examined["tls"]);
    }

    [Fact]
    public void FindingsCarryStableValueFreeAnchorsAndAFix()
    {
        var files = RealPrograms.LoadCase(Fixtures("Nginx/debian-sites"));
        var result = Scan(files);
        var tls = Assert.Single(result.Findings, f => f.RuleId == "CMP5301");
        Assert.Equal("nginx:ssl_protocols@server shop.example.cn 443", tls.Anchor);
        Assert.Contains("ssl_protocols TLSv1.2 TLSv1.3", tls.Message, StringComparison.Ordinal);
        var log = Assert.Single(result.Findings, f => f.RuleId == "CMP5602");
        Assert.Equal("nginx:access_log@server shop.example.cn 443", log.Anchor);
        Assert.Equal(["etc/nginx/conf.d/00-real-ip.conf", "etc/nginx/conf.d/10-upstream-timeouts.conf", "etc/nginx/mime.types", "etc/nginx/nginx.conf",
                      "etc/nginx/sites-enabled/intranet", "etc/nginx/sites-enabled/shop.conf", "etc/nginx/snippets/quiet.conf"], result.Examined["audit-log"]);
    }
}
