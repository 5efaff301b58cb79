namespace Compliance.Analyzers.Tests.Documents;

using Compliance.Analyzers.Documents;

/// <summary>
/// The shared configuration walkers (Compliance.Analyzers.Documents) locate values with their key paths and
/// line/column marks, also in files a strict reader rejects; what a value means is decided by their callers.
/// </summary>
public class ConfigWalkerTests
{
    private static List<(string Anchor, string Key, string Raw, int Line, int Column)> Marks(string text, IEnumerable<ConfigValue> values)
    {
        var lines = new TextLines(text);
        return values.Select(v => (v.Anchor, v.Key, v.Raw, lines.Position(v.Offset).Line, lines.Position(v.Offset).Column)).ToList();
    }

    [Fact]
    public void Json_walker_reads_past_comments_and_broken_syntax_with_key_paths_and_marks()
    {
        // A comment and a trailing comma (strict JSON rejects both) and an unclosed object: still every string value.
        var text = "{\n" +
                   "  // the database\n" +
                   "  \"ConnectionStrings\": { \"Default\": \"Server=db\" },\n" +
                   "  \"Hosts\": [\"a.example\", \"b.example\",],\n" +
                   "  \"Jwt\": { \"Key\": \"k\\\"ey\", \"Lifetime\": 30\n";
        var marks = Marks(text, JsonTextWalker.Walk(text));
        Assert.Equal(
            new[]
            {
                ("ConnectionStrings:Default", "Default", "Server=db", 3, 38),
                ("Hosts:0", "Hosts", "a.example", 4, 14),
                ("Hosts:1", "Hosts", "b.example", 4, 27),
                ("Jwt:Key", "Key", "k\\\"ey", 5, 20),
            },
            marks);
    }

    [Fact]
    public void Yaml_walker_marks_secret_data_and_pairs_env_names_only_when_the_caller_says_so()
    {
        var text = "apiVersion: v1\n" +
                   "kind: Secret\n" +
                   "data:\n" +
                   "  db-password: c2VjcmV0\n" +
                   "---\n" +
                   "spec:\n" +
                   "  env:\n" +
                   "    - name: DB_PASSWORD\n" +
                   "      value: \"hunter2x\"\n" +
                   "    - name: LOG_LEVEL\n" +
                   "      value: debug # verbose\n";
        var values = YamlTextWalker.Walk(text, name => name.EndsWith("PASSWORD", StringComparison.Ordinal)).ToList();
        var lines = new TextLines(text);
        Assert.Equal(
            new[]
            {
                ("apiVersion", "v1", (string?)null, 1, 13),
                ("kind", "Secret", null, 2, 7),
                ("data:db-password", "c2VjcmV0", "data", 4, 16),
                ("spec:env:name", "DB_PASSWORD", null, 8, 13),
                ("spec:env:DB_PASSWORD", "hunter2x", null, 9, 15),
                ("spec:env:name", "LOG_LEVEL", null, 10, 13),
                ("spec:env:value", "debug", null, 11, 14),
            },
            values.Select(v => (v.Anchor, v.Raw, v.SecretSection, lines.Position(v.Offset).Line, lines.Position(v.Offset).Column)).ToArray());
    }

    [Fact]
    public void Xml_walker_keys_appsettings_values_by_their_name_and_skips_comments()
    {
        var text = "<configuration>\n" +
                   "  <appSettings>\n" +
                   "    <add key=\"SmtpPassword\" value=\"p4ss\" />\n" +
                   "    <!-- <add key=\"Old\" value=\"gone\" /> -->\n" +
                   "  </appSettings>\n" +
                   "  <machineKey validationKey=\"ABCDEF\" />\n" +
                   "  <Password>text</Password>\n" +
                   "</configuration>\n";
        var values = XmlTextWalker.Walk(text).ToList();
        var lines = new TextLines(text);
        Assert.Equal(
            new[]
            {
                ("add:SmtpPassword", "SmtpPassword", "value", true, 3, 36),
                ("machineKey@validationKey", "validationKey", "validationKey", false, 6, 30),
                ("Password", "Password", (string?)null, false, 7, 13),
            },
            values.Select(v => (v.Anchor, v.Key, v.Attribute, v.Keyed, lines.Position(v.Offset).Line, lines.Position(v.Offset).Column)).ToArray());
    }

    [Fact]
    public void Key_value_walker_prefixes_ini_sections_and_strips_quotes_and_comments()
    {
        var text = "TOKEN='abc def'\n[db]\npassword = s3cret # set by ops\n";
        Assert.Equal(
            new[] { ("TOKEN", "TOKEN", "abc def", 1, 8), ("db:password", "password", "s3cret", 3, 12) },
            Marks(text, KeyValueTextWalker.Walk(text)));
    }

    [Theory]
    [InlineData("src/Web/appsettings.Production.json", true)]
    [InlineData("src/Web/Properties/launchSettings.json", true)]
    [InlineData(".vscode/settings.json", true)]
    [InlineData("tools/schema.jsonc", true)]
    [InlineData("src/Api/Configuration/jwt.json", true)]   // inside a project's folder tree
    [InlineData("ui/shop.uniapp/.hbuilderx/launch.json", true)] // HBuilderX's own settings
    [InlineData("keycloak/realm-export.json", false)]
    [InlineData("web/package.json", false)]
    [InlineData("azuredeploy.json", true)]                     // ARM templates accept comments (oqtane, judged blind)
    [InlineData("deploy/azuredeploy.parameters.json", true)]
    [InlineData("deploy/arm/mainTemplate.json", true)]
    [InlineData("deploy/azure-resources.json", false)]         // not named as an ARM template: strict
    public void One_place_decides_which_json_is_read_with_comments(string path, bool lenient)
    {
        var projectFolders = new HashSet<string>(StringComparer.Ordinal) { "src/Api" };
        Assert.Equal(lenient, ConfigFormats.IsLenientJson(path, projectFolders.Contains));
    }

    [Fact]
    public void Lenient_folders_are_project_trees_template_roots_uniapp_projects_and_copies_of_project_config_folders()
    {
        var paths = new[]
        {
            "src/Api/Api.csproj", "src/Api/Configuration/App.json",
            "templates/web/content/.template.config/template.json",
            "ui/shop/pages.json", "ui/shop/manifest.json",
            "pwa/manifest.json",                          // a web app manifest without pages.json: not uni-app
            "docker/app/Configuration/App.json",          // a copy of the project's Configuration/App.json
            "docker/app/Configuration/Other.json",        // same folder, so lenient too
            "data/Configuration/seed.json",               // no file of that name in a project tree: strict
        };
        var folders = ConfigFormats.LenientJsonFolders(paths);
        Assert.Equal(new[] { "docker/app/Configuration", "src/Api", "templates/web/content", "ui/shop" }, folders.OrderBy(f => f, StringComparer.Ordinal));
        Assert.True(ConfigFormats.IsLenientJson("docker/app/Configuration/Other.json", folders.Contains));
        Assert.False(ConfigFormats.IsLenientJson("data/Configuration/seed.json", folders.Contains));
        Assert.False(ConfigFormats.IsLenientJson("pwa/manifest.json", folders.Contains));
    }

    [Theory]
    [InlineData("deploy/app.YAML", ConfigFormat.Yaml)]
    [InlineData("src\\Web\\web.config", ConfigFormat.Xml)]
    [InlineData(".env.production", ConfigFormat.KeyValue)]
    [InlineData("a/tsconfig.jsonc", ConfigFormat.Json)]
    [InlineData("README.md", ConfigFormat.Other)]
    public void Formats_come_from_the_file_name(string path, ConfigFormat format) => Assert.Equal(format, ConfigFormats.Of(path));
}
