namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// A small app of the team's own with planted access-control, lockout, password-policy, session,
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
        ["deploy/nginx/shop.conf"] = """
            server {
                listen 443 ssl;
                server_name shop.example.cn;
                ssl_protocols TLSv1.2 TLSv1.3;
                ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA; # PLANT CMP5313
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

    [Fact]
    public void Planted_problems_are_found_exactly_and_observations_are_not_findings()
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
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString()!, Where: $"{f.GetProperty("file").GetString()}:{f.GetProperty("startLine").GetInt32()}"))
            .ToList();
        var actual = findings.Where(f => SecondWave(f.Rule)).Select(f => $"{f.Rule} {f.Where}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToList(), actual);
        Assert.DoesNotContain(findings, f => Regex.IsMatch(f.Rule, "^CMP4[0-2]9[0-9]$"));
    }
}
