namespace Compliance.Cli.Tests.EndToEnd;

using System.Security.Cryptography;
using System.Text.Json;

/// <summary>
/// One scan of (a copy of) samples/ shared by the end-to-end assertions, plus a second scan of
/// the same input for the determinism check. Canary secrets generated here are planted in the
/// copy: no output may contain them.
/// </summary>
public sealed class SampleScanFixture : IDisposable
{
    public string Root { get; }
    public string Samples { get; }
    public string Out { get; }
    public string Out2 { get; }
    public CliRunner.Run First { get; }
    public CliRunner.Run Second { get; }
    public IReadOnlyList<string> Canaries { get; }
    public JsonDocument Results { get; }

    public SampleScanFixture()
    {
        Root = CliRunner.TempDir("sample-scan");
        Samples = Path.Combine(Root, "samples");
        CliRunner.CopyDirectory(Path.Combine(RepoPaths.Root, "samples"), Samples);

        var awsId = "AKIA" + RandomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
        var awsSecret = RandomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40);
        var dbPassword = "Cx" + RandomFrom("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 18) + "!9";
        var apiToken = RandomFrom("abcdef0123456789", 40);
        Canaries = [awsId, awsSecret, dbPassword, apiToken];

        File.WriteAllText(Path.Combine(Samples, "deploy", "canary.env"), $"AWS_ACCESS_KEY_ID={awsId}\nAWS_SECRET_ACCESS_KEY={awsSecret}\n");
        File.WriteAllText(Path.Combine(Samples, "src", "WarehouseCrm", "appsettings.Production.json"),
            $$"""{ "ConnectionStrings": { "Reports": "Server=tcp:sql.internal;Database=reports;User Id=rpt;Password={{dbPassword}};" } }""");
        File.WriteAllText(Path.Combine(Samples, "src", "WarehouseCrm", "Canary.cs"),
            $$"""
            namespace WarehouseCrm;
            internal static class CanaryKeys
            {
                // rotated key, do not use: {{awsId}}
                internal const string ApiToken = "{{apiToken}}";
                internal static System.Net.NetworkCredential Mail() => new("mailer", "{{dbPassword}}");
            }
            """);

        Out = Path.Combine(Root, "out");
        Out2 = Path.Combine(Root, "out2");
        string[] common = ["--format", "console,sarif,json,html,md,junit", "--fail-on", "none", "--as-of", "2026-11-01"];
        First = CliRunner.Invoke(Root, ["scan", "samples", "--output", Out, .. common]);
        Second = CliRunner.Invoke(Root, ["scan", "samples", "--output", Out2, .. common]);
        var json = Path.Combine(Out, "results.json");
        Results = File.Exists(json) ? JsonDocument.Parse(File.ReadAllText(json)) : JsonDocument.Parse("{}");
    }

    private static string RandomFrom(string alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());

    public IEnumerable<JsonElement> Findings =>
        Results.RootElement.TryGetProperty("findings", out var f) ? f.EnumerateArray() : [];

    public void Dispose()
    {
        Results.Dispose();
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}

[CollectionDefinition("sample-scan")]
public sealed class SampleScanCollection : ICollectionFixture<SampleScanFixture>;
