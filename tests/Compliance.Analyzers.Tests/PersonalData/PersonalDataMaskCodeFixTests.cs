namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.CodeFixes.PersonalData;
using Compliance.Analyzers.PersonalData;
using Xunit;

public class PersonalDataMaskCodeFixTests
{
    [Fact]
    public Task Generates_a_mask_helper_when_none_exists_and_fix_all_wraps_every_value()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class Customer { public string Phone { get; set; } = """"; public string IdCard { get; set; } = """"; }
public class Svc
{
    public void M(ILogger logger, Customer c)
    {
        {|CMP3001:logger.LogInformation(""phone {Phone}"", c.Phone)|};
        {|CMP3001:logger.LogInformation($""id {c.IdCard}"")|};
    }
}";
        var fixedSource = @"
using Microsoft.Extensions.Logging;
public class Customer { public string Phone { get; set; } = """"; public string IdCard { get; set; } = """"; }
public class Svc
{
    public void M(ILogger logger, Customer c)
    {
        logger.LogInformation(""phone {Phone}"", Mask(c.Phone));
        logger.LogInformation($""id {Mask(c.IdCard)}"");
    }

    // Shows the first 3 and last 4 characters (138****5678); hides the ID number's birth-date segment.
    private static string Mask(string value)
    {
        if (value == null || value.Length <= 7)
        {
            return new string('*', value == null ? 0 : value.Length);
        }

        return value.Substring(0, 3) + new string('*', value.Length - 7) + value.Substring(value.Length - 4);
    }
}";
        return CodeFixTest<PersonalDataLoggedAnalyzer, PersonalDataMaskCodeFixProvider>.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task Uses_an_existing_sanitizer_and_keeps_anonymous_member_names()
    {
        var source = @"
using Microsoft.AspNetCore.Mvc;
namespace App
{
    public static class PiiMasking { public static string MaskPhone(string value) => value.Substring(0, 3) + ""****"" + value.Substring(7); }
    public class Customer { public int Id { get; set; } public string Phone { get; set; } = """"; }
    public class CustomersController : ControllerBase
    {
        public IActionResult Get(Customer c) => Ok(new { c.Id, {|CMP3003:c.Phone|} });
    }
}";
        var fixedSource = @"
using Microsoft.AspNetCore.Mvc;
namespace App
{
    public static class PiiMasking { public static string MaskPhone(string value) => value.Substring(0, 3) + ""****"" + value.Substring(7); }
    public class Customer { public int Id { get; set; } public string Phone { get; set; } = """"; }
    public class CustomersController : ControllerBase
    {
        public IActionResult Get(Customer c) => Ok(new { c.Id, Phone = PiiMasking.MaskPhone(c.Phone) });
    }
}";
        return CodeFixTest<PersonalDataInResponseAnalyzer, PersonalDataMaskCodeFixProvider>.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task Uses_the_configured_helper()
    {
        var test = new CodeFixTest<PersonalDataInTelemetryAnalyzer, PersonalDataMaskCodeFixProvider>
        {
            TestCode = @"
using System.Diagnostics;
namespace Acme { public static class Pii { public static string Hide(string s) => ""***""; } }
class C
{
    void M(Activity activity, string mobile) => {|CMP3005:activity.SetTag(""user.mobile"", mobile)|};
}",
            FixedCode = @"
using System.Diagnostics;
namespace Acme { public static class Pii { public static string Hide(string s) => ""***""; } }
class C
{
    void M(Activity activity, string mobile) => activity.SetTag(""user.mobile"", Acme.Pii.Hide(mobile));
}",
        };
        const string config = @"root = true
[*.cs]
compliance.pii_masking_helper = Acme.Pii.Hide
compliance.pii_sanitizers = Acme.Pii.Hide
";
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        return test.RunAsync();
    }
}
