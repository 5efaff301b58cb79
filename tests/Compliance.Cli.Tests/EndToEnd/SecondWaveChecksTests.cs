namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// A small app of the team's own with planted access-control (controller, minimal API, Razor Pages), lockout, password-policy, session,
/// certificate-validation, cipher, RBAC, PAM and NuGetAudit problems next to compliant decoys: the
/// scan reports exactly the planted findings of the second-wave rules (marked "// PLANT CMPxxxx" or
/// "# PLANT CMPxxxx" on their line) and no observation leaks into the findings.
/// </summary>
public class SecondWaveChecksTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["src/Shop/Program.cs"] = """
            using System;
            using System.Net.Http;
            using System.Net.Security;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin"));
            builder.Services.Configure<IdentityOptions>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 10; // PLANT CMP4101
                o.Password.RequiredLength = 6; // PLANT CMP4103
            });
            builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromDays(1)); // PLANT CMP4104
            builder.Services.AddHttpClient("bank").ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (m, c, ch, e) => true, // PLANT CMP4201
            });
            builder.Services.AddHttpClient("crm").ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None,
            });
            var app = builder.Build();
            app.MapGet("/customers/{id}", (int id) => new CustomerDto(id, "", "", "")); // PLANT CMP4001
            app.MapGet("/me", () => new CustomerDto(1, "", "", "")).RequireAuthorization();
            app.Run();

            public record CustomerDto(int Id, string Name, string Phone, string IdNumber);
            """,
        ["src/Shop/AccountController.cs"] = """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            [Authorize(Roles = "Admin")]
            public class CustomersAdminController : Controller
            {
                public CustomerDto Get(int id) => new CustomerDto(id, "", "", "");

                [AllowAnonymous] // PLANT CMP4002
                public IActionResult Export() => Ok();
            }

            public class AccountController(SignInManager<IdentityUser> signIn, ILogger<AccountController> logger) : Controller
            {
                public async Task<IActionResult> Login(string user, string password)
                {
                    var result = await signIn.PasswordSignInAsync(user, password, false, lockoutOnFailure: false); // PLANT CMP4102
                    if (!result.Succeeded) logger.LogWarning("Failed login for {User}", user);
                    return result.Succeeded ? Redirect("/") : View();
                }
            }
            """,
        ["src/Shop/Pages/Customers/Details.cshtml.cs"] = """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public class CustomerDetailsModel : PageModel
            {
                public CustomerDto Customer { get; private set; } = new CustomerDto(0, "", "", "");

                [Authorize] // ignored by Razor Pages on a handler
                public void OnGet(int id) => Customer = new CustomerDto(id, "", "", ""); // PLANT CMP4001
            }
            """,
        ["src/Shop/Pages/Admin/Customers.cshtml.cs"] = """
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public class AdminCustomersModel : PageModel
            {
                public CustomerDto Customer { get; private set; } = new CustomerDto(0, "", "", "");

                public void OnGet(int id) => Customer = new CustomerDto(id, "", "", "");
            }
            """,
        ["deploy/nginx/shop.conf"] = """
            server {
                listen 443 ssl;
                server_name shop.example.cn;
                ssl_protocols TLSv1.2 TLSv1.3;
                ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA; # PLANT CMP5313
                access_log /var/log/nginx/shop.access.log;
                location / { proxy_pass http://127.0.0.1:8080; }
            }
            """,
        ["deploy/k8s/rbac.yaml"] = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: shop-deployer
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cluster-admin
            subjects:
              - kind: ServiceAccount # PLANT CMP5701
                name: shop
                namespace: shop
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: shop-reader
              namespace: shop
            rules:
              - apiGroups: [""]
                resources: ["configmaps", "secrets"]
                verbs: ["get"]
            """,
        ["Directory.Build.props"] = """
            <Project>
              <PropertyGroup>
                <NuGetAudit>false</NuGetAudit> <!-- PLANT CMP5801 -->
                <NuGetAuditMode>all</NuGetAuditMode>
              </PropertyGroup>
            </Project>
            """,
        ["etc/pam.d/common-password"] = """
            password	requisite	pam_pwquality.so retry=3 minlen=8 # PLANT CMP4106
            password	[success=1 default=ignore]	pam_unix.so obscure use_authtok try_first_pass yescrypt
            password	requisite	pam_deny.so
            password	required	pam_permit.so
            """,
    };

    private static bool SecondWave(string ruleId) =>
        Regex.IsMatch(ruleId, "^CMP(40|41|42|57|58)[0-9]{2}$") || ruleId == "CMP5313";

    /// <summary>The fixture written to a temporary folder and scanned once for every test: (planted "RULE file:line", results.json).</summary>
    private static readonly Lazy<(List<string> Planted, JsonElement Results)> s_scan = new(() =>
    {
        var root = CliRunner.TempDir("second-wave");
        var expected = new List<string>();
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text + "\n");
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in Regex.Matches(lines[i], "PLANT (CMP[0-9]{4})"))
                    expected.Add($"{m.Groups[1].Value} {path}:{i + 1}");
        }

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none", "--no-restore");
        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        return (expected, doc.RootElement.Clone());
    });

    private static List<(string Rule, string Where)> Findings(JsonElement results) => results.GetProperty("findings").EnumerateArray()
        .Select(f => (Rule: f.GetProperty("ruleId").GetString()!, Where: $"{f.GetProperty("file").GetString()}:{f.GetProperty("startLine").GetInt32()}"))
        .ToList();

    [Fact]
    public void Planted_problems_are_found_exactly_and_observations_are_not_findings()
    {
        var (expected, results) = s_scan.Value;
        var findings = Findings(results);
        var actual = findings.Where(f => SecondWave(f.Rule)).Select(f => $"{f.Rule} {f.Where}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToList(), actual);
        Assert.DoesNotContain(findings, f => Regex.IsMatch(f.Rule, "^CMP4[0-2]9[0-9]$"));
    }

    [Fact]
    public void The_whole_scan_reports_only_the_planted_findings_and_the_expected_verdict_for_every_claim()
    {
        var (expected, results) = s_scan.Value;
        // Every finding of every rule, not only the second-wave ones: the decoys (the /me endpoint behind
        // RequireAuthorization, the admin controller's authorized Get, the Razor page under AuthorizeFolder("/Admin"),
        // the validating certificate callback,
        // the namespaced Role, the login that logs its failures) give none.
        Assert.Equal(expected.Order(StringComparer.Ordinal), Findings(results).Select(f => $"{f.Rule} {f.Where}").Order(StringComparer.Ordinal));
        var verdicts = results.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("verdict").GetString()!);
        var want = new Dictionary<string, string>
        {
            ["2.1"] = "not-covered",  // no database in the fixture
            ["2.2"] = "not-covered",  // no backup configuration
            ["2.3"] = "contradicted", // certificate callback returning true, 3DES suite (protocols alone are fine)
            ["2.4"] = "not-covered",  // no password hashing, no secret, encryption at rest left to documents
            ["2.5"] = "contradicted", // anonymous customer endpoint and Razor page, [AllowAnonymous] export on the admin controller
            ["2.6"] = "not-covered",  // no personal data reaches a log, file or response with a value
            ["3.1"] = "not-covered",
            ["3.2"] = "contradicted", // CMP4104 also covers reset tokens: one rule for session and token lifetimes
            ["3.3"] = "contradicted", // security stamp re-validated only daily
            ["3.4"] = "contradicted", // 10 attempts, lockoutOnFailure: false
            ["3.5"] = "met",          // the login logs its failures, nginx writes an access log
            ["4.1"] = "contradicted", // PAM minlen=8 without classes, RequiredLength = 6
            ["4.2"] = "contradicted", // cluster-admin for a service account
            ["4.3"] = "manual",
            ["4.4"] = "contradicted", // NuGetAudit false
            ["4.5"] = "manual",
        };
        Assert.Equal(want.OrderBy(p => p.Key, StringComparer.Ordinal), verdicts.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("contradicted", results.GetProperty("summary").GetProperty("overall").GetString());
        // The met claim stands on observations at the decoys, each with file:line.
        var met = results.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "3.5");
        Assert.Equal(["CMP4193 src/Shop/AccountController.cs:20", "CMP5602 deploy/nginx/shop.conf:6"],
            met.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("observations").EnumerateArray())
                .Select(o => $"{o.GetProperty("ruleId").GetString()} {o.GetProperty("file").GetString()}:{o.GetProperty("line").GetInt32()}"));
        VerdictTests.EveryMetClaimIsEarned(results);
        // Protected endpoints are observations of 2.5's part even though the claim is contradicted: the Razor page
        // under AuthorizeFolder("/Admin") among them.
        var endpointPart = results.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "2.5")
            .GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "ctl-endpoint-authorization");
        Assert.Equal(["CMP4090 src/Shop/AccountController.cs:10", "CMP4090 src/Shop/Pages/Admin/Customers.cshtml.cs:7", "CMP4090 src/Shop/Program.cs:26"],
            endpointPart.GetProperty("observations").EnumerateArray()
                .Select(o => $"{o.GetProperty("ruleId").GetString()} {o.GetProperty("file").GetString()}:{o.GetProperty("line").GetInt32()}"));
    }
}
