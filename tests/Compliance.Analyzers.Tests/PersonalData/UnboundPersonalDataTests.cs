namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14 recall (branch pii3): code scanned without a package restore. A record loaded through an ORM or RPC
/// package that did not restore has no type, so <c>m.MobileNumber</c> is an unbound member access; its name is the
/// only evidence left, as for a local. Unbound calls around it (a masking helper of the missing package) are not
/// guessed at.
/// </summary>
public class UnboundPersonalDataTests
{
    [Fact]
    public Task Unbound_member_of_a_record_loaded_through_a_missing_package_is_traced_by_its_name()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
public static class Mask { public static string Tail(string s) => s.Length > 4 ? s.Substring(s.Length - 4) : s; }
public class GymDesk
{
    private readonly ILogger<GymDesk> log;
    public GymDesk(ILogger<GymDesk> log) { this.log = log; }
    public async Task CheckInAsync(int cardId)
    {
        var m = await Orm.Table<GymMember>().FirstAsync(cardId);
        {|CMP3001:log.LogWarning(""check-in {Card} {Tel}"", cardId, m.MobileNumber)|};
        {|CMP3001:log.LogWarning($""card {cardId} belongs to {m.IdCardNo}"")|};
        log.LogInformation(""check-in {Card} at gate {Gate}"", cardId, m.GateNo);
        log.LogInformation(""check-in {Card} {Tel}"", cardId, Mask.Tail(m.MobileNumber));
        log.LogInformation(""check-in {Card} {Tel}"", cardId, Vendor.Mask(m.MobileNumber));
        foreach (var visitor in await Orm.Table<Visitor>().ToListAsync())
        {
            {|CMP3001:log.LogDebug(""visitor {Who} {Mail}"", visitor.FullName, visitor.EmailAddress)|};
            log.LogDebug(""visitor locker {Locker} valid {Days}"", visitor.LockerNo, visitor.ValidDays);
        }
    }
}");
    }

    [Fact]
    public async Task Unbound_member_precision_rests_on_the_word_and_on_a_person_named_receiver()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class Desk
{
    public void Run(ILogger logger, object id)
    {
        var row = Orm.Get(id);
        var guest = Orm.Get(id);
        logger.LogInformation(""mobile {A}"", row.Mobile);
        logger.LogInformation(""name {B}"", row.FullName);
        logger.LogInformation(""guest {C}"", guest.FullName);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var found = diagnostics.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Properties["compliance.pii.symbol"], d.Properties["compliance.precision"])).ToList();
        var dump = string.Join("; ", found);
        // an unambiguous word (mobile) is medium, as on a local; a name word on a receiver that says nothing of a
        // person (row) is low and does not gate; the same word on a guest is a person's name
        Assert.Contains((9, "Mobile", "medium"), found);
        Assert.Contains((10, "FullName", "low"), found);
        Assert.Contains((11, "guest.FullName", "medium"), found);
        Assert.True(found.Count == 3, dump);
    }
}

/// <summary>
/// Serilog enrichment in a scan without the Serilog package: <c>LogContext.PushProperty</c> and <c>ForContext</c> do not
/// bind, so they are matched by shape (a logger-named receiver, a constant property name, a value) like the other
/// unbound log calls; the value is traced under the property's name.
/// </summary>
public class UnboundSerilogEnrichmentTests
{
    [Fact]
    public Task Push_property_and_for_context_without_the_package_carry_the_value_into_every_event()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using Serilog;
using Serilog.Context;
public class Guest { public int RoomNo { get; set; } public string PassportNumber { get; set; } = """"; public string Mobile { get; set; } = """"; }
public class FrontDesk
{
    private static readonly ILogger Audit = Log.ForContext<FrontDesk>();
    public void Arrive(Guest g, string bookingRef)
    {
        using (LogContext.PushProperty(""Booking"", bookingRef))
        using ({|CMP3001:LogContext.PushProperty(""Passport"", g.PassportNumber)|})
        {
            Audit.Information(""guest arrived in {Room}"", g.RoomNo);
        }

        {|CMP3001:Audit.ForContext(""Mobile"", g.Mobile)|}.Warning(""late check-in for {Room}"", g.RoomNo);
        Audit.ForContext(""Room"", g.RoomNo).Information(""keys issued"");
        using (Cache.PushProperty(""Passport"", g.PassportNumber)) { }
    }
}");
    }
}

/// <summary>Responses chosen by a conditional (null ? NotFound() : Ok(entity)) and text written to the response body.</summary>
public class ConditionalResponseTests
{
    [Fact]
    public Task Each_branch_of_a_conditional_result_is_a_response_and_response_text_is_a_body()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
public class Borrower { public int Id { get; set; } public string Email { get; set; } = """"; public string HomeAddress { get; set; } = """"; }
public class Shelf { public int Id { get; set; } public string Aisle { get; set; } = """"; }
public static class Catalog
{
    public static Borrower? Borrower(int id) => null;
    public static Shelf? Shelf(int id) => null;
}
public class BorrowersController : ControllerBase
{
    public IActionResult Get(int id)
    {
        var b = {|CMP3003:Catalog.Borrower(id)|};
        return b is null ? NotFound() : Ok(b);
    }

    public IActionResult GetShelf(int id)
    {
        var s = Catalog.Shelf(id);
        return s is null ? NotFound() : Ok(s);
    }
}
public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet(""/borrowers/{id}"", (int id) => Catalog.Borrower(id) is { } b ? Results.Ok({|CMP3003:b|}) : Results.NotFound());
        app.MapGet(""/shelves/{id}"", (int id) => Catalog.Shelf(id) is { } s ? Results.Ok(s) : Results.NotFound());
        app.MapGet(""/card"", async (HttpContext ctx, string email) =>
        {
            await {|CMP3003:ctx.Response.WriteAsync($""no library card for {email}"")|};
            await ctx.Response.WriteAsync(""no library card for this account"");
        });
    }
}");
    }
}

/// <summary>A member or local whose name says its value was masked (MaskedMobile, desensitizedIdCard) is not the raw value.</summary>
public class MaskedMemberNameTests
{
    [Fact]
    public Task A_returned_record_with_masked_named_members_reports_only_its_raw_member()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public record TenantCard(int Id, string MaskedMobile, string DesensitizedIdCard);
public record TenantFull(int Id, string MaskedMobile, string IdCardNumber);
public static class Leases
{
    public static TenantCard? Card(int id) => null;
    public static TenantFull? Full(int id) => null;
}
public class TenantsController : ControllerBase
{
    public IActionResult Card(int id) => Ok(Leases.Card(id));
    public IActionResult Full(int id) => Ok({|CMP3003:Leases.Full(id)|});
}");
    }
}

/// <summary>
/// Precision of a member of a type that is not about a person: its own name can say whose value it is (ReceiverPhone,
/// PatientName), and an ID card, passport or bank card number is a person's wherever it sits; a plain phone, e-mail or
/// name there stays low (an organisation's contact, a product's name).
/// </summary>
public class MemberPersonQualifierPrecisionTests
{
    [Fact]
    public async Task Member_name_qualifier_and_sensitive_category_raise_a_non_person_type_member_to_medium()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class ParcelScan { public string RecipientMobile { get; set; } = """"; public string CarrierName { get; set; } = """"; }
public class RefundBatch { public string PayeeBankCardNo { get; set; } = """"; public string NotifyEmail { get; set; } = """"; }
public class WardRound { public string PatientName { get; set; } = """"; public string WardName { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, ParcelScan p, RefundBatch r, WardRound w, string guestName, string hallName)
    {
        logger.LogInformation(""scan {A}"", p.RecipientMobile);
        logger.LogInformation(""scan {B}"", p.CarrierName);
        logger.LogInformation(""refund {C}"", r.PayeeBankCardNo);
        logger.LogInformation(""refund {D}"", r.NotifyEmail);
        logger.LogInformation(""round {E}"", w.PatientName);
        logger.LogInformation(""round {F}"", w.WardName);
        logger.LogInformation(""hall {G}"", guestName);
        logger.LogInformation(""hall {H}"", hallName);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        var dump = string.Join("; ", bySymbol);
        Assert.True(bySymbol.TryGetValue("ParcelScan.RecipientMobile", out var a) && a == "medium", dump);
        Assert.True(bySymbol.TryGetValue("RefundBatch.PayeeBankCardNo", out var c) && c == "medium", dump);
        Assert.True(bySymbol.TryGetValue("WardRound.PatientName", out var e) && e == "medium", dump);
        Assert.True(bySymbol.TryGetValue("guestName", out var g) && g == "medium", dump);
        // decoys: an e-mail on a refund order (a notification mailbox) stays low; names of things are not personal data
        Assert.True(!bySymbol.TryGetValue("RefundBatch.NotifyEmail", out var d) || d == "low", dump);
        foreach (var thing in new[] { "ParcelScan.CarrierName", "WardRound.WardName", "hallName" })
            Assert.True(!bySymbol.TryGetValue(thing, out var x) || x == "low", dump);
    }
}

/// <summary>
/// The giver, payer or signer named by a member (DonationPaid.DonorMobile, OfflineTransfer.PayerName) is a person on a
/// type that is not about one (eighteenth session, piimiss); a sibling phone or name without such a word stays low.
/// </summary>
public class DonorPayerSignerQualifierTests
{
    [Fact]
    public async Task Donor_payer_and_signer_members_are_medium_and_their_siblings_stay_low()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class DonationPaid { public string DonorMobile { get; set; } = """"; public string ProjectName { get; set; } = """"; }
public class OfflineTransfer { public string PayerName { get; set; } = """"; public string BranchName { get; set; } = """"; }
public class ContractSigned { public string SignerMobile { get; set; } = """"; public string HotlinePhone { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, DonationPaid d, OfflineTransfer t, ContractSigned c)
    {
        logger.LogInformation(""paid {A}"", d.DonorMobile);
        logger.LogInformation(""paid {B}"", d.ProjectName);
        logger.LogInformation(""transfer {C}"", t.PayerName);
        logger.LogInformation(""transfer {D}"", t.BranchName);
        logger.LogInformation(""signed {E}"", c.SignerMobile);
        logger.LogInformation(""signed {F}"", c.HotlinePhone);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        var dump = string.Join("; ", bySymbol);
        Assert.True(bySymbol.TryGetValue("DonationPaid.DonorMobile", out var a) && a == "medium", dump);
        Assert.True(bySymbol.TryGetValue("OfflineTransfer.PayerName", out var b) && b == "medium", dump);
        Assert.True(bySymbol.TryGetValue("ContractSigned.SignerMobile", out var c) && c == "medium", dump);
        // decoys: an organisation's hotline, a project's and a branch's name
        Assert.True(!bySymbol.TryGetValue("ContractSigned.HotlinePhone", out var h) || h == "low", dump);
        foreach (var thing in new[] { "DonationPaid.ProjectName", "OfflineTransfer.BranchName" })
            Assert.True(!bySymbol.TryGetValue(thing, out var x) || x == "low", dump);
    }
}

/// <summary>A helper class named for masking (DesensitizeUtil, MaskHelper) whose methods are named for the data masks it.</summary>
public class MaskingHelperClassTests
{
    [Fact]
    public Task Methods_of_a_masking_helper_class_mask_and_a_formatting_helper_does_not()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public static class MaskHelper { public static string Mobile(string s) => s.Length < 7 ? ""***"" : s.Substring(0, 3) + ""****"" + s.Substring(s.Length - 4); }
public static class FormatUtil { public static string Mobile(string s) => s.Replace("" "", """"); }
public class Rider { public string Mobile { get; set; } = """"; }
public class Dispatch
{
    public void Assign(ILogger logger, Rider rider)
    {
        logger.LogInformation(""assigned to {Mobile}"", MaskHelper.Mobile(rider.Mobile));
        {|CMP3001:logger.LogInformation(""assigned to {Mobile}"", FormatUtil.Mobile(rider.Mobile))|};
    }
}");
    }

    // IdentityServer4 (after the eighth-session merge): the amr value logged through an unbound constants table is the
    // name of an authentication method, not a password; an unbound form's Password still is one.
    [Fact]
    public Task A_password_entry_of_an_unbound_constants_table_is_a_name_an_unbound_forms_password_is_a_value()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using Microsoft.Extensions.Logging;
public class AmrClaims
{
    private readonly ILogger<AmrClaims> log;
    public AmrClaims(ILogger<AmrClaims> log) { this.log = log; }
    public void Add(object id)
    {
        log.LogDebug(""Adding amr claim with value: {value}"", ProtocolConstants.AuthenticationMethods.Password);
        log.LogDebug(""grant {Grant}"", GrantTypes.Password);
        var Input = Forms.Bind(id);
        {|CMP3001:log.LogDebug(""sign-in {User} {Secret}"", Input.UserName, Input.Password)|};
    }
}");
    }
}
