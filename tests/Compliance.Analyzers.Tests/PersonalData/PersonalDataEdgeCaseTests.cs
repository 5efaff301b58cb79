namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;

public class PersonalDataEdgeCaseTests
{
    [Fact]
    public Task Console_streams_scopes_destructuring_and_redactors()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System; using System.Security.Cryptography; using System.Text; using Microsoft.Extensions.Logging;
namespace Microsoft.Extensions.Compliance.Redaction { public abstract class Redactor { public string Redact(string? source) => ""***""; } }
public class Customer { public int Id { get; set; } public string Mobile { get; set; } = """"; }
class C
{
    void M(ILogger logger, Customer customer, string phone, byte[] key, Microsoft.Extensions.Compliance.Redaction.Redactor redactor)
    {
        {|CMP3001:Console.Out.WriteLine(phone)|};
        {|CMP3001:logger.BeginScope(""for {Phone}"", phone)|};
        {|CMP3001:logger.LogInformation(""customer {@Customer}"", customer)|};
        logger.LogInformation(""customer {Customer}"", customer.Id);
        logger.LogInformation(""phone {Phone}"", redactor.Redact(phone));
        using var hmac = new HMACSHA256(key);
        logger.LogInformation(""phone {Phone}"", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(phone))));
        {|CMP3001:logger.LogInformation(""phone {Phone}"", Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(phone))))|};
        string? maybe = null;
        {|CMP3001:logger.LogInformation(""x {X}"", maybe ?? customer.Mobile)|};
        {|CMP3001:logger.LogInformation(""x {X}"", customer?.Mobile)|};
    }
}");
    }

    [Fact]
    public Task Locals_reassigned_to_masked_values_and_foreach_variables()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System.Collections.Generic; using Microsoft.Extensions.Logging;
static class M2 { public static string Desensitize(string s) => ""***""; }
class C
{
    void M(ILogger logger, string raw, List<string> phones)
    {
        var phone = M2.Desensitize(raw);
        logger.LogInformation(""p {P}"", phone);
        foreach (var p in phones)
        {
            {|CMP3001:logger.LogInformation(""p {P}"", p)|};
        }
        var idCard = raw;
        {|CMP3001:logger.LogInformation(""id {P}"", idCard)|};
    }
}");
    }

    [Fact]
    public Task Csv_writers_by_shape_and_string_writers_ignored()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(@"
using System.IO; using System.Collections.Generic;
namespace CsvHelper { public class CsvWriter { public void WriteField<T>(T field) { } public void WriteRecords(System.Collections.IEnumerable records) { } } }
public class Customer { public int Id { get; set; } public string BankCard { get; set; } = """"; }
public class Sku { public int Id { get; set; } public string Title { get; set; } = """"; }
class C
{
    void M(CsvHelper.CsvWriter csv, List<Customer> customers, List<Sku> skus, Customer c)
    {
        {|CMP3004:csv.WriteField(c.BankCard)|};
        {|CMP3004:csv.WriteRecords(customers)|};
        csv.WriteRecords(skus);
        csv.WriteField(c.Id);
        var sw = new StringWriter();
        sw.Write(c.BankCard);
    }
}");
    }

    [Fact]
    public Task Non_endpoints_are_not_responses()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public class Customer { public string Phone { get; set; } = """"; }
public class Repository { public object Get(Customer c) => new { c.Phone }; }
public class HomeController : ControllerBase
{
    [NonAction] public object Internal(Customer c) => new { c.Phone };
    public static object Static(Customer c) => new { c.Phone };
    public IActionResult Index(Customer c) { object Local() => new { c.Phone }; Local(); return Ok(); }
}");
    }

    [Fact]
    public Task Broken_code_never_throws_in_any_pii_analyzer()
    {
        const string broken = @"
using System; using System.IO; using Microsoft.Extensions.Logging; using Microsoft.AspNetCore.Mvc;
public class Customer { public string Phone { get; set; } = """" }
public class XController : ControllerBase
{
    public IActionResult Get(Customer c) => Ok(new { c.Phone, Missing.Value, = });
    void M(ILogger logger, string phone)
    {
        logger.LogInformation(""{Count}"", 1
        throw new Exception(;
        File.WriteAllText(, phone);
        var x = unknown.SetTag(""phone"", phone);
        Console.WriteLine(phone[^4..
    }
";
        return Task.WhenAll(
            AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(broken),
            AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyBrokenAsync(broken),
            AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyBrokenAsync(broken),
            AnalyzerTest<PersonalDataInTelemetryAnalyzer>.VerifyBrokenAsync(broken),
            AnalyzerTest<PersonalDataLiteralAnalyzer>.VerifyBrokenAsync(broken),
            AnalyzerTest<PersonalDataInventoryAnalyzer>.VerifyBrokenAsync(broken.Replace("public string Phone", "public string {|CMP3900:Phone|}").Replace("new { c.Phone,", "new { {|CMP3900:c.Phone|},")),
            AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(broken.Replace("new { c.Phone,", "new { {|CMP3003:c.Phone|},")));
    }
}

public class PersonalDataOneFindingPerLocationTests
{
    [Fact]
    public async Task Problem_details_returned_from_an_action_are_reported_once_as_cmp3002()
    {
        var source = @"
using Microsoft.AspNetCore.Mvc;
public class Customer { public string Phone { get; set; } = """"; }
public class CustomersController : ControllerBase
{
    public ProblemDetails Get(Customer c) => new ProblemDetails { Detail = ""duplicate "" + c.Phone };
}";
        var exception = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInExceptionAnalyzer(), source);
        var response = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInResponseAnalyzer(), source);
        Assert.Equal("CMP3002", Assert.Single(exception).Id);
        Assert.Empty(response);
    }
}

public class PersonalDataScaleTests
{
    [Fact]
    public async Task Large_members_with_many_reassigned_locals_stay_fast()
    {
        // 40 locals, each reassigned from the two before it: a dense definition graph
        var body = new System.Text.StringBuilder("string v0 = phone, v1 = phone;\n");
        for (var i = 2; i < 40; i++)
        {
            body.Append($"string v{i} = v{i - 1} + v{i - 2};\n");
            body.Append($"if (v{i}.Length > 3) v{i} = v{i - 2} + v{i - 1};\n");
        }

        for (var i = 0; i < 200; i++)
        {
            body.Append($"logger.LogInformation(\"n {{N}}\", v{i % 40});\n");
        }

        var source = "using Microsoft.Extensions.Logging; class C { void M(ILogger logger, string phone) {\n" + body + "} }";
        // Warm up first (reference assemblies resolved, compiler and analyzer code jitted): the bound is for the tracer.
        await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), "using Microsoft.Extensions.Logging; class W { void M(ILogger l, string phone) => l.LogInformation(\"{P}\", phone); }");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        // every sink on a local within 20 hops of the parameter is found; deeper chains may be cut by the work budget
        var reported = diagnostics.Select(d => d.Properties["compliance.evidence"]).ToHashSet();
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains($"logger.LogInformation(\"n {{N}}\", v{i})", reported);
        }

        // 2.7 s of CPU warm (2026-12-06, so at most that unloaded); the bound tells an exponential walk of the definition graph from a
        // bounded one, on a machine shared with every other test project.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString());
    }
}

public class PersonalDataFallbackCompilationTests
{
    [Fact]
    public Task Unresolved_logging_packages_are_matched_by_shape()
    {
        // Serilog is not referenced: the calls do not bind, as in the CLI's fallback compilation
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using Serilog;
class C
{
    private readonly ILogger _logger;
    void M(string phone, string orderId, Customer customer)
    {
        {|CMP3001:_logger.Information(""User {Mobile} placed {OrderId}"", phone, orderId)|};
        _logger.Information(""Placed {OrderId}"", orderId);
        {|CMP3001:Log.Warning(""Customer {Id}"", customer.IdCard)|};
        cache.Warning(""x {Phone}"", phone);
    }
}
class Customer { public string IdCard { get; set; } = """"; }");
    }
}

public class PersonalDataStringBuildingTests
{
    [Fact]
    public Task String_builders_and_interpolated_string_handlers()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System.Diagnostics; using System.Text; using Microsoft.Extensions.Logging;
class C
{
    void M(ILogger logger, string phone, string orderId, bool verbose)
    {
        var sb = new StringBuilder();
        sb.Append(""order "").Append(orderId);
        sb.Append($"" to {phone}"");
        {|CMP3001:logger.LogInformation(sb.ToString())|};
        var clean = new StringBuilder();
        clean.Append(""order "").Append(orderId);
        logger.LogInformation(clean.ToString());
        {|CMP3001:Debug.WriteLineIf(verbose, $""phone {phone}"")|};
    }
}");
    }
}
