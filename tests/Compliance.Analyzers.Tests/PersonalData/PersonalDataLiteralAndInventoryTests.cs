namespace Compliance.Analyzers.Tests.PersonalData;

using System.Collections.Immutable;
using Compliance.Analyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

public class PersonalDataLiteralAnalyzerTests
{
    [Fact]
    public Task Valid_id_numbers_phones_cards_and_emails_are_reported()
    {
        // every value is generated here; the committed source holds no real-looking literal
        var id = PiiTestData.IdNumber("330106", "19920715", "42" + "1");
        var phone = PiiTestData.Mobile("186", "5531", "0942");
        var card = PiiTestData.BankCard("622202", 19);
        var email = PiiTestData.Email("wang.fang");
        return Compliance.Analyzers.Tests.AnalyzerTest<PersonalDataLiteralAnalyzer>.VerifyAsync($@"
class Seed
{{
    const string Id = {{|CMP3010:""{id}""|}};
    string Phone = {{|CMP3010:""tel: {phone}""|}};
    long PhoneNumber = {{|CMP3010:{phone}|}};
    string Card = {{|CMP3010:""{card}""|}};
    string Mail = {{|CMP3010:""{email}""|}};
    string Demo = ""someone@example.com"";
    string Masked = ""{phone.Substring(0, 3)}****{phone.Substring(7)}"";
}}");
    }

    [Fact]
    public Task Invalid_checksums_dates_and_prefixes_are_not()
    {
        var badChecksum = PiiTestData.IdNumberWithBadChecksum("330106", "19920715");
        var badDate = PiiTestData.IdNumber("330106", "19920231");
        var badPrefix = PiiTestData.Mobile("154");
        var card = PiiTestData.BankCard("622202", 19);
        var badCard = card.Substring(0, 18) + (char)('0' + (card[18] - '0' + 1) % 10);
        return Compliance.Analyzers.Tests.AnalyzerTest<PersonalDataLiteralAnalyzer>.VerifyAsync($@"
class Seed
{{
    string A = ""{badChecksum}"";
    string B = ""{badDate}"";
    string C = ""{badPrefix}"";
    string D = ""{badCard}"";
    string E = ""order-20240101123456789"";
}}");
    }

    [Fact]
    public async Task Message_evidence_and_anchor_show_only_the_masked_value()
    {
        var id = PiiTestData.IdNumber("330106", "19920715");
        var diagnostics = await RunAsync(new PersonalDataLiteralAnalyzer(), $"class Seed {{ void M() {{ var x = \"{id}\"; }} }}");
        var d = Assert.Single(diagnostics);
        Assert.Equal("CMP3010", d.Id);
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(id, message);
        Assert.DoesNotContain("19920715", message);
        Assert.Contains("330106********", message);
        Assert.Equal("id-number", d.Properties["compliance.pii.category"]);
        Assert.Equal("high", d.Properties["compliance.severity"]);
        Assert.Equal("Seed.M/CMP3010:id-number#0", d.Properties["compliance.anchor"]);
        Assert.DoesNotContain(id, d.Properties["compliance.evidence"]);
    }

    internal static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, string source, bool testProject = false)
    {
        var references = await TestReferences.ResolveAspNetAsync();
        if (testProject)
        {
            references = references.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
        }

        var compilation = CSharpCompilation.Create("T", new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var all = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAllDiagnosticsAsync();
        return all.Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal) || d.Id == "AD0001").OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }
}

public class PersonalDataInventoryAnalyzerTests
{
    private const string Source = @"
using System; using Microsoft.Extensions.Logging; using Microsoft.AspNetCore.Mvc;
namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : Attribute { } }
public class Customer
{
    public int Id { get; set; }
    public string Phone { get; set; } = """";
    [Microsoft.AspNetCore.Identity.PersonalData] public string Nick { get; set; } = """";
    public string FileName { get; set; } = """";
}
static class Pii { public static string Mask(string s) => ""***""; }
public class CustomersController : ControllerBase
{
    private readonly ILogger logger = null!;
    public IActionResult Get(Customer c)
    {
        logger.LogInformation(""{Phone}"", c.Phone);
        logger.LogInformation(""{Phone}"", Pii.Mask(c.Phone));
        return Ok(new { c.Id });
    }
}";

    [Fact]
    public async Task Sources_and_sinks_masked_or_not_with_properties()
    {
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInventoryAnalyzer(), Source);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Hidden, d.Severity));
        var rows = diagnostics.Select(d => string.Join("|", d.Properties["compliance.pii.kind"], d.Properties["compliance.pii.category"], d.Properties["compliance.pii.symbol"],
            d.Properties.TryGetValue("compliance.pii.sink", out var sink) ? sink : "-", d.Properties["compliance.pii.masked"])).ToList();
        Assert.Equal(new[]
        {
            "source|phone|Customer.Phone|-|false",
            "source|other|Customer.Nick|-|false",
            "sink|phone|Customer.Phone|log|false",
            "sink|phone|Customer.Phone|log|true",
        }, rows);
    }

    [Fact]
    public void Inventory_is_hidden_but_enabled_so_builds_stay_quiet()
    {
        var descriptor = Assert.Single(new PersonalDataInventoryAnalyzer().SupportedDiagnostics);
        Assert.Equal("CMP3900", descriptor.Id);
        Assert.Equal(DiagnosticSeverity.Hidden, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
    }
}

public class PersonalDataFindingPropertiesTests
{
    [Fact]
    public async Task Sink_findings_carry_evidence_anchor_severity_and_related_source()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class Customer { public string IdCard { get; set; } = """"; public string Phone { get; set; } = """"; }
public class Svc
{
    public void Register(ILogger logger, Customer c)
    {
        var id = c.IdCard;
        logger.LogInformation(""registered {Id}"", id);
        logger.LogInformation(""registered {Phone}"", c.Phone);
        logger.LogInformation(""again {Phone}"", c.Phone);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        Assert.Equal(3, diagnostics.Length);
        var first = diagnostics[0];
        Assert.Equal("high", first.Properties["compliance.severity"]);          // sensitive PI
        Assert.Equal("id-number", first.Properties["compliance.pii.category"]);
        Assert.Equal("Customer.IdCard", first.Properties["compliance.pii.symbol"]);
        Assert.Equal("log", first.Properties["compliance.pii.sink"]);
        Assert.Equal("logger.LogInformation(\"registered {Id}\", id)", first.Properties["compliance.evidence"]);
        Assert.Equal("Svc.Register/CMP3001:LogInformation:Customer.IdCard#0", first.Properties["compliance.anchor"]);
        // related locations: where the value is read (c.IdCard), and what carries it inside the call (id)
        Assert.Equal("c.IdCard", source.Substring(first.AdditionalLocations[0].SourceSpan.Start, first.AdditionalLocations[0].SourceSpan.Length));
        Assert.Equal("id", source.Substring(first.AdditionalLocations[1].SourceSpan.Start, first.AdditionalLocations[1].SourceSpan.Length));

        Assert.Equal("medium", diagnostics[1].Properties["compliance.severity"]);  // name-matched phone
        Assert.Equal("Svc.Register/CMP3001:LogInformation:Customer.Phone#0", diagnostics[1].Properties["compliance.anchor"]);
        Assert.Equal("Svc.Register/CMP3001:LogInformation:Customer.Phone#1", diagnostics[2].Properties["compliance.anchor"]);
    }

    [Fact]
    public async Task Test_projects_get_lower_severity()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class T { public void M(ILogger logger, string idCard) => logger.LogInformation(""{Id}"", idCard); }";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source, testProject: true);
        Assert.Equal("low", Assert.Single(diagnostics).Properties["compliance.severity"]);
    }

    [Fact]
    public async Task Editorconfig_words_sanitizers_and_attributes()
    {
        var source = @"
using Microsoft.Extensions.Logging;
class SecretStuffAttribute : System.Attribute { }
public class Member { [SecretStuff] public string Code { get; set; } = """"; public string KehuHao { get; set; } = """"; }
static class Acme { public static string Cover(string s) => ""***""; }
public class Svc
{
    public void M(ILogger logger, Member m, string phone)
    {
        logger.LogInformation(""{A}"", m.Code);
        logger.LogInformation(""{B}"", m.KehuHao);
        logger.LogInformation(""{C}"", Acme.Cover(phone));
    }
}";
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<PersonalDataLoggedAnalyzer> { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", @"root = true
[*.cs]
compliance.pii_words = KehuHao:id-number
compliance.pii_sanitizers = Acme.Cover
compliance.pii_attributes = SecretStuff
"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CMP3001", DiagnosticSeverity.Warning).WithSpan(10, 9, 10, 45).WithSpan(10, 38, 10, 44).WithSpan(10, 38, 10, 44)
            .WithArguments("Member.Code", "other", "LogInformation"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CMP3001", DiagnosticSeverity.Warning).WithSpan(11, 9, 11, 48).WithSpan(11, 38, 11, 47).WithSpan(11, 38, 11, 47)
            .WithArguments("Member.KehuHao", "id-number", "LogInformation"));
        await test.RunAsync();
    }
}

public class PersonalDataLocalizationTests
{
    [Fact]
    public async Task Messages_are_available_in_english_and_simplified_chinese()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class T { public void M(ILogger logger, string idCard) => logger.LogInformation(""{Id}"", idCard); }";
        var d = Assert.Single(await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source));
        Assert.StartsWith("Personal information 'idCard' (id-number)", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("个人信息“idCard”（id-number）经“LogInformation”未脱敏写入日志", d.GetMessage(new System.Globalization.CultureInfo("zh-Hans")));
        Assert.Equal("个人信息未脱敏写入日志", d.Descriptor.Title.ToString(new System.Globalization.CultureInfo("zh-Hans")));
    }
}

public class PersonalDataSeverityOptionTests
{
    [Fact]
    public async Task Name_matched_severity_is_configurable_and_sensitive_pi_stays_high()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class T { public void M(ILogger logger, string phone, string idCard) { logger.LogInformation(""{P}"", phone); logger.LogInformation(""{I}"", idCard); } }";
        var tree = CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs");
        var references = await TestReferences.ResolveAspNetAsync();
        var compilation = CSharpCompilation.Create("T", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new SingleOptions("compliance.pii_name_matched_severity", "low"));
        var diagnostics = (await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataLoggedAnalyzer()), options).GetAnalyzerDiagnosticsAsync())
            .OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(new[] { "low", "high" }, diagnostics.Select(d => d.Properties["compliance.severity"]));
    }

    private sealed class SingleOptions(string key, string value) : AnalyzerConfigOptionsProvider
    {
        private readonly Options options = new(key, value);
        public override AnalyzerConfigOptions GlobalOptions => options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options(string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string k, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? v)
            {
                v = k == key ? value : null;
                return v != null;
            }
        }
    }
}
