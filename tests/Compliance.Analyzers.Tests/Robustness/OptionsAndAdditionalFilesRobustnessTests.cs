namespace Compliance.Analyzers.Tests.Robustness;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// The analyzers also read .editorconfig options and configuration files passed as AdditionalFiles:
/// hostile values there must not make any of them throw either.
/// </summary>
public sealed class OptionsAndAdditionalFilesRobustnessTests
{
    private const string Code = """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Logging;
        public class UserService(ILogger<UserService> logger)
        {
            private const string ApiKey = "sk_live_0123456789abcdefghijkl";
            public string Phone { get; set; } = "";
            public byte[] HashPassword(string password) => SHA1.HashData(Encoding.UTF8.GetBytes(password));
            public void Log(string idCard, string email) => logger.LogInformation("user {Id} {Mail} {Phone}", idCard, email, Phone);
            public byte[] Derive(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA1, 32);
        }
        """;

    private static readonly string[] Keys =
    [
        "compliance.password_hash_profile", "compliance.password_words", "compliance.trusted_password_hashers",
        "compliance.pii_attributes", "compliance.pii_ignore_words", "compliance.pii_masking_helper",
        "compliance.pii_name_matched_severity", "compliance.pii_sanitizers", "compliance.pii_words",
        "compliance.severity", "compliance.minIterations",
    ];

    /// <summary>Values a user (or a typo) can put in .editorconfig.</summary>
    private static readonly string[] HostileValues =
    [
        "", " ", ",", ",,,;;;", "=", "(((", "[a-", "*", "\\", "-1", "0", "99999999999999999999", "NaN",
        "owasp-2023,owasp-2023", "OWASP-2023 ", "high", "CRITICAL", "none", "true", "null",
        "手机号,身份证号", "M:Foo.Bar(System.String)", "T:", "Foo..Bar", "global::", "System.String.Trim()",
        "a=b=c", "\"quoted\"", "#comment", new string('x', 100_000), string.Join(",", Enumerable.Repeat("w", 5_000)),
        "\u0000", "\uFFFF", "\uD800",
    ];

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class Provider(AnalyzerConfigOptions options) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class Additional(string path, string? text) : AdditionalText
    {
        public override string Path => path;
        // null: the file could not be read (the compiler passes null then).
        public override SourceText? GetText(CancellationToken cancellationToken = default) => text is null ? null : SourceText.From(text);
    }

    private static async Task<List<string>> Run(IEnumerable<(string Name, ImmutableDictionary<string, string> Options, ImmutableArray<AdditionalText> Files)> cases)
    {
        var refs = await TestReferences.ResolveAspNetAsync();
        var analyzers = AnalyzerRobustnessTests.AllAnalyzers();
        var failures = new ConcurrentBag<string>();
        var tree = CSharpSyntaxTree.ParseText(Code, new CSharpParseOptions(LanguageVersion.Preview), path: "UserService.cs");
        var compilation = CSharpCompilation.Create("Opts", [tree], refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (c, ct) =>
        {
            var options = new AnalyzerOptions(c.Files, new Provider(new Options(c.Options)));
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options,
                (ex, analyzer, _) => failures.Add($"{c.Name}: {analyzer.GetType().Name} threw {ex}"), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(ct);
            foreach (var d in diagnostics.Where(d => d.Id is "AD0001" or "AD0002")) failures.Add($"{c.Name}: {d}");
        });
        return failures.OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Hostile_editorconfig_values_do_not_make_any_analyzer_throw()
    {
        var cases = new List<(string, ImmutableDictionary<string, string>, ImmutableArray<AdditionalText>)>();
        // Each value in every key at once, and each key alone with each value.
        foreach (var v in HostileValues)
            cases.Add(($"all keys = {Show(v)}", Keys.ToImmutableDictionary(k => k, _ => v), []));
        foreach (var k in Keys)
            foreach (var v in HostileValues.Where((_, i) => i % 3 == 0))
                cases.Add(($"{k} = {Show(v)}", ImmutableDictionary<string, string>.Empty.Add(k, v).Add("build_property.IsTestProject", v), []));
        var failures = await Run(cases);
        Assert.True(failures.Count == 0, $"{failures.Count} failure(s):\n" + string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public async Task Hostile_configuration_files_do_not_make_any_analyzer_throw()
    {
        var bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n"));
        var files = new (string Path, string? Text)[]
        {
            ("appsettings.json", "{ \"ConnectionStrings\": { \"Db\": \"Server=.;Password=" ),
            ("appsettings.Development.json", new string('{', 5000) + new string('}', 4000)),
            ("appsettings.json", "\uFEFF{\"a\":\"\\u00\",\"b\":\"\\\"}"),
            ("appsettings.json", null),
            ("appsettings.json", ""),
            ("web.config", "<configuration><appSettings><add key=\"ApiKey\" value=\"abc" ),
            ("web.config", "<!-- " + new string('-', 100_000)),
            ("App.config", string.Concat(Enumerable.Repeat("<a>", 3000))),
            (".env", "PASSWORD=\nSECRET\n=value\nexport =x\n" + new string('=', 10_000)),
            ("config.yaml", bomb),
            ("values.yaml", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + $"k{i}:\n")) + new string(' ', 600) + "password: x\n"),
            ("secrets.yaml", "kind: Secret\ndata:\n  password: !!binary |\n    ====\n  token: [\n"),
            ("docker-compose.yml", "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD\n      - =\n      - \"\n"),
            ("settings.ini", "[section\npassword\n[=]\n"),
            ("application.properties", "spring.datasource.password=\\\n\\\n"),
            ("appsettings.json", "{\"Password\":\"\uD800\",\"Key\":\"\0\0\0\"}"),
            ("C:\\weird\\path\\appsettings.json", "{\"Jwt\":{\"Key\":\"" + new string('k', 64) + "\"}}"),
            ("", "{}"),
        };
        var cases = files.Select((f, i) => ($"file#{i} {f.Path}", ImmutableDictionary<string, string>.Empty, ImmutableArray.Create<AdditionalText>(new Additional(f.Path, f.Text))))
            .Append(("all files together", ImmutableDictionary<string, string>.Empty, files.Select(f => (AdditionalText)new Additional(f.Path, f.Text)).ToImmutableArray()));
        var failures = await Run(cases);
        Assert.True(failures.Count == 0, $"{failures.Count} failure(s):\n" + string.Join("\n", failures.Take(5)));
    }

    /// <summary>
    /// Found by this suite: TextSecretScanner took minutes on a 2 MB one-line appsettings.json with
    /// ~50,000 secret-named keys (it redacted the whole line for every match, scanned every earlier
    /// match for overlaps and probed anchor suffixes linearly). Regression test for the fix.
    /// </summary>
    [Fact]
    public async Task A_2_MB_one_line_appsettings_with_many_secret_keys_is_analysed_in_bounded_time()
    {
        var oneLine = new StringBuilder("{\"Items\":[");
        for (var i = 0; oneLine.Length < 2 * 1024 * 1024; i++) oneLine.Append(i == 0 ? "" : ",").Append($"{{\"Password\":\"v{i}\",\"ApiKey\":\"k{i}\"}}");
        var run = Run([("2 MB one line", ImmutableDictionary<string, string>.Empty, [new Additional("appsettings.Production.json", oneLine.Append("]}").ToString())])]);
        // ~7-17 s of CPU alone; the bound only has to catch the old behaviour (many minutes), and this test
        // shares two cores with every other test project (it took over 90 s there at load average 60).
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(240))) == run, "did not finish in 240 s");
        Assert.Empty(await run);
    }

    private static string Show(string v) => v.Length > 20 ? $"<{v.Length} chars>" : v;
}
