namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine.AspNet;
using Compliance.PolicyEngine.Documents;

public class JsonReaderTests
{
    private const string AppSettingsWithComments = """
        {
          // Kestrel endpoints
          "Kestrel": {
            "Endpoints": {
              "Http": { "Url": "http://0.0.0.0:5000", }, /* trailing comma above */
            },
          },
        }
        """;

    [Fact]
    public void AppSettingsAllowsCommentsTrailingCommasAndCaseInsensitiveKeys()
    {
        var p = JsonReader.Read("src/Api/appsettings.json", AppSettingsWithComments, dotNetConfiguration: true);
        Assert.True(p.Ok, p.Error?.Message);
        var root = (MapNode)p.Documents[0].Root!;
        var url = root.Map("kestrel")!.Map("ENDPOINTS")!.Map("http")!.Scalar("url")!;
        Assert.Equal(("http://0.0.0.0:5000", 5, 24), (url.Value, url.Line, url.Column));
    }

    [Fact]
    public void OtherJsonIsStrict()
    {
        var r = YamlJsonTestKit.Scan(("realm/realm-export.json", "{\n  \"realm\": \"shop\",\n  // no comments in strict JSON\n  \"enabled\": true\n}\n"));
        Assert.Equal(["realm/realm-export.json:3 CMP9001"], YamlJsonTestKit.Hits(r));
    }

    [Theory]
    [InlineData("src/Api/Properties/launchSettings.json")]
    [InlineData("src/Web/bundleconfig.json")]
    [InlineData("src/Web/ClientApp/tsconfig.app.json")]
    [InlineData(".vscode/launch.json")]
    [InlineData("src/Api/hosting.json")] // beside src/Api/Api.csproj
    public void Files_tooling_reads_leniently_allow_comments_and_trailing_commas(string path)
    {
        var r = YamlJsonTestKit.Scan((path, "{\n  // dev profile\n  \"profiles\": { \"Api\": { \"commandName\": \"Project\", }, },\n}\n"),
            ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"));
        Assert.Empty(YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void Json_with_comments_elsewhere_stays_a_parse_error_that_says_what_was_not_judged()
    {
        // Same content, in a folder without a project: strict.
        var r = YamlJsonTestKit.Scan(("data/export/profiles.json", "{\n  // dev profile\n  \"profiles\": {}\n}\n"),
            ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"));
        Assert.Equal(["data/export/profiles.json:2 CMP9001"], YamlJsonTestKit.Hits(r));
        var message = Assert.Single(r.Findings).Message;
        Assert.Contains("settings were not judged (the secret scan still read it as text)", message);
        Assert.DoesNotContain("was not checked", message);
    }

    [Fact]
    public void TruncatedJsonPointsAtItsLastLine()
    {
        var r = YamlJsonTestKit.Scan(("src/Api/appsettings.json", "{\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Information\"\n"));
        Assert.Equal(["src/Api/appsettings.json:4 CMP9001"], YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void ProductionOverridesBaseCaseInsensitivelyAndOtherEnvironmentsAreIgnored()
    {
        var r = YamlJsonTestKit.Scan(
            ("src/Api/appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }"),
            ("src/Api/appsettings.Development.json", "{ this is not json"),
            ("src/Api/appsettings.Production.json", "{\n  \"logging\": {\n    \"loglevel\": { \"default\": \"Warning\" }\n  }\n}\n"));
        Assert.DoesNotContain(r.Findings, f => f.File.EndsWith("Development.json", StringComparison.Ordinal));
        var app = Assert.Single(ConfigIndex.Of(new DocumentSet([
            new ConfigFile("src/Api/appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }"),
            new ConfigFile("src/Api/appsettings.Production.json", "{\n  \"logging\": {\n    \"loglevel\": { \"default\": \"Warning\" }\n  }\n}\n")])).AspNet);
        var v = app.Get("Logging:LogLevel:Default")!;
        Assert.Equal(("Warning", "src/Api/appsettings.Production.json", 3), (v.Value, v.File, v.Line));
    }

    [Fact]
    public void TwoHundredLevelsOfJsonNestingAreReadAndDeeperIsAParseError()
    {
        Assert.True(JsonReader.Read("a.json", new string('[', 200) + new string(']', 200), false).Ok);
        var deep = JsonReader.Read("a.json", new string('[', 5000) + new string(']', 5000), false);
        Assert.False(deep.Ok);
        Assert.Equal(1, deep.Error!.Line);
    }

    [Fact]
    public void EmptyJsonIsAParseError()
    {
        var r = YamlJsonTestKit.Scan(("config/empty.json", ""));
        Assert.Equal(["config/empty.json:1 CMP9001"], YamlJsonTestKit.Hits(r));
    }
}

public class LineEndingTests
{
    [Fact]
    public void CrLfFilesKeepTheirLineNumbers()
    {
        var yaml = "apiVersion: apps/v1\r\nkind: StatefulSet\r\nmetadata:\r\n  name: db\r\nspec:\r\n  replicas: 1\r\n  template:\r\n    spec:\r\n      containers:\r\n        - image: mysql:8\r\n";
        var json = "{\r\n  \"Logging\": {\r\n    \"LogLevel\": {\r\n      \"Default\": \"Error\"\r\n    }\r\n  }\r\n}\r\n";
        var r = YamlJsonTestKit.Scan(("k8s/db.yaml", yaml), ("src/Api/appsettings.json", json));
        Assert.Contains("k8s/db.yaml:6 CMP5501", YamlJsonTestKit.Hits(r));
        Assert.Contains("src/Api/appsettings.json:4 CMP5606", YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void ColumnsAreUtf16UnitsAfterAnAstralCharacter()
    {
        // "🕓" is a surrogate pair: two UTF-16 units, four UTF-8 bytes.
        var p = JsonReader.Read("a.json", "{ \"n\": \"🕓\", \"k\": 1 }", dotNetConfiguration: false);
        var k = ((MapNode)p.Documents[0].Root!).Entry("k")!.Key;
        Assert.Equal((1, 14), (k.Line, k.Column)); // 13 units before the key: the emoji counts twice
    }
}
