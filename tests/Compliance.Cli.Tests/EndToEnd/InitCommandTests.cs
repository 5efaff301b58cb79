namespace Compliance.Cli.Tests.EndToEnd;

using Compliance.Rules.Configuration;

/// <summary>compliance init: a commented starter compliance.yaml that the scan accepts, never written over an existing one.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void Init_writes_the_commented_starter_which_a_scan_then_accepts()
    {
        var root = CliRunner.TempDir("init");
        try
        {
            var run = CliRunner.Invoke(root, ["init"]);

            Assert.True(run.ExitCode == 0, run.Stderr);
            var written = File.ReadAllText(Path.Combine(root, "compliance.yaml"));
            Assert.Equal(StarterConfig.Text.ReplaceLineEndings("\n"), written);
            Assert.StartsWith("# yaml-language-server: $schema=", written);
            Assert.Contains("# waivers:", written);

            File.WriteAllText(Path.Combine(root, "app.env"), "LOG_LEVEL=info\n");
            var scan = CliRunner.Invoke(root, ["scan", ".", "--output", Path.Combine(root, "out"), "--format", "json", "--fail-on", "none"]);
            Assert.True(scan.ExitCode == 0, scan.Stderr);
            Assert.Contains("\"systemName\": \"My system\"", File.ReadAllText(Path.Combine(root, "out", "results.json")));
        }
        finally { Directory.Delete(root, true); }
    }

    [Theory]
    [InlineData("compliance.yaml")]
    [InlineData("compliance.yml")]
    public void Init_refuses_to_overwrite_an_existing_configuration(string existing)
    {
        var root = CliRunner.TempDir("init-existing");
        try
        {
            File.WriteAllText(Path.Combine(root, existing), "lang: en\n");

            var run = CliRunner.Invoke(root, ["init", "."]);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("already exists", run.Stderr);
            Assert.Equal("lang: en\n", File.ReadAllText(Path.Combine(root, existing)));
            Assert.Equal(existing == "compliance.yml", !File.Exists(Path.Combine(root, "compliance.yaml")));
        }
        finally { Directory.Delete(root, true); }
    }
}
