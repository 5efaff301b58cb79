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

    // Issue 14: Furion's Configuration/*.json, Admin.Core's ConfigCenter/*.json (inside a project's folder tree),
    // .markdownlint.json, ocelot.json and tsconfig files carry // comments and trailing commas; their readers accept them.
    [Theory]
    [InlineData("Admin.NET.Application/Configuration/App.json")]
    [InlineData("src/Host/ConfigCenter/dbconfig.json")]
    [InlineData("src/Api/Properties/launchSettings.json")]
    [InlineData(".markdownlint.json")]
    [InlineData("src/Web/ClientApp/tsconfig.app.json")]
    [InlineData(".vscode/launch.json")]
    [InlineData("gateway/ocelot.json")]
    [InlineData("tools/settings.jsonc")]
    // A dotnet new template's content (its root holds .template.config/template.json) and template.json itself;
    // a uni-app project's pages.json/manifest.json, which HBuilderX reads with comments.
    [InlineData("templates/app/content/MyApp.Host/ConfigCenter/jwtconfig.json")]
    [InlineData("templates/app/content/.template.config/template.json")]
    [InlineData("ui/shop.uniapp/pages.json")]
    [InlineData("ui/shop.uniapp/manifest.json")]
    // A copy of a project's Configuration folder mounted into a container (Admin.NET's docker/app/Configuration).
    [InlineData("docker/app/Configuration/App.json")]
    public void Json_that_lenient_readers_load_allows_comments_and_trailing_commas(string path)
    {
        var text = "{\n  // dev profile\n  \"profiles\": { \"Api\": { \"commandName\": \"Project\", }, }, /* end */\n}\n";
        (string, string)[] others =
        [
            ("Admin.NET.Application/Admin.NET.Application.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n"),
            ("src/Host/Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"),
            ("templates/app/content/.template.config/template.json", "{ \"name\": \"app\", }\n"),
            ("ui/shop.uniapp/pages.json", "{ \"pages\": [], }\n"),
            ("ui/shop.uniapp/manifest.json", "{ \"name\": \"shop\", }\n"),
            ("Admin.NET.Application/Configuration/App.json", "{ \"App\": {}, }\n"),
        ];
        var r = YamlJsonTestKit.Scan([(path, text), .. others.Where(o => o.Item1 != path)]);
        Assert.Empty(YamlJsonTestKit.Hits(r));
        var p = JsonReader.Read(path, text, dotNetConfiguration: false, allowComments: true);
        Assert.True(p.Ok, p.Error?.Message);
        var commandName = ((MapNode)p.Documents[0].Root!).Map("profiles")!.Map("Api")!.Scalar("commandName")!;
        Assert.Equal(("Project", 3), (commandName.Value, commandName.Line));
    }

    // DECISIONS "JSON with comments": strict JSON elsewhere — Keycloak imports realm exports with a strict reader,
    // npm rejects a package.json with a comment; the same file beside no project is a parse error at the comment.
    [Theory]
    [InlineData("realm/realm-export.json")]
    [InlineData("web/package.json")]
    [InlineData("data/export/profiles.json")]
    [InlineData("pwa/manifest.json")] // a web app manifest: no pages.json beside it, not a uni-app project
    [InlineData("docker/app/Configuration/Other.json")] // no file of that name in a project's Configuration folder
    public void Json_that_strict_readers_load_stays_strict(string path)
    {
        var r = YamlJsonTestKit.Scan((path, "{\n  \"realm\": \"shop\",\n  // no comments in strict JSON\n  \"enabled\": true\n}\n"),
            ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"), ("src/Api/Configuration/App.json", "{}\n"));
        Assert.Equal([path + ":3 CMP9001"], YamlJsonTestKit.Hits(r));
    }

    [Fact]
    public void Really_broken_json_is_a_parse_error_at_its_line_that_says_what_was_not_judged()
    {
        // a missing comma between two members: even a lenient reader rejects it
        var r = YamlJsonTestKit.Scan(("src/Api/Configuration/profiles.json", "{\n  // dev profile\n  \"a\": 1\n  \"b\": 2\n}\n"),
            ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"));
        Assert.Equal(["src/Api/Configuration/profiles.json:4 CMP9001"], YamlJsonTestKit.Hits(r));
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

    // OpenMU (judged blind, eighth session): an empty acme.example.json, the template of Traefik's certificate store,
    // was a medium "syntax error" whose message said its settings were not judged — there are none. An empty
    // appsettings.json stays an error: .NET configuration refuses it and the host does not start.
    [Theory]
    [InlineData("", 1)]
    [InlineData("\uFEFF  \n\n", 2)]
    public void EmptyJsonIsNoParseErrorExceptForDotNetConfiguration(string text, int errorLine)
    {
        var r = YamlJsonTestKit.Scan(("deploy/data-traefik/acme.example.json", text), ("config/data.json", text),
            ("src/Api/appsettings.json", text), ("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n"));
        Assert.Equal([$"src/Api/appsettings.json:{errorLine} CMP9001"], YamlJsonTestKit.Hits(r));
        Assert.True(JsonReader.Read("config/data.json", text, dotNetConfiguration: false).Ok);
        Assert.False(JsonReader.Read("src/Api/appsettings.json", text, dotNetConfiguration: true).Ok);
    }

    [Fact]
    public void JsonWithOnlyACommentIsStillAParseErrorInStrictFiles()
    {
        var r = YamlJsonTestKit.Scan(("config/data.json", "// nothing yet\n"));
        Assert.Equal(["config/data.json:1 CMP9001"], YamlJsonTestKit.Hits(r));
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
