namespace Compliance.PolicyEngine.Tests;

using System.Diagnostics;
using System.Text;
using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;

public class YamlReaderTests
{
    [Fact]
    public void HelmRenderedStreamKeepsDocumentsSourcesAndLines()
    {
        var p = YamlReader.Read("deploy/rendered.yaml", YamlJsonTestKit.Fixture("Yaml/helm-rendered.yaml"));
        Assert.True(p.Ok);
        Assert.Equal(3, p.Documents.Count);
        Assert.Equal(["shop/templates/serviceaccount.yaml", "shop/templates/service.yaml", "shop/templates/statefulset.yaml"],
            p.Documents.Select(d => d.HelmSource));
        var sts = K8sObject.From("deploy/rendered.yaml", p.Documents[2], (MapNode)p.Documents[2].Root!).Single();
        Assert.Equal(("StatefulSet", "shop", "shop-db", 27), (sts.Kind, sts.Namespace, sts.Name, sts.KindLine));
        var replicas = sts.Spec!.Scalar("replicas")!;
        Assert.Equal((33, 13, 1L), (replicas.Line, replicas.Column, replicas.AsInt()));
        Assert.Equal("postgresql", DataStores.WorkloadDatabaseEngine(sts));
        // A resource without metadata.namespace is in "default".
        var svc = K8sObject.From("x", p.Documents[1], (MapNode)p.Documents[1].Root!).Single();
        Assert.Equal("default", svc.Namespace);
    }

    [Fact]
    public void Yaml11BooleansResolveAsKubectlReadsThem()
    {
        var p = YamlReader.Read("a.yaml", "a: yes\nb: off\nc: \"yes\"\nd: On\ne: true\nf: y\ng: 0755\nh: 1_000\ni: ~\nj: !!str no\n");
        var m = (MapNode)p.Documents[0].Root!;
        Assert.True(m.Scalar("a")!.AsBool());
        Assert.False(m.Scalar("b")!.AsBool());
        Assert.Null(m.Scalar("c")!.AsBool());           // quoted: a string
        Assert.True(m.Scalar("c")!.AsLooseBool());
        Assert.True(m.Scalar("d")!.AsBool());
        Assert.True(m.Scalar("f")!.AsBool());
        Assert.Equal(493, m.Scalar("g")!.AsInt());       // YAML 1.1 octal
        Assert.Equal(1000, m.Scalar("h")!.AsInt());
        Assert.True(m.Scalar("i")!.IsNull);
        Assert.Equal(ScalarType.String, m.Scalar("j")!.Type);
        Assert.Equal("""{"a":true,"b":false,"c":"yes","d":true,"e":true,"f":true,"g":493,"h":1000,"i":null,"j":"no"}""", m.ToJson());
    }

    [Fact]
    public void AliasesAndMergeKeysPointInsideTheAnchor()
    {
        const string text = """
            defaults: &defaults
              replicas: 1
              image: postgres:16
            primary:
              <<: *defaults
              image: postgres:17
            replica:
              <<: [*defaults]
            copy: *defaults
            """;
        var m = (MapNode)YamlReader.Read("a.yaml", text).Documents[0].Root!;
        var primary = m.Map("primary")!;
        Assert.Equal(2, primary.Scalar("replicas")!.Line);     // merged value: the anchor's line
        Assert.Equal("postgres:17", primary.Str("image"));     // explicit key beats the merge
        Assert.Equal(6, primary.Scalar("image")!.Line);
        Assert.Equal(3, m.Map("replica")!.Scalar("image")!.Line);
        Assert.Equal(2, m.Map("copy")!.Scalar("replicas")!.Line);
        Assert.Null(primary["<<"]);
    }

    [Fact]
    public void AliasBombIsAParseErrorQuickly()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 12; i++)
        {
            var prev = (char)('a' + i - 1);
            var cur = (char)('a' + i);
            sb.Append($"{cur}: &{cur} [{string.Join(",", Enumerable.Repeat("*" + prev, 9))}]\n");
        }
        var sw = Stopwatch.StartNew();
        var r = YamlJsonTestKit.Scan(("deploy/bomb.yaml", sb.ToString()));
        // Well under a second unloaded; expanding the bomb would mean 9^12 nodes. The bound leaves room for a
        // machine shared with every other test project.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), sw.Elapsed.ToString());
        var f = Assert.Single(r.Findings);
        Assert.Equal("CMP9001", f.RuleId);
        Assert.Contains("alias", f.Message, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(f.StartLine, 6, 8);   // where the budget runs out, not line 1
    }

    [Fact]
    public void TwoHundredLevelsOfNestingAreRead()
    {
        var block = new StringBuilder();
        for (var i = 0; i < 200; i++) block.Append(new string(' ', i * 2)).Append("k").Append(i).Append(":\n");
        block.Append(new string(' ', 400)).Append("leaf: 1\n");
        var p = YamlReader.Read("deep.yaml", block.ToString());
        Assert.True(p.Ok, p.Error?.Message);
        var flow = new string('[', 200) + new string(']', 200);
        Assert.True(YamlReader.Read("flow.yaml", flow).Ok);
    }

    [Fact]
    public void HostileNestingIsAParseErrorNotACrash()
    {
        var flow = "a: " + new string('[', 20000) + new string(']', 20000) + "\n";
        var r = YamlJsonTestKit.Scan(("k8s/deep.yaml", flow));
        var f = Assert.Single(r.Findings);
        Assert.Equal(("CMP9001", 1), (f.RuleId, f.StartLine));
        Assert.Contains("nested", f.Message);
    }

    [Fact]
    public void SyntaxErrorPointsAtTheDefectAndTheFileContributesNothingElse()
    {
        const string text = """
            apiVersion: v1
            kind: Service
            metadata:
              name: db
            spec:
              type: LoadBalancer
              ports:
                - port: 5432
               selector: [app
            """;
        var r = YamlJsonTestKit.Scan(("k8s/svc.yaml", text));
        Assert.Equal(["k8s/svc.yaml:9 CMP9001"], YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void TruncatedYamlPointsAtItsLastLine()
    {
        var r = YamlJsonTestKit.Scan(("k8s/cm.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: {\n  a: b,\n  c: [d, e"));
        Assert.Equal(["k8s/cm.yaml:5 CMP9001"], YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void BinaryJunkIsOneParseError()
    {
        var junk = new string(Enumerable.Range(0, 400).Select(i => (char)(i * 7919 % 32 == 10 ? 1 : i * 7919 % 256)).ToArray());
        var r = YamlJsonTestKit.Scan(("images/logo.yaml", "\0\u0001\u0002PNG" + junk));
        var f = Assert.Single(r.Findings);
        Assert.Equal("CMP9001", f.RuleId);
    }

    [Fact]
    public void UnrenderedHelmTemplatesAreSkippedNotParseErrors()
    {
        var r = YamlJsonTestKit.Scan(
            ("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n"),
            ("charts/shop/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.x }}\nmetadata: {{ include \"x\" . }}\n{{- end }}\n"),
            ("charts/shop/values.yaml", "replicaCount: 1\n"));
        Assert.Empty(YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void ChineseTextDecodedByTheCliIsOrdinaryText()
    {
        var p = YamlReader.Read("cm.yaml", "metadata:\n  annotations:\n    描述: 订单数据库\n");
        Assert.Equal("订单数据库", ((MapNode)p.Documents[0].Root!).Map("metadata")!.Map("annotations")!.Str("描述"));
    }
}

public class DuplicateKeyTests
{
    [Fact]
    public void DuplicateYamlKeyIsAParseErrorAtTheSecondKey()
    {
        var r = YamlJsonTestKit.Scan(("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\ntype: Opaque\nmetadata:\n  name: x\ntype: kubernetes.io/tls\n"));
        Assert.Equal(["k8s/secret.yaml:6 CMP9001"], YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void MergeKeysAreNotDuplicates()
    {
        Assert.True(Compliance.PolicyEngine.Documents.YamlReader.Read("a.yaml", "a: &a {x: 1}\nb:\n  <<: *a\n  x: 2\n").Ok);
    }

    [Fact]
    public void AppSettingsKeysDifferingOnlyInCaseAreDuplicatesButStrictJsonKeepsTheLast()
    {
        var r = YamlJsonTestKit.Scan(
            ("src/Api/appsettings.json", "{\n  \"Urls\": \"https://+:443\",\n  \"urls\": \"http://*:80\"\n}\n"),
            ("realm.json", "{ \"realm\": \"a\", \"realm\": \"b\" }"));
        Assert.Equal(["src/Api/appsettings.json:3 CMP9001"], YamlJsonTestKit.Hits(r));
    }
}
