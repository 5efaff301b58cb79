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
}
