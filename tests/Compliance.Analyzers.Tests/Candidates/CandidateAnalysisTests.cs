namespace Compliance.Analyzers.Tests.Candidates;

using System.Collections.Immutable;
using System.Globalization;
using Compliance.Analyzers.Candidates;
using Compliance.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// The CLI binds only the candidate units of a file (CandidateAnalysis). These tests hold it to
/// the whole-compilation run: on every C# snippet of the analyzer tests and on the samples, both
/// give exactly the same diagnostics (id, span, message), and it never throws on broken code.
/// </summary>
public sealed class CandidateAnalysisTests
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References =
        new(() => TestReferences.ResolveAspNetAsync());

    private static async Task<(List<string> Full, List<string> Candidate, CandidateAnalysisResult Run)> BothWays(string source)
    {
        var refs = await References.Value;
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        Compilation Compile() => CSharpCompilation.Create("Snippet", [CSharpSyntaxTree.ParseText(source, parse, path: "Snippet.cs")], refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzers = AnalyzerRobustnessTests.AllAnalyzers();
        var full = await Compile().WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var compilation = Compile();
        var run = await CandidateAnalysis.RunAsync(compilation.WithAnalyzers(analyzers, options), compilation.SyntaxTrees.ToList(), 2, default);
        static string Key(Diagnostic d) => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}";
        return (full.Select(Key).Order(StringComparer.Ordinal).ToList(), run.Diagnostics.Select(Key).Order(StringComparer.Ordinal).ToList(), run);
    }

    [Fact]
    public async Task Same_diagnostics_as_the_whole_compilation_on_every_test_snippet_and_sample()
    {
        var seeds = AnalyzerRobustnessTests.Seeds();
        var mismatches = new List<string>();
        int withFindings = 0, units = 0, kept = 0;
        foreach (var (name, source) in seeds)
        {
            var (full, candidate, run) = await BothWays(source);
            if (full.Count > 0) withFindings++;
            units += run.Units;
            kept += run.CandidateUnits;
            if (!full.SequenceEqual(candidate))
                mismatches.Add($"{name}:\n  missing: {string.Join("; ", full.Except(candidate))}\n  extra: {string.Join("; ", candidate.Except(full))}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {seeds.Count} seeds differ:\n" + string.Join("\n", mismatches.Take(10)));
        Assert.True(withFindings >= 40, $"only {withFindings} of {seeds.Count} seeds have findings: the corpus no longer exercises the rules");
        // The selection must also select: on the test snippets (written to trigger rules) a good share of units still drops out.
        Assert.True(kept < units, $"every unit was kept ({kept}/{units})");
    }

    [Fact]
    public async Task Units_without_a_telling_token_are_not_bound()
    {
        const string source = """
            using System.Security.Cryptography;
            using Microsoft.Extensions.Logging;

            public sealed class Orders(ILogger<Orders> logger)
            {
                public int Total(int id, int[] lines)
                {
                    var sum = 0;
                    foreach (var l in lines) sum += l;
                    logger.LogInformation("Order {Id} total {Sum}", id, sum);
                    return sum;
                }

                public void Notify(string customerPhone) => logger.LogInformation("SMS to {Phone}", customerPhone);

                public string Digest(string password) => System.Convert.ToHexString(MD5.HashData(System.Text.Encoding.UTF8.GetBytes(password)));
            }
            """;
        var (full, candidate, run) = await BothWays(source);
        Assert.Equal(full, candidate);
        Assert.Contains(full, k => k.StartsWith("CMP3001 ", StringComparison.Ordinal));
        Assert.Contains(full, k => k.StartsWith("CMP2002 ", StringComparison.Ordinal));
        // Total(...) and the glue (usings, class header, braces) are skipped; Notify and Digest are kept.
        Assert.Equal(2, run.CandidateUnits);
    }

    /// <summary>Shapes where the telling name is elsewhere: an alias, a constant header name, a record
    /// declared in another type, a library member classified by attribute ([PersonalData] IdentityUser.Id,
    /// found missing on eShopOnWeb) also when a plain source class shares its name (the vocabulary skips binding names that
    /// only a plain source class declares), a secret in a comment.</summary>
    [Theory]
    [InlineData("""
        using H = System.Security.Cryptography.MD5;
        class C { byte[] F(byte[] b) { using var h = H.Create(); return h.ComputeHash(b); } }
        """, "CMP2001")]
    [InlineData("""
        using System.Net.Http;
        static class Headers { public const string Auth = "Authorization"; public const string Value = "Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"; }
        class C { void F(HttpClient c) { c.DefaultRequestHeaders.Add(Headers.Auth, Headers.Value); } }
        """, "CMP1001")]
    [InlineData("""
        using Microsoft.Extensions.Logging;
        public record Person(string Mobile, string Email);
        public interface IPeople { Person Find(int id); }
        class C { void F(ILogger l, IPeople people) { var p = people.Find(1); l.LogInformation("found {@P}", p); } }
        """, "CMP3001")]
    [InlineData("""
        using Microsoft.AspNetCore.Identity;
        public class ApplicationUser : IdentityUser { }
        class C { void F(ApplicationUser user) { throw new System.InvalidOperationException($"no login for {user.Id}"); } }
        """, "CMP3002")]
    [InlineData("""
        using Microsoft.AspNetCore.Identity;
        namespace Local { public class IdentityUser { } }
        class C { void F(IdentityUser u) { throw new System.InvalidOperationException($"no login for {u.Id}"); } }
        """, "CMP3002")]
    [InlineData("""
        class C
        {
            // leaked: ghp_1234567890abcdefghijklmnopqrstuvwxyzAB
            private readonly int x = 1;
        }
        """, null)]
    public async Task Indirect_shapes_are_still_found(string source, string? expectedRule)
    {
        var (full, candidate, _) = await BothWays(source);
        Assert.Equal(full, candidate);
        if (expectedRule is not null) Assert.Contains(full, k => k.StartsWith(expectedRule + " ", StringComparison.Ordinal));
    }

    /// <summary>Issue 14's recall shapes (branch recall): the constant sits in a field, the sink in a method, other members between.</summary>
    public static TheoryData<string, string> RecallShapes()
    {
        const string filler = "    public int Sum(int a, int b) { var s = a; for (var i = 0; i < b; i++) s += i; return s; }\n";
        return new()
        {
            { "public static class Sm4Helper { public static string Encrypt(string plainText, string key) => plainText; }\n"
              + "public class Pay {\n    private const string SM4_KEY = \"" + Secrets.SecretFixtures.HexOf(32, 501) + "\";\n" + filler
              + "    public string Seal(string s) => Sm4Helper.Encrypt(s, SM4_KEY);\n}\n", "CMP1001" },
            { "using System.Security.Cryptography;\npublic class Box {\n    private static readonly byte[] IvBytes = System.Text.Encoding.UTF8.GetBytes(\"" + Secrets.SecretFixtures.AlnumOf(16, 502) + "\");\n" + filler
              + "    public ICryptoTransform T(byte[] k) { using var a = Aes.Create(); return a.CreateEncryptor(k, IvBytes); }\n}\n", "CMP1001" },
            { "public class Oss {\n" + filler + "    private static readonly (string, string) Pair = (\"" + Secrets.SecretFixtures.AlibabaId(503) + "\", \"" + Secrets.SecretFixtures.AlibabaSecret(504) + "\");\n}\n", "CMP1001" },
            { "public class Geo {\n" + filler + "    private const string Api = \"https://restapi.amap.com/v3/ip?key=" + Secrets.SecretFixtures.HexOf(32, 505) + "\";\n}\n", "CMP1002" },
            { "public class Gate {\n" + filler + "    public bool Ok(string token) => token is \"" + Secrets.SecretFixtures.AlnumOf(24, 506) + "\";\n}\n", "CMP1002" },
            { "using System.Net.Http;\npublic class Partner {\n    private const string TokenHeader = \"X-Access-Token\";\n    private const string Value = \"" + Secrets.SecretFixtures.AlnumOf(32, 507) + "\";\n" + filler
              + "    public void Set(HttpClient c) => c.DefaultRequestHeaders.Add(TokenHeader, Value);\n}\n", "CMP1001" },
            // Tenth session: a key held by a field is reported at the field, found by an action on the field; the cipher call
            // sits more than MergeGapLines away, so the two are separate span requests.
            { "using System.Security.Cryptography;\npublic class Meter {\n    private static readonly byte[] Seal = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 };\n" + string.Concat(Enumerable.Repeat(filler, 40))
              + "    public byte[] Lock(byte[] b) { using var a = Aes.Create(); a.Key = Seal; return a.EncryptCbc(b, RandomNumberGenerator.GetBytes(16)); }\n}\n", "CMP2004" },
            { "using System.Security.Cryptography;\npublic class Beacon {\n    private static readonly byte[] Pairing = { 2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4, 5, 2, 3, 5, 3, 6, 0, 2, 8, 7, 4, 7, 1, 3, 5, 2, 6 };\n" + string.Concat(Enumerable.Repeat(filler, 40))
              + "    public void Box(byte[] n, byte[] p, byte[] c, byte[] t) { using var box = new ChaCha20Poly1305(Pairing); box.Encrypt(n, p, c, t); }\n}\n", "CMP2004" },
            // Eleventh session: a mail client's sign-in with a literal password; nothing else in the unit names a secret.
            { "public class SmtpClient { public void Authenticate(string user, string pass) { } }\npublic class Notices {\n" + filler
              + "    public void Send(SmtpClient c) => c.Authenticate(\"notices@shelf.example.org\", \"" + Secrets.SecretFixtures.Password(508) + "\");\n}\n", "CMP1001" },
            // Twelfth session: a salt or a TOTP seed held in a constant, used far from where it is declared.
            { "public class Ticket {\n    private const string TicketSalt = \"queue-hall-2021\";\n" + filler
              + "    public string Code(string n) => n + TicketSalt;\n}\n", "CMP1002" },
            { "public class Kiosk {\n    public const string MaintenanceSeed = \"" + Secrets.SecretFixtures.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32, 509) + "\";\n" + filler + "}\n", "CMP1002" },
        };
    }

    [Theory]
    [MemberData(nameof(RecallShapes))]
    public async Task Recall_shapes_give_the_same_findings_both_ways(string source, string expectedRule)
    {
        var (full, candidate, _) = await BothWays(source);
        Assert.Equal(full, candidate);
        Assert.Contains(full, k => k.StartsWith(expectedRule + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Auto_analyses_small_or_dense_code_whole_and_large_sparse_code_by_candidates()
    {
        var refs = await References.Value;
        var analyzers = AnalyzerRobustnessTests.AllAnalyzers();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        async Task<CandidateAnalysisResult> Auto(string source)
        {
            var c = CSharpCompilation.Create("Auto", [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "Auto.cs")], refs,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return await CandidateAnalysis.RunAsync(c.WithAnalyzers(analyzers, options), c.SyntaxTrees.ToList(), 2, default, strategy: AnalysisStrategy.Auto);
        }

        const string leak = "    public void Notify(Microsoft.Extensions.Logging.ILogger l, string customerPhone) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(l, \"to {Phone}\", customerPhone);\n";
        var small = await Auto("public class C {\n" + leak + "}\n");
        Assert.True(small.Whole, "a 3-line file is cheaper to bind whole than to start span requests");
        var sparse = new System.Text.StringBuilder("public class C {\n");
        for (var i = 0; i < 800; i++) sparse.Append($"    public int M{i}(int a, int b)\n    {{\n        var s = a + b * {i};\n        for (var k = 0; k < b; k++) s += k;\n        return s;\n    }}\n");
        sparse.Append(leak).Append("}\n");
        var large = await Auto(sparse.ToString());
        Assert.False(large.Whole, "one candidate among 800 members (4,800 lines) is analysed by its span");
        Assert.Equal(1, large.CandidateUnits);
        Assert.Equal(small.Diagnostics.Select(d => d.Id), large.Diagnostics.Select(d => d.Id));
        Assert.Contains(large.Diagnostics, d => d.Id == "CMP3001");
    }

    [Fact]
    public async Task Auto_analyses_many_files_that_each_hold_a_candidate_whole_with_the_same_findings()
    {
        // Issue 16's dense shape: 200 files of 52 lines, each with one logging call next to a phone number. At
        // 30 lines per request this looked cheaper by spans (3,000 + 200 × 30 < 10,400 lines); each request
        // really costs ~100 lines' worth (it re-completes declarations on a fresh clone of the compilation),
        // and the old model ignored the lines bound inside the spans.
        var refs = await References.Value;
        var analyzers = AnalyzerRobustnessTests.AllAnalyzers();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Enumerable.Range(0, 200).Select(f =>
        {
            var src = new System.Text.StringBuilder($"public class Service{f} {{\n");
            src.Append("    public void Notify(Microsoft.Extensions.Logging.ILogger l, string customerPhone) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(l, \"to {Phone}\", customerPhone);\n");
            for (var i = 0; i < 8; i++) src.Append($"    public int M{i}(int a, int b)\n    {{\n        var s = a + b * {i};\n        for (var k = 0; k < b; k++) s += k;\n        return s;\n    }}\n");
            return CSharpSyntaxTree.ParseText(src.Append("}\n").ToString(), parse, path: $"Service{f}.cs");
        }).ToList();
        Assert.Equal(10_400, trees.Sum(t => t.GetText().Lines.Count));
        var c = CSharpCompilation.Create("Dense", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var trace = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var auto = await CandidateAnalysis.RunAsync(c.WithAnalyzers(analyzers, options), trees, 2, default, trace.Enqueue, AnalysisStrategy.Auto);
        var spans = await CandidateAnalysis.RunAsync(c.WithAnalyzers(analyzers, options), trees, 2, default, strategy: AnalysisStrategy.Candidates);

        Assert.True(auto.Whole, "200 span requests cost more than binding 10,400 lines once");
        // Decided on a sample (about one file in 8, each with its one span), without the candidate search over all 200 files.
        Assert.Contains(trace, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^sample: ([1-9][0-9]*) of 200 files, \1 span requests over [0-9]+ lines"));
        Assert.DoesNotContain(trace, t => t.StartsWith("candidates ", StringComparison.Ordinal));
        Assert.False(spans.Whole);
        Assert.Equal(200, spans.Spans);
        Assert.Equal(200, auto.Diagnostics.Count(d => d.Id == "CMP3001"));
        Assert.Equal(spans.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()}"), auto.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()}"));
    }

    [Fact]
    public async Task Auto_searches_all_files_when_the_sample_does_not_show_dense_code()
    {
        // 80 files of which one holds a candidate: the sample (one span at most) scales to ~8 requests, cheaper than
        // binding 4,000 lines, so the full search runs and analyses the one span.
        var refs = await References.Value;
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Enumerable.Range(0, 80).Select(f =>
        {
            var src = new System.Text.StringBuilder($"public class Service{f:D2} {{\n");
            if (f == 0) src.Append("    public void Notify(Microsoft.Extensions.Logging.ILogger l, string customerPhone) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(l, \"to {Phone}\", customerPhone);\n");
            for (var i = 0; i < 8; i++) src.Append($"    public int M{i}(int a, int b)\n    {{\n        var s = a + b * {i};\n        for (var k = 0; k < b; k++) s += k;\n        return s;\n    }}\n");
            return CSharpSyntaxTree.ParseText(src.Append("}\n").ToString(), parse, path: $"Service{f:D2}.cs");
        }).ToList();
        var c = CSharpCompilation.Create("Sparse", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var trace = new System.Collections.Concurrent.ConcurrentQueue<string>();

        var run = await CandidateAnalysis.RunAsync(c.WithAnalyzers(AnalyzerRobustnessTests.AllAnalyzers(), options), trees, 2, default, trace.Enqueue, AnalysisStrategy.Auto);

        Assert.Contains(trace, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^sample: [1-9][0-9]* of 80 files, [01] span requests"));
        Assert.DoesNotContain(trace, t => t.StartsWith("whole compilation", StringComparison.Ordinal));
        Assert.False(run.Whole);
        Assert.Equal(1, run.Spans);
        Assert.Contains(run.Diagnostics, d => d.Id == "CMP3001" && d.Location.SourceTree == trees[0]);
    }

    [Fact]
    public async Task Auto_weighs_span_requests_against_the_whole_compilation_not_only_the_requested_files()
    {
        // A pull-request scan (--changed-since) asks for one small changed file of a large project:
        // "whole" would bind the entire compilation, so spans are cheaper.
        var refs = await References.Value;
        var analyzers = AnalyzerRobustnessTests.AllAnalyzers();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        const string changed = "public class Changed {\n    public void Notify(Microsoft.Extensions.Logging.ILogger l, string customerPhone) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(l, \"to {Phone}\", customerPhone);\n}\n";
        var rest = new System.Text.StringBuilder("public class Rest {\n");
        for (var i = 0; i < 800; i++) rest.Append($"    public int M{i}(int a, int b)\n    {{\n        var s = a + b * {i};\n        for (var k = 0; k < b; k++) s += k;\n        return s;\n    }}\n");
        rest.Append("}\n");
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var changedTree = CSharpSyntaxTree.ParseText(changed, parse, path: "Changed.cs");
        var c = CSharpCompilation.Create("Pr", [changedTree, CSharpSyntaxTree.ParseText(rest.ToString(), parse, path: "Rest.cs")], refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var run = await CandidateAnalysis.RunAsync(c.WithAnalyzers(analyzers, options), [changedTree], 2, default, strategy: AnalysisStrategy.Auto);

        Assert.False(run.Whole, "one 3-line file of a 4,800-line compilation is analysed by its span");
        Assert.Contains(run.Diagnostics, d => d.Id == "CMP3001" && d.Location.SourceTree == changedTree);
        Assert.All(run.Diagnostics, d => Assert.Same(changedTree, d.Location.SourceTree));
    }

    [Fact]
    public async Task A_long_one_line_file_counts_by_its_length_so_one_loose_candidate_is_not_a_reason_to_bind_it()
    {
        // The hostile scan root's shape: a generated file that is one 250,000-character line (a 50,000-term
        // concatenation) beside a tiny file with one candidate. Counted by lines the pair was "4 lines", so Auto
        // bound everything, and binding the deep expression took minutes; by its length it is ~6,000 lines and
        // the one span request is the cheap way.
        var refs = await References.Value;
        var deep = "class Deep { string M(string x0, string x1, string x2, string x3, string x4, string x5, string x6, string x7, string x8, string x9) { return "
            + string.Join(" + ", Enumerable.Range(0, 50_000).Select(i => $"x{i % 10}")) + "; } }\n";
        const string loose = "class Bad { void M() { var md5 = System.Security.Cryptography.MD5.Create(); } }\n";
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var c = CSharpCompilation.Create("Loose", [CSharpSyntaxTree.ParseText(deep, parse, path: "Deep.cs"), CSharpSyntaxTree.ParseText(loose, parse, path: "Bad.cs")], refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);

        var run = await CandidateAnalysis.RunAsync(c.WithAnalyzers(AnalyzerRobustnessTests.AllAnalyzers(), options), c.SyntaxTrees.ToList(), 2, default, strategy: AnalysisStrategy.Auto);

        Assert.False(run.Whole, "a 250,000-character line is not one line's worth of binding");
        Assert.Equal(1, run.Spans);
        Assert.Contains(run.Diagnostics, d => d.Id == "CMP2001" && d.Location.SourceTree!.FilePath == "Bad.cs");
        Assert.All(run.Diagnostics, d => Assert.Equal("Bad.cs", d.Location.SourceTree!.FilePath));
        Assert.Equal(1_000, CandidateAnalysis.SizeInLines(CSharpSyntaxTree.ParseText(new string(' ', 40_000) + "\n"), default));
    }

    [Fact]
    public async Task A_file_kept_whole_as_one_span_still_reports_what_its_semantic_model_action_finds()
    {
        // Every unit is a candidate, so the spans merge into the whole file: the shape in which a
        // whole-tree request was seen to drop CMP1001 (see the closing note of issue #9).
        const string source = """
            namespace Secrets;
            public class Ftp { public System.Net.NetworkCredential Login() => new("sync", "Bench#Passw0rd" + "2024"); }
            // mirror: https://sync:Mirr0r-Pa55@ftp.contoso-mirror.net
            """;
        var (full, candidate, run) = await BothWays(source);
        Assert.Equal(run.Units, run.CandidateUnits);
        Assert.Equal(1, run.Spans);
        Assert.Equal(full, candidate);
        Assert.Contains(full, k => k.StartsWith("CMP1001 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tree_with_an_error_is_not_bound_again_for_more_errors_and_its_later_spans_are_still_analysed()
    {
        // The scan only counts files with errors; binding every span twice (once in the analyzer request's clone,
        // once for compiler errors) doubled the binding on fallback compilations, where most files have errors.
        var refs = await References.Value;
        var filler = string.Concat(Enumerable.Range(0, 40).Select(i => $"    public int F{i}(int a) => a + {i};\n"));
        string Leak(string name, string extra) => $"    public void {name}(Microsoft.Extensions.Logging.ILogger l, string customerPhone) {{ {extra}Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(l, \"to {{Phone}}\", customerPhone); }}\n";
        var broken = "public class Broken {\n" + Leak("First", "Undefined1(); ") + filler + Leak("Second", "Undefined2(); ") + "}\n";
        var clean = "public class Clean {\n" + Leak("Only", "") + filler + "}\n";
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create("Errors", [CSharpSyntaxTree.ParseText(broken, parse, path: "Broken.cs"), CSharpSyntaxTree.ParseText(clean, parse, path: "Clean.cs")], refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var run = await CandidateAnalysis.RunAsync(compilation.WithAnalyzers(AnalyzerRobustnessTests.AllAnalyzers(), options), compilation.SyntaxTrees.ToList(), 1, default);

        Assert.False(run.Whole);
        Assert.Equal(3, run.Spans);
        // Only the first span's error: the tree is known to have one, the second span is not bound for another.
        var error = Assert.Single(run.CompilerErrors);
        Assert.Equal("CS0103", error.Id);
        Assert.Equal("Broken.cs", error.Location.SourceTree!.FilePath);
        Assert.Equal(broken.IndexOf("Undefined1", StringComparison.Ordinal), error.Location.SourceSpan.Start);
        Assert.Equal("Undefined1".Length, error.Location.SourceSpan.Length);
        // The second span is still analysed (its leak reported), and the clean file has no error.
        var leaks = run.Diagnostics.Where(d => d.Id == "CMP3001").Select(d => (d.Location.SourceTree!.FilePath, Line: d.Location.GetLineSpan().StartLinePosition.Line)).ToList();
        Assert.Equal([("Broken.cs", 1), ("Broken.cs", 42), ("Clean.cs", 1)], leaks.Order());
        // The same files with errors as the whole compilation.
        var whole = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.SourceTree!.FilePath).Distinct();
        Assert.Equal(whole, run.CompilerErrors.Select(d => d.Location.SourceTree!.FilePath).Distinct());
    }

    [Fact]
    public async Task Never_throws_on_broken_code()
    {
        var seeds = AnalyzerRobustnessTests.Seeds().Where((_, i) => i % 7 == 0).ToList();
        foreach (var (name, source) in seeds)
            foreach (var (mutant, text) in AnalyzerRobustnessTests.Mutants(name, source, 7).Where((_, i) => i % 5 == 0))
            {
                var ex = await Record.ExceptionAsync(() => BothWays(text));
                Assert.True(ex is null, $"{mutant}: {ex}");
            }
    }

    [Fact]
    public void A_span_request_costs_more_in_a_larger_compilation()
    {
        // jellyfin (--untrusted): 1,616 requests over 178,811 lines in a 357,363-line compilation. The old constant
        // cost (100 lines a request: 343,411 lines) chose spans; they took twice the CPU of the whole run, with the
        // same findings. Each request's clone walks the whole compilation's declarations, so its cost grows with it.
        Assert.Equal(3_000 + 1_616 * (100 + 357) + 178_811, CandidateAnalysis.SpanCost(1_616, 178_811, 357_363));
        Assert.True(CandidateAnalysis.SpanCost(1_616, 178_811, 357_363) > 357_363);
        // Few requests in a large compilation still take the spans (440 requests over 60,000 lines of 347,000).
        Assert.True(CandidateAnalysis.SpanCost(440, 60_000, 347_000) < 347_000);
        // A small compilation keeps the measured ~100 lines a request.
        Assert.Equal(3_000 + 100 + 6, CandidateAnalysis.SpanCost(1, 6, 999));
    }

    [Fact]
    public void Spans_less_than_thirty_lines_apart_become_one_request()
    {
        // Lines 0, 10, 60: the first two gaps are 10 lines (one request), the third is 50 (its own).
        var source = string.Join("\n", Enumerable.Range(0, 70).Select(i => $"// line {i}"));
        var tree = CSharpSyntaxTree.ParseText(source);
        var lines = tree.GetText().Lines;
        Microsoft.CodeAnalysis.Text.TextSpan Line(int n) => lines[n].Span;

        var merged = CandidateAnalysis.MergeNear(tree, [Line(0), Line(10), Line(60)], default);

        Assert.Equal([Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(Line(0).Start, Line(10).End), Line(60)], merged);
        Assert.Equal([Line(5)], CandidateAnalysis.MergeNear(tree, [Line(5)], default));
    }
}
