namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, twelfth session (branch pii8): an object logged as itself (<c>{Borrower}</c>, <c>"overdue: " + b</c>,
/// <c>b.ToString()</c>) is written as its class's own <c>ToString()</c> override returns it, so the personal data that
/// override prints reaches the log. A class whose override prints only codes, and a logged id, stay silent.
/// </summary>
public class ToStringOverrideLoggedTests
{
    [Fact]
    public Task An_object_whose_ToString_prints_personal_data_is_reported_where_it_is_logged()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class Borrower
{
    public int Id { get; set; }
    public string FullName { get; set; } = """";
    public string Mobile { get; set; } = """";
    public override string ToString() => $""Borrower#{Id} {FullName} {Mobile}"";
}
public class Shelf
{
    public string Code { get; set; } = """";
    public string Room { get; set; } = """";
    public override string ToString() => $""{Code}/{Room}"";
}
public class Loans
{
    private readonly ILogger<Loans> log;
    public Loans(ILogger<Loans> log) { this.log = log; }
    public void Lend(Borrower borrower, Shelf shelf)
    {
        {|CMP3001:log.LogInformation(""lending to {Borrower}"", borrower)|};
        log.LogInformation(""lending from {Shelf}"", shelf);
        log.LogInformation(""lending to borrower {Id}"", borrower.Id);
        {|CMP3001:log.LogWarning(""overdue: "" + borrower)|};
        {|CMP3001:log.LogDebug(borrower.ToString())|};
        log.LogDebug(shelf.ToString());
    }
}
");
    }
}
