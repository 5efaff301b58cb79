namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine;

/// <summary>
/// Positive evidence (issue 15): a passing judgement at a site that configures the thing is an
/// observation with file:line; a failing one is a finding and no observation; a file with nothing
/// to judge gives neither ("scanned, nothing found" is not evidence).
/// </summary>
public class ObservationTests
{
    private static PolicyRunResult Run(params (string Path, string Text)[] files) =>
        PolicyEvaluator.Evaluate(files.Select(f => new ConfigFile(f.Path, f.Text)).ToList());

    private static string[] Seen(PolicyRunResult r) => r.Observations.Select(o => $"{o.RuleId} {o.File}:{o.Line}").ToArray();

    [Fact]
    public void Nginx_tls_server_with_good_protocols_is_observed_at_the_directive_and_a_weak_one_is_not()
    {
        const string Good = "http {\n  server {\n    listen 443 ssl;\n    server_name shop.example.cn;\n    ssl_protocols TLSv1.2 TLSv1.3;\n  }\n}\n";
        Assert.Contains("CMP5301 etc/nginx/nginx.conf:5", Seen(Run(("etc/nginx/nginx.conf", Good))));
        var weak = Run(("etc/nginx/nginx.conf", Good.Replace("TLSv1.2 TLSv1.3", "TLSv1 TLSv1.2")));
        Assert.DoesNotContain(weak.Observations, o => o.RuleId == "CMP5301");
        Assert.Contains(weak.Findings, f => f.RuleId == "CMP5301" && f.StartLine == 5);
    }

    [Fact]
    public void Sshd_observes_the_effective_directive_but_not_a_pass_that_rests_on_defaults()
    {
        var set = Run(("etc/ssh/sshd_config", "Port 22\nPasswordAuthentication no\nPermitEmptyPasswords no\n"));
        Assert.Contains("CMP5201 etc/ssh/sshd_config:2", Seen(set));
        Assert.Contains("CMP5203 etc/ssh/sshd_config:3", Seen(set));
        // PermitEmptyPasswords defaults to "no": nothing configured it, so nothing is observed for it.
        var defaults = Run(("etc/ssh/sshd_config", "Port 22\nPasswordAuthentication no\n"));
        Assert.DoesNotContain(defaults.Observations, o => o.RuleId == "CMP5203");
    }

    [Fact]
    public void Replicated_database_with_a_pdb_is_observed_and_files_without_one_give_nothing()
    {
        const string Db = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: prod}
            spec:
              replicas: 3
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: db, namespace: prod}
            spec:
              minAvailable: 1
              selector: {matchLabels: {app: db}}
            """;
        var seen = Seen(Run(("k8s/db.yaml", Db)));
        Assert.Contains("CMP5501 k8s/db.yaml:5", seen);  // replicas: 3
        Assert.Contains("CMP5502 k8s/db.yaml:15", seen); // the PodDisruptionBudget's kind: line
        Assert.Empty(Run(("k8s/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata: {a: b}\n")).Observations);
    }

    [Fact]
    public void NuGet_audit_set_on_purpose_is_observed_and_defaults_or_a_narrowed_audit_are_not()
    {
        const string On = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <NuGetAudit>true</NuGetAudit>\n    <NuGetAuditMode>all</NuGetAuditMode>\n  </PropertyGroup>\n</Project>\n";
        Assert.Equal(["CMP5801 src/App/App.csproj:4"], Seen(Run(("src/App/App.csproj", On))));
        // The same file narrowed to direct packages: a finding, and the explicit NuGetAudit is no evidence beside it.
        var narrowed = Run(("src/App/App.csproj", On.Replace("<NuGetAuditMode>all", "<NuGetAuditMode>direct").Replace("</NuGetAuditMode>", "</NuGetAuditMode>")));
        Assert.Empty(narrowed.Observations);
        Assert.Contains(narrowed.Findings, f => f.RuleId == "CMP5803" && f.StartLine == 5);
        // Nothing set: the SDK default audits, but nothing in the repository says so on purpose.
        Assert.Empty(Run(("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n")).Observations);
        // Under a Condition the shipped configuration is unknown: neither finding nor observation.
        Assert.Empty(Run(("Directory.Build.props", "<Project>\n  <PropertyGroup Condition=\"'$(CI)' == 'true'\">\n    <NuGetAudit>true</NuGetAudit>\n  </PropertyGroup>\n</Project>\n")).Observations);
    }

    [Fact]
    public void Pam_password_stack_at_policy_is_observed_at_the_quality_module_and_a_weak_one_is_not()
    {
        const string Stack = "# /etc/pam.d/common-password\npassword\trequisite\t\t\tpam_pwquality.so retry=3 minlen=12 minclass=3\npassword\t[success=1 default=ignore]\tpam_unix.so obscure use_authtok try_first_pass yescrypt\npassword\trequisite\t\t\tpam_deny.so\npassword\trequired\t\t\tpam_permit.so\n";
        Assert.Equal(["CMP4106 etc/pam.d/common-password:2"], Seen(Run(("etc/pam.d/common-password", Stack))));
        var weak = Run(("etc/pam.d/common-password", Stack.Replace(" minclass=3", "")));
        Assert.Empty(weak.Observations);
        Assert.Contains(weak.Findings, f => f.RuleId == "CMP4106" && f.StartLine == 2);
        // A PAM file without a password stack judges nothing and observes nothing.
        Assert.DoesNotContain(Run(("etc/pam.d/sshd", "auth required pam_google_authenticator.so\n")).Observations, o => o.RuleId == "CMP4106");
    }
}
