namespace Compliance.PolicyEngine.Tests;
using Compliance.PolicyEngine;

using static YamlJsonTestKit;

public class KubernetesChecksTests
{
    private const string Db = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: orders-db
          namespace: shop
        spec:
          replicas: 3
          selector:
            matchLabels: {app: orders-db}
          template:
            metadata:
              labels: {app: orders-db}
            spec:
              containers:
                - name: postgres
                  image: postgres:16
        """;

    [Fact]
    public void HelmRenderedManifestGetsFindingsAtTheRenderedLines()
    {
        var r = Scan(("deploy/rendered.yaml", Fixture("Yaml/helm-rendered.yaml")));
        Assert.Equal(
            ["deploy/rendered.yaml:1 CMP5104", "deploy/rendered.yaml:1 CMP5401", "deploy/rendered.yaml:1 CMP5502", "deploy/rendered.yaml:33 CMP5501"],
            Hits(r).Order(StringComparer.Ordinal));
        var f = r.Findings.Single(x => x.RuleId == "CMP5501");
        Assert.Equal("k8s:apps/v1/StatefulSet/shop/shop-db:spec.replicas", f.Anchor);
        Assert.StartsWith("StatefulSet shop/shop-db (rendered from shop/templates/statefulset.yaml) (postgresql) runs 1 replica", f.Message);
    }

    [Fact]
    public void ABrokenNetworkPolicyFileCountsAsAbsentAndGetsOnlyItsParseError()
    {
        const string brokenPolicy = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: orders-db
              namespace: shop
            spec:
              podSelector:
                matchLabels: {app: orders-db
              ingress:
                - from: [{podSelector: {matchLabels: {app: orders-api}}}]
            """;
        var r = Scan(("k8s/db.yaml", Db), ("k8s/netpol.yaml", brokenPolicy));
        Assert.Contains("k8s/db.yaml:1 CMP5104", Hits(r));
        Assert.Equal(["CMP9001"], r.Findings.Where(f => f.File == "k8s/netpol.yaml").Select(f => f.RuleId));
    }

    [Fact]
    public void NetworkPolicyInAnotherFileProtectsTheDatabase()
    {
        const string policy = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: orders-db, namespace: shop}
            spec:
              podSelector:
                matchExpressions:
                  - {key: app, operator: In, values: [orders-db, catalog-db]}
              ingress:
                - from:
                    - namespaceSelector: {matchLabels: {team: shop}}
            """;
        Assert.DoesNotContain(Scan(("k8s/db.yaml", Db), ("k8s/netpol.yaml", policy)).Findings, f => f.RuleId == "CMP5104");
    }

    [Theory]
    [InlineData("- {}", 9)]
    [InlineData("- from: []", 9)]
    [InlineData("- from:\n      - ipBlock: {cidr: '::/0'}", 9)]
    public void IngressRuleAdmittingEverySourceIsReportedAtItsListItem(string rule, int line)
    {
        var policy = $"""
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {"{"}name: orders-db, namespace: shop{"}"}
            spec:
              podSelector:
                matchLabels: {"{"}app: orders-db{"}"}
              policyTypes: [Ingress]
              ingress:
                {rule}
            """;
        Assert.Equal([$"k8s/netpol.yaml:{line} CMP5104"], Hits(Scan(("k8s/db.yaml", Db), ("k8s/netpol.yaml", policy)), "CMP5104"));
    }

    [Fact]
    public void EgressOnlyPolicyDoesNotCoverIngress()
    {
        const string policy = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: egress, namespace: shop}
            spec:
              podSelector: {}
              policyTypes: [Egress]
            """;
        Assert.Equal(["k8s/db.yaml:1 CMP5104"], Hits(Scan(("k8s/db.yaml", Db), ("k8s/netpol.yaml", policy)), "CMP5104"));
    }

    [Fact]
    public void OneFindingPerIngressDocument()
    {
        const string text = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: a}
            spec:
              tls: [{hosts: [a.example.com]}]
              rules:
                - host: b.example.com
                - host: c.example.com
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: d}
            spec:
              rules:
                - host: d.example.com
            """;
        Assert.Equal(["k8s/ing.yaml:7 CMP5303", "k8s/ing.yaml:11 CMP5303"], Hits(Scan(("k8s/ing.yaml", text)), "CMP5303"));
    }

    [Fact]
    public void AnHttpIngressForAHostAnotherIngressCertifiesIsNotPlainHttp()
    {
        // Exceptionless' k8s/elastic-monitor.yaml (judged blind): kibana.exceptionless.io has a TLS ingress and an HTTP
        // ingress whose ALB extension redirects to HTTPS. A host no ingress of the namespace certifies stays reported,
        // as does the same host in another namespace.
        const string text = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: kibana, namespace: elastic-system}
            spec:
              tls: [{hosts: [kibana.example.com], secretName: kibana-tls}]
              rules:
                - host: kibana.example.com
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: kibana-http, namespace: elastic-system}
            spec:
              rules:
                - host: kibana.example.com
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: apm-http, namespace: elastic-system}
            spec:
              rules:
                - host: kibana.example.com
                - host: apm.example.com
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: kibana-http, namespace: other}
            spec:
              rules:
                - host: kibana.example.com
            """;
        Assert.Equal(["k8s/ing.yaml:17 CMP5303", "k8s/ing.yaml:25 CMP5303"], Hits(Scan(("k8s/ing.yaml", text)), "CMP5303"));
    }

    [Fact]
    public void Yaml11BooleansPauseAVeleroScheduleAsKubectlWouldReadThem()
    {
        const string schedule = """
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: daily, namespace: velero}
            spec:
              paused: yes
              schedule: "@daily"
              template: {includedNamespaces: [shop]}
            """;
        Assert.Equal(["velero/schedule.yaml:5 CMP5402"], Hits(Scan(("k8s/db.yaml", Db), ("velero/schedule.yaml", schedule)), "CMP5402"));
    }

    [Fact]
    public void AdequateDefinitionSilencesTheOthersCoveringTheSameDatabase()
    {
        const string defs = """
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: weekly, namespace: velero}
            spec:
              schedule: "0 3 * * 0"
              template: {storageLocation: sh}
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: daily, namespace: velero}
            spec:
              schedule: "0 2 * * *"
              template: {storageLocation: sh, ttl: 336h}
            ---
            apiVersion: velero.io/v1
            kind: BackupStorageLocation
            metadata: {name: sh, namespace: velero}
            spec:
              provider: aws
              objectStorage: {bucket: b}
              config: {s3Url: "https://oss-cn-shanghai.aliyuncs.com"}
            ---
            apiVersion: velero.io/v1
            kind: VolumeSnapshotLocation
            metadata: {name: hz, namespace: velero}
            spec: {provider: aws, config: {region: cn-hangzhou}}
            """;
        var r = Scan(("k8s/db.yaml", Db), ("velero/all.yaml", defs));
        Assert.Empty(r.Findings.Where(f => f.RuleId.StartsWith("CMP54", StringComparison.Ordinal)));
        // Without the daily one, the weekly schedule is judged.
        var weeklyOnly = string.Join("---", defs.Split("---").Where((_, i) => i != 1));
        Assert.Equal(["velero/all.yaml:5 CMP5403"], Hits(Scan(("k8s/db.yaml", Db), ("velero/all.yaml", weeklyOnly)), "CMP5401", "CMP5402", "CMP5403", "CMP5404", "CMP5405", "CMP5406"));
    }

    [Fact]
    public void LoadBalancerOpenRangeIsReportedAtItsListEntryAndIPv6IsOpenToo()
    {
        const string svc = """
            apiVersion: v1
            kind: Service
            metadata: {name: redis, namespace: shop}
            spec:
              type: LoadBalancer
              ports: [{port: 6379}]
              loadBalancerSourceRanges:
                - 10.0.0.0/8
                - ::/0
            """;
        var f = Assert.Single(Scan(("k8s/svc.yaml", svc)).Findings, x => x.RuleId == "CMP5105");
        Assert.Equal((9, "k8s:v1/Service/shop/redis:spec.loadBalancerSourceRanges[1]"), (f.StartLine, f.Anchor));
    }
}

public class ApprovedNetworksKubernetesTests
{
    private static readonly PolicyOptions Approved = new() { ApprovedNetworks = ["198.51.100.0/24", "2001:db8::/32"] };

    private static IReadOnlyList<string> HitsWith(PolicyOptions o, string rule, params (string Path, string Text)[] files) =>
        PolicyEvaluator.Evaluate(files.Select(f => new ConfigFile(f.Path, f.Text)).ToList(), o).Findings
            .Where(f => f.RuleId == rule).Select(f => $"{f.File}:{f.StartLine}").ToList();

    [Theory]
    [InlineData("198.51.100.0/25", false)]
    [InlineData("198.51.100.7", false)]
    [InlineData("2001:db8:1::/48", false)]
    [InlineData("198.51.0.0/16", true)]   // wider than the approved /24
    [InlineData("203.0.113.0/24", true)]
    public void LoadBalancerRangesAreCheckedAgainstApprovedNetworks(string range, bool violation)
    {
        var svc = $"""
            apiVersion: v1
            kind: Service
            metadata: {"{"}name: pg, namespace: shop{"}"}
            spec:
              type: LoadBalancer
              ports: [{"{"}port: 5432{"}"}]
              loadBalancerSourceRanges:
                - "{range}"
            """;
        Assert.Equal(violation ? ["svc.yaml:8"] : [], HitsWith(Approved, "CMP5105", ("svc.yaml", svc)));
        Assert.Empty(HitsWith(new PolicyOptions(), "CMP5105", ("svc.yaml", svc)));
    }

    [Fact]
    public void AdminIngressAllowlistOutsideApprovedNetworksIsReported()
    {
        const string ing = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: admin
              annotations:
                nginx.ingress.kubernetes.io/whitelist-source-range: 198.51.100.0/24,192.0.2.0/24
            spec:
              tls: [{hosts: [admin.example.com]}]
              rules: [{host: admin.example.com}]
            """;
        Assert.Equal(["ing.yaml:6"], HitsWith(Approved, "CMP5106", ("ing.yaml", ing)));
        Assert.Empty(HitsWith(new PolicyOptions(), "CMP5106", ("ing.yaml", ing)));
    }
}

public class DataStoreRecognitionTests
{
    [Fact]
    public void AnInitContainerWaitingForPostgresDoesNotMakeTheAppADatabase()
    {
        const string app = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: orders-api, namespace: shop}
            spec:
              template:
                metadata: {labels: {app: orders-api}}
                spec:
                  initContainers:
                    - name: wait-for-db
                      image: postgres:16-alpine
                      command: ["sh", "-c", "until pg_isready -h orders-db; do sleep 2; done"]
                  containers:
                    - name: api
                      image: ghcr.io/example/orders-api:2.3
            """;
        Assert.Empty(YamlJsonTestKit.Hits(YamlJsonTestKit.Scan(("k8s/api.yaml", app))));
    }
}

public class ExaminedFilesTests
{
    [Fact]
    public void ThemesRecordTheFilesTheyJudged()
    {
        var r = YamlJsonTestKit.Scan(
            ("k8s/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-settings}\ndata: {LOG_FORMAT: json}\n"),
            ("k8s/ingress-nginx.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ingress-nginx-controller}\ndata: {disable-access-log: \"false\"}\n"),
            ("k8s/ing.yaml", "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: {tls: [{hosts: [a.example.com]}], rules: [{host: a.example.com}]}\n"),
            ("src/Api/appsettings.json", "{}"));
        Assert.Equal(["k8s/ingress-nginx.yaml", "src/Api/appsettings.json"], r.Examined["audit-log"]);
        Assert.Equal(["k8s/ing.yaml", "src/Api/appsettings.json"], r.Examined["tls"]);
        Assert.Contains("k8s/cm.yaml", r.Examined["parse-error"]);
        Assert.Empty(YamlJsonTestKit.Hits(r));
    }
}
