namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.PersonalData.PersonalDataLoggedAnalyzer>;

public class PersonalDataLoggedAnalyzerTests
{
    private const string Usings = "using System; using System.Diagnostics; using Microsoft.Extensions.Logging;\n";

    [Fact]
    public Task Structured_template_argument_named_like_pii()
    {
        return Verify.VerifyAsync(Usings + @"
class OrderService
{
    void Ship(ILogger<OrderService> logger, string phone, string orderId)
    {
        {|CMP3001:logger.LogInformation(""Shipping {OrderId} to {Phone}"", orderId, phone)|};
        logger.LogInformation(""Shipping {OrderId}"", orderId);
    }
}");
    }

    [Fact]
    public Task An_email_domain_is_not_the_address()
    {
        // bitwarden/server: "registration blocked by domain claim policy. Domain: {Domain}" with emailDomain =
        // EmailValidation.GetDomain(email): an organisation's domain, not the person's address; the address is still PII.
        return Verify.VerifyAsync(Usings + @"
static class EmailValidation { public static string GetDomain(string email) => email.Substring(email.IndexOf('@') + 1); }
class Registration
{
    void Check(ILogger<Registration> logger, string email)
    {
        var emailDomain = EmailValidation.GetDomain(email);
        logger.LogInformation(""Registration blocked by domain claim policy. Domain: {Domain}"", emailDomain);
        logger.LogInformation(""Blocked domains {EmailDomains}"", new[] { emailDomain });
        {|CMP3001:logger.LogInformation(""Registration blocked for {Email}"", email)|};
    }
}");
    }

    [Fact]
    public Task Placeholder_name_counts_even_when_the_argument_is_not_named_like_pii()
    {
        return Verify.VerifyAsync(Usings + @"
class C
{
    void M(ILogger logger, string value, string fileName, string hostName)
    {
        {|CMP3001:logger.LogWarning(""Customer {Mobile} changed"", value)|};
        logger.LogWarning(""File {FileName} on {HostName}"", fileName, hostName);
    }
}");
    }

    [Fact]
    public Task Dto_members_locals_interpolation_concat_format_and_tostring()
    {
        return Verify.VerifyAsync(Usings + @"
class Customer { public string Phone { get; set; } = """"; public string IdCard { get; set; } = """"; public string Name { get; set; } = """"; public long Id { get; set; } }
class C
{
    void M(ILogger logger, Customer customer)
    {
        {|CMP3001:logger.LogInformation($""registered {customer.Phone}"")|};
        var text = ""id="" + customer.IdCard;
        {|CMP3001:logger.LogError(text)|};
        {|CMP3001:Console.WriteLine(string.Format(""{0}"", customer.Name.ToString()))|};
        logger.LogInformation(""customer {Id}"", customer.Id);
    }
}");
    }

    [Fact]
    public Task Masked_redacted_hmac_and_safe_projections_are_fine()
    {
        return Verify.VerifyAsync(Usings + @"
using System.Security.Cryptography;
using System.Text;
static class Pii { public static string MaskPhone(string s) => s.Substring(0, 3) + ""****"" + s.Substring(7); public static string 脱敏(string s) => ""***""; }
class C
{
    void M(ILogger logger, string phone, string idCard, byte[] key)
    {
        logger.LogInformation(""phone {Phone}"", Pii.MaskPhone(phone));
        logger.LogInformation(""phone {Phone}"", Pii.脱敏(phone));
        var masked = Pii.MaskPhone(phone);
        logger.LogInformation(""phone {Phone}"", masked);
        logger.LogInformation(""phone length {Length}"", phone.Length);
        logger.LogInformation(""phone tail {Tail}"", phone.Substring(phone.Length - 4));
        logger.LogInformation(""phone tail {Tail}"", phone[^4..]);
        logger.LogInformation(""has phone {HasPhone}"", phone != null);
        logger.LogInformation(""id {Id}"", Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(idCard))));
    }
}");
    }

    [Fact]
    public Task Sha256_of_a_phone_is_not_masking()
    {
        return Verify.VerifyAsync(Usings + @"
using System.Security.Cryptography;
using System.Text;
class C
{
    void M(ILogger logger, string phone)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(phone)));
        {|CMP3001:logger.LogInformation(""phone hash {Hash}"", hash)|};
    }
}");
    }

    [Fact]
    public Task Pinyin_and_chinese_names()
    {
        return Verify.VerifyAsync(Usings + @"
class C
{
    void M(ILogger logger, string shoujihao, string sfzh, string xingming, string 收货地址)
    {
        {|CMP3001:logger.LogInformation(""a {A}"", shoujihao)|};
        {|CMP3001:Console.WriteLine(sfzh)|};
        {|CMP3001:Debug.WriteLine(""name: "" + xingming)|};
        {|CMP3001:Trace.TraceInformation(收货地址)|};
    }
}");
    }

    [Fact]
    public Task Classified_symbols_are_sources_whatever_their_name()
    {
        return Verify.VerifyAsync(Usings + @"
namespace Microsoft.Extensions.Compliance.Classification { public class DataClassificationAttribute : Attribute { } }
namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : Attribute { } public class ProtectedPersonalDataAttribute : PersonalDataAttribute { } }
class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
class Account
{
    [PrivateData] public string Contact { get; set; } = """";
    [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Token2 { get; set; } = """";
    public string Plan { get; set; } = """";
}
class C
{
    void M(ILogger logger, Account a)
    {
        {|CMP3001:logger.LogInformation(""contact {C}"", a.Contact)|};
        {|CMP3001:logger.LogInformation(""t {T}"", a.Token2)|};
        logger.LogInformation(""plan {P}"", a.Plan);
    }
}");
    }

    [Fact]
    public Task LoggerMessage_attribute_and_define()
    {
        return Verify.VerifyAsync(Usings + @"
namespace Microsoft.Extensions.Compliance.Classification { public class DataClassificationAttribute : Attribute { } }
class PiiDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
static partial class Log
{
    [{|CMP3001:LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = ""Registered {Phone}"")|}]
    static partial void Registered(ILogger logger, string phone);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = ""Registered {Phone}"")]
    static partial void RegisteredRedacted(ILogger logger, [PiiData] string phone);

    static readonly Action<ILogger, string, Exception?> s_shipped = LoggerMessage.Define<string>(LogLevel.Information, new EventId(3), ""Shipped to {Address}"");

    static void Use(ILogger logger, string value, string orderId)
    {
        {|CMP3001:Registered(logger, value)|};
        RegisteredRedacted(logger, value);
        {|CMP3001:s_shipped(logger, value, null)|};
    }
}");
    }

    [Fact]
    public Task Serilog_nlog_log4net_by_shape()
    {
        return Verify.VerifyAsync(Usings + @"
namespace Serilog { public interface ILogger { void Information(string messageTemplate, params object?[] values); void Error(Exception ex, string messageTemplate, params object?[] values); } }
namespace NLog { public class Logger { public void Info(string message, params object[] args) { } } }
namespace log4net { public interface ILog { void InfoFormat(string format, params object[] args); } }
class C
{
    void M(Serilog.ILogger log, NLog.Logger nlog, log4net.ILog l4n, string mobile, string orderId, Exception ex)
    {
        {|CMP3001:log.Information(""User {Mobile} placed {OrderId}"", mobile, orderId)|};
        {|CMP3001:log.Error(ex, ""failed for {Who}"", mobile)|};
        log.Information(""placed {OrderId}"", orderId);
        {|CMP3001:nlog.Info(""user {0}"", mobile)|};
        {|CMP3001:l4n.InfoFormat(""user {0}"", mobile)|};
    }
}");
    }

    // Issue 14 misses: Serilog enrichment puts the value on every later event.
    [Fact]
    public Task Serilog_push_property_and_for_context_log_their_value()
    {
        return Verify.VerifyAsync(Usings + @"
namespace Serilog { public interface ILogger { ILogger ForContext(string propertyName, object? value, bool destructureObjects = false); void Information(string messageTemplate); } }
namespace Serilog.Context { public static class LogContext { public static IDisposable PushProperty(string name, object? value, bool destructureObjects = false) => null!; } }
class C
{
    void M(Serilog.ILogger log, string mobile, string orderId)
    {
        using ({|CMP3001:Serilog.Context.LogContext.PushProperty(""Mobile"", mobile)|}) { log.Information(""placed""); }
        using (Serilog.Context.LogContext.PushProperty(""OrderId"", orderId)) { log.Information(""placed""); }
        {|CMP3001:log.ForContext(""Mobile"", mobile)|}.Information(""placed"");
        log.ForContext(""OrderId"", orderId).Information(""placed"");
    }
}");
    }

    [Fact]
    public Task Records_print_their_members_and_destructuring_logs_them()
    {
        return Verify.VerifyAsync(Usings + @"
record Applicant(string RealName, string IdNo, int Age);
class Product { public string Name { get; set; } = """"; public string Sku { get; set; } = """"; }
class C
{
    void M(ILogger logger, Applicant applicant, Product product)
    {
        {|CMP3001:logger.LogInformation(""new applicant {Applicant}"", applicant)|};
        logger.LogInformation(""new product {@Product}"", product);
        logger.LogInformation(""{Name}"", product.Name);
    }
}");
    }

    [Fact]
    public Task Broken_code_does_not_throw()
    {
        return Verify.VerifyBrokenAsync(Usings + @"
class C
{
    void M(ILogger logger, string phone)
    {
        logger.LogInformation(""{Count}"", 1
        logger.LogInformation($""{undefinedThing.Phone}"");
        var x = ;
        Console.WriteLine(phone.Substring(
    }
    void N(ILogger logger, string phone) { logger.LogInformation(""{Phone}"", Missing()); {|CMP3001:logger.LogInformation(""{Phone}"", phone)|}; }
}");
    }
}
