namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// dotnet-starter-kit: its demo seeder logs "failed to create '{Email}'" with demoUser.Email, the address of a demo
/// account it creates itself. A record type named for made-up people (DemoUser, SampleCustomer, FakePerson, SeedUser)
/// holds nobody's data: low precision. The same log of a real user's e-mail stays medium.
/// </summary>
public class MadeUpPersonTests
{
    [Fact]
    public async Task An_email_of_a_demo_or_sample_record_is_low_precision_and_a_users_stays_medium()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public sealed record DemoUser(string UserName, string Email, string FirstName);
public class SampleCustomer { public string Phone { get; set; } = """"; }
public class AppUser { public string Email { get; set; } = """"; }
public class DemoSeeder
{
    public void Run(ILogger logger, DemoUser demoUser, SampleCustomer sample, AppUser user)
    {
        logger.LogWarning(""[demo-seed] failed to create '{Email}'"", demoUser.Email);
        logger.LogWarning(""sample {Phone}"", sample.Phone);
        logger.LogWarning(""failed to create '{Email}'"", user.Email);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var found = diagnostics.Select(d => (Text: source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length),
            Symbol: d.Properties["compliance.pii.symbol"], Precision: d.Properties["compliance.precision"])).ToList();
        Assert.Contains(("logger.LogWarning(\"[demo-seed] failed to create '{Email}'\", demoUser.Email)", "DemoUser.Email", "low"), found);
        Assert.Contains(("logger.LogWarning(\"sample {Phone}\", sample.Phone)", "SampleCustomer.Phone", "low"), found);
        Assert.Contains(("logger.LogWarning(\"failed to create '{Email}'\", user.Email)", "AppUser.Email", "medium"), found);
    }
}
