namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, ninth session (branch pii5): a phone or name read from a record that also holds a person's identity document
/// number (a hostel lodger's passport number, an insured's ID card) is a person's, whatever the type is called; the same
/// phone on a record with no such member (a depot, even with a payout bank card) keeps the name-only low precision. A few person words
/// were missing from the list of person-like types (guardian, borrower, beneficiary, debtor, insured, spouse).
/// </summary>
public class PersonRecordContextTests
{
    [Fact]
    public async Task A_contact_on_a_record_with_an_identity_document_is_medium_on_a_depot_it_stays_low()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class Lodger { public int Bed { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string PassportNo { get; set; } = """"; }
public class Depot { public int Id { get; set; } public string Mobile { get; set; } = """"; public string Address { get; set; } = """"; public string PayoutBankCardNo { get; set; } = """"; }
public class Beneficiary { public int Id { get; set; } public string Mobile { get; set; } = """"; }
public class HostelDesk
{
    public void CheckIn(ILogger logger, Lodger lodger, Depot depot, Beneficiary heir)
    {
        logger.LogInformation(""bed {Bed} booked, call {Number}"", lodger.Bed, lodger.Mobile);
        logger.LogInformation(""linen from depot {Id}, call {Number}"", depot.Id, depot.Mobile);
        logger.LogInformation(""payout {Id} to {Number}"", heir.Id, heir.Mobile);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        Assert.Equal("medium", bySymbol["Lodger.Mobile"]);
        Assert.Equal("medium", bySymbol["Beneficiary.Mobile"]);
        Assert.Equal("low", bySymbol["Depot.Mobile"]);
        Assert.Equal(3, diagnostics.Length);
    }
}
