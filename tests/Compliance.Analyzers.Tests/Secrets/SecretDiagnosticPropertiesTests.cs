namespace Compliance.Analyzers.Tests.Secrets;

using System.Globalization;
using Compliance.Analyzers.Secrets.Detection;
using Microsoft.CodeAnalysis;
using static SecretFixtures;

/// <summary>What the CLI reads from the diagnostics: anchors, redacted evidence, severity in test projects, AdditionalFiles.</summary>
public class SecretDiagnosticPropertiesTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");

    [Fact]
    public async Task Anchor_is_member_and_literal_ordinal_and_evidence_is_redacted()
    {
        var pwd = Password(400);
        var source = "namespace Shop.Mail { class Sender { void Send() { var host = \"smtp\"; var c = new System.Net.NetworkCredential(\"svc\", \"" + pwd + "\"); } } }";
        var d = Assert.Single(await SecretsAnalyzerRunner.RunAsync(source));
        Assert.Equal("CMP1001", d.Id);
        Assert.Equal("Shop.Mail.Sender.Send#3", d.Properties["compliance.anchor"]);
        Assert.Equal("namespace Shop.Mail { class Sender { void Send() { var host = \"smtp\"; var c = new System.Net.NetworkCredential(\"svc\", \"…(len " + pwd.Length + ")\"); } } }", d.Properties["compliance.evidence"]);
        Assert.False(d.Properties.ContainsKey("compliance.severity"));
        Assert.Equal("Hard-coded password (…(len " + pwd.Length + ")) flows into NetworkCredential(password): load it from configuration or a secret store (user-secrets in development)", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("硬编码的密码（…(len " + pwd.Length + ")）被传入 NetworkCredential(password)：请改从配置或密钥管理服务读取（开发环境使用 user-secrets）", d.GetMessage(Zh));
    }

    [Fact]
    public async Task Anchor_does_not_move_when_unrelated_code_is_added()
    {
        var pwd = Password(401);
        var before = "class C { void M() { var c = new System.Net.NetworkCredential(\"svc\", \"" + pwd + "\"); } }";
        var after = "class Other { }\nclass C { int x = 1;\n void Unrelated() { }\n void M() {\n var c = new System.Net.NetworkCredential(\"svc\", \"" + pwd + "\"); } }";
        var a = Assert.Single(await SecretsAnalyzerRunner.RunAsync(before));
        var b = Assert.Single(await SecretsAnalyzerRunner.RunAsync(after));
        Assert.Equal(a.Properties["compliance.anchor"], b.Properties["compliance.anchor"]);
    }

    [Fact]
    public async Task Test_projects_get_a_lower_severity_not_silence()
    {
        var source = "class T { const string Password = \"" + Password(402) + "\"; string k = \"" + AwsKeyId() + "\"; }";
        var xunit = MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location);
        var diags = await SecretsAnalyzerRunner.RunAsync(source, extra: new[] { xunit });
        Assert.Equal(new[] { "CMP1002", "CMP1003" }, diags.Select(d => d.Id));
        Assert.Equal("low", diags[0].Properties["compliance.severity"]);     // high → low
        Assert.Equal("medium", diags[1].Properties["compliance.severity"]);  // critical → medium
    }

    [Fact]
    public async Task Configuration_files_arrive_as_additional_files()
    {
        var pwd = Password(403);
        var json = "{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=db;User Id=app;Password=" + pwd + "\"\n  }\n}\n";
        var env = "API_TOKEN=" + AlnumOf(32, 404) + "\n";
        var diags = await SecretsAnalyzerRunner.RunAsync("class C { }", new[] { ("/src/appsettings.json", json), ("/src/.env", env), ("/src/Program.cs.txt", env) });
        Assert.Equal(2, diags.Length);
        var first = diags.Single(d => d.Location.GetLineSpan().Path == "/src/appsettings.json");
        Assert.Equal("CMP1005", first.Id);
        var span = first.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line); // 0-based: line 3
        Assert.Equal("    \"Default\": \"Server=db;User Id=app;Password=".Length, span.StartLinePosition.Character);
        Assert.Equal("ConnectionStrings:Default", first.Properties["compliance.anchor"]);
        Assert.Contains("'ConnectionStrings:Default'", first.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("配置文件", first.GetMessage(Zh));
        Assert.Equal("API_TOKEN", diags.Single(d => d.Location.GetLineSpan().Path == "/src/.env").Properties["compliance.anchor"]);
    }

    [Fact]
    public async Task Secrets_analyzer_via_the_test_framework_on_additional_files()
    {
        // exact position through Microsoft.CodeAnalysis.Testing as well (the path the build uses)
        var pwd = Password(405);
        var yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: " + pwd + "\n";
        var test = new SecretsTest { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/0/secret.yaml", yaml));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CMP1005", DiagnosticSeverity.Warning)
            .WithSpan("/0/secret.yaml", 6, 13, 6, 13 + pwd.Length)
            .WithArguments("Plain-text password (…(len " + pwd.Length + ")) in configuration at 'stringData:password': move it to a secret store (user-secrets, environment, Key Vault).", "配置文件“stringData:password”处存在明文密码（…(len " + pwd.Length + ")）：请移至密钥管理服务（user-secrets、环境变量、Key Vault）。"));
        await test.RunAsync();
    }
}
