namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;

/// <summary>
/// A stylesheet's source map (<c>*.css.map</c>, vendored build output) is not read for secrets: it is listed in skipped[]
/// with why. A JavaScript source map, whose sources are code, still is.
/// </summary>
public sealed class StylesheetSourceMapTests
{
    [Fact]
    public void A_css_source_map_is_skipped_and_listed_while_a_js_source_map_is_still_read()
    {
        var root = CliRunner.TempDir("sourcemaps");
        // Built at run time: the repository holds no secret-looking literal.
        var awsId = "AKIA" + "QW3RT7YU2IO5PAS4";
        var awsSecret = "wJalr" + "XUtnFEMI/K7MDENG/bPxRfiCY" + "Zq8Lm3Nv4Tb";
        var map = $$"""{"version":3,"sources":["src/app.src"],"sourcesContent":["const cfg = { aws_access_key_id: '{{awsId}}', aws_secret_access_key: '{{awsSecret}}' };"],"mappings":"AAAA"}""";
        Directory.CreateDirectory(Path.Combine(root, "wwwroot", "lib"));
        File.WriteAllText(Path.Combine(root, "wwwroot", "lib", "theme.min.css.map"), map);
        File.WriteAllText(Path.Combine(root, "wwwroot", "lib", "app.min.js.map"), map);

        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--fail-on", "none", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToList();
        var skipped = doc.RootElement.GetProperty("skipped").EnumerateArray()
            .ToDictionary(s => s.GetProperty("file").GetString()!, s => s.GetProperty("reason").GetString()!);
        Assert.Contains("wwwroot/lib/app.min.js.map", findings);
        Assert.DoesNotContain("wwwroot/lib/theme.min.css.map", findings);
        Assert.Equal("CSS source map (generated; not read for secrets)", skipped["wwwroot/lib/theme.min.css.map"]);
        Assert.False(skipped.ContainsKey("wwwroot/lib/app.min.js.map"));
    }
}
