namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;

/// <summary>Every source kind reaching every sink kind, and the masked / safe / look-alike negatives.</summary>
public class PersonalDataSourceSinkMatrixTests
{
    public static readonly TheoryData<string> Sinks = new() { "log", "exception", "response", "file", "telemetry" };

    // source kinds: name-matched DTO member, classified member, pinyin, Chinese, method named like PII,
    // local copied through interpolation, Serilog-style placeholder handled elsewhere
    private static readonly string[] Positives =
    {
        "p.Phone",
        "p.Contact",
        "shouji",
        "身份证号",
        "GetMobile()",
        "copy",
    };

    private static readonly string[] Negatives =
    {
        "Mask(p.Phone)",
        "p.Phone.Length.ToString()",
        "p.Phone.Substring(p.Phone.Length - 4)",
        "(p.Phone != null).ToString()",
        "fileName",
        "hostName",
        "p.Id.ToString()",
        "Redact(shouji)",
    };

    private const string Prelude = @"
using System; using System.IO; using System.Diagnostics; using Microsoft.Extensions.Logging; using Microsoft.AspNetCore.Mvc;
namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : Attribute { } }
public class Person { public int Id { get; set; } public string Phone { get; set; } = """"; [Microsoft.AspNetCore.Identity.PersonalData] public string Contact { get; set; } = """"; }
public class SutController : ControllerBase
{
    private readonly ILogger logger = null!;
    private readonly Activity activity = null!;
    private string GetMobile() => """";
    private static string Mask(string s) => ""***"";
    private static string Redact(string s) => ""***"";
    public object Run(Person p, string shouji, string 身份证号, string fileName, string hostName)
    {
        var copy = $""{p.Phone}"";
";

    private static string Sink(string sink, string value, bool expected)
    {
        string Mark(string id, string code) => expected ? "{|" + id + ":" + code + "|}" : code;
        return sink switch
        {
            "log" => "        " + Mark("CMP3001", $"logger.LogInformation(\"v {{V}}\", {value})") + ";\n        return 0;",
            "exception" => "        " + Mark("CMP3002", $"throw new InvalidOperationException(\"v \" + {value});"),
            "response" => "        return Ok(new { " + Mark("CMP3003", $"V = {value}") + " });",
            "file" => "        " + Mark("CMP3004", $"System.IO.File.WriteAllText(\"out.txt\", {value})") + ";\n        return 0;",
            _ => "        " + Mark("CMP3005", $"activity.SetTag(\"v\", {value})") + ";\n        return 0;",
        };
    }

    private static Task Verify(string sink, string source) => sink switch
    {
        "log" => AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(source),
        "exception" => AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(source),
        "response" => AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(source),
        "file" => AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(source),
        _ => AnalyzerTest<PersonalDataInTelemetryAnalyzer>.VerifyAsync(source),
    };

    [Theory]
    [MemberData(nameof(Sinks))]
    public async Task Every_source_kind_is_reported(string sink)
    {
        foreach (var value in Positives)
        {
            var source = Prelude + Sink(sink, value, expected: true) + "\n    }\n}\n";
            try
            {
                await Verify(sink, source);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{sink} × {value}: {ex.Message}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sinks))]
    public async Task Masked_safe_and_non_pii_values_are_not(string sink)
    {
        foreach (var value in Negatives)
        {
            var source = Prelude + Sink(sink, value, expected: false) + "\n    }\n}\n";
            try
            {
                await Verify(sink, source);
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"{sink} × {value}: {ex.Message}");
            }
        }
    }
}
