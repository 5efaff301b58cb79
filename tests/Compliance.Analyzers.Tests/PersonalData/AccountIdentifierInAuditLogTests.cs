namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, real-world class "account identifiers in security logs": Kavita's AccountController logs
/// <c>user.UserName</c> on login and lockout, TShock's UserManager throws <c>UserAccountNotExistException(account.Name)</c>.
/// Audit logs must name the account (GB/T 22239: user, event, result), so an account identifier alone in a log or an
/// exception is low precision; an e-mail, phone or person's name in the same place is not, and wins as the reported value.
/// </summary>
public class AccountIdentifierInAuditLogTests
{
    private const string Source = @"
using System;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
public class UserAccount { public int ID { get; set; } public string Name { get; set; } = """"; public string Group { get; set; } = """"; }
public class UserAccountNotExistException : Exception
{
    public UserAccountNotExistException(string name) : base($""User account {name} does not exist"") { }
}
public class Customer { public string FullName { get; set; } = """"; public string Phone { get; set; } = """"; }
public class AccountService
{
    public void Remove(UserAccount account, int affected)
    {
        if (affected < 1)
            throw new UserAccountNotExistException(account.Name);
    }

    public void Login(ILogger logger, IdentityUser user, Customer customer)
    {
        logger.LogInformation(""{UserName} logged in at {Time}"", user.UserName, DateTime.UtcNow);
        logger.LogWarning(""{UserId} is locked out"", user.Id);
        logger.LogCritical(""{UserName} confirmation e-mail to {Email} failed"", user.UserName, user.Email);
        logger.LogInformation(""customer {Name} called"", customer.FullName);
        throw new InvalidOperationException(""no phone "" + customer.Phone);
    }
}";

    [Fact]
    public async Task An_account_identifier_alone_in_a_log_or_exception_is_low_precision()
    {
        var logged = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), Source);
        var thrown = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInExceptionAnalyzer(), Source);
        var all = logged.Concat(thrown)
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Symbol: d.Properties["compliance.pii.symbol"], Precision: d.Properties["compliance.precision"]))
            .OrderBy(x => x.Line).ToList();
        var dump = string.Join("; ", all);

        // line 16: TShock's login handle in the account manager's exception
        Assert.True(all.Contains((16, "UserAccount.Name", "low")), dump);
        // line 21: the user name of a login event; line 22: the user's id in a lockout warning
        Assert.True(all.Contains((21, "IdentityUser.UserName", "low")), dump);
        Assert.True(all.Contains((22, "IdentityUser.Id", "low")), dump);
        // line 23: the same call also writes the e-mail address: that is what the finding reports, not low
        var mixed = Assert.Single(all, x => x.Line == 23);
        Assert.Equal("IdentityUser.Email", mixed.Symbol);
        Assert.NotEqual("low", mixed.Precision);
        // a person's name and phone keep their precision
        Assert.True(all.Contains((24, "Customer.FullName", "medium")), dump);
        Assert.True(all.Contains((25, "Customer.Phone", "medium")), dump);
    }
}
