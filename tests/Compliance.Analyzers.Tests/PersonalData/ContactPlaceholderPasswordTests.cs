namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, eighth session (branch pii4), false alarms seen on real code: the phone, e-mail or address of an
/// organisation (a supplier, a bakery branch, a store) is its published contact, not personal data. The existing
/// organisation-qualifier words now also apply to the record's type or variable name, and to the view model that
/// receives the value. A person's contact next to it is still reported.
/// </summary>
public class OrganisationContactTests
{
    [Fact]
    public Task Contact_of_a_supplier_or_branch_record_is_not_personal_data_a_members_is()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public class Supplier { public int Id { get; set; } public string Email { get; set; } = """"; public string Phone { get; set; } = """"; }
public class Member { public int Id { get; set; } public string Email { get; set; } = """"; public string Phone { get; set; } = """"; }
public class Postal { public string Phone { get; set; } = """"; public string Street { get; set; } = """"; }
public class BranchVm { public string Phone { get; set; } = """"; public string Street { get; set; } = """"; }
public class MemberVm { public string Phone { get; set; } = """"; }
public class SupplierManager { public string Email { get; set; } = """"; }
public class CoopController : ControllerBase
{
    public IActionResult Supplier(Supplier s) => Ok(new { s.Id, Mail = s.Email, Tel = s.Phone });
    public IActionResult Branch(Postal p) => Ok(new BranchVm { Phone = p.Phone, Street = p.Street });
    public IActionResult MemberCard(Member m) => Ok(new { m.Id, {|CMP3003:Mail = m.Email|} });
    public IActionResult MemberView(Postal p) => Ok(new MemberVm { {|CMP3003:Phone = p.Phone|} });
    public IActionResult Manager(Member m) => Ok(new SupplierManager { {|CMP3003:Email = m.Email|} });
}");
    }

    [Fact]
    public Task Contact_read_from_an_unbound_organisation_variable_is_not_personal_data()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
public class Restock
{
    private readonly ILogger<Restock> log;
    public Restock(ILogger<Restock> log) { this.log = log; }
    public async Task RunAsync(int id)
    {
        var supplier = await Orm.Table<Supplier>().FirstAsync(id);
        var buyer = await Orm.Table<Buyer>().FirstAsync(id);
        log.LogInformation(""reorder from {Supplier} via {Mail}"", supplier.Code, supplier.Email);
        log.LogInformation(""call {Tel}"", supplier.Phone);
        {|CMP3001:log.LogInformation(""invoice to {Mail}"", buyer.Email)|};
    }
}");
    }
}

/// <summary>
/// A log template placeholder <c>{identity}</c> names an authentication subject or a service as often as an identity
/// document: alone it is low precision (as the bare member name already was), and a value that is a machine address
/// (a client's <c>BaseAddress</c>, a callback URL) is never an ID number, whatever its placeholder says.
/// </summary>
public class IdentityPlaceholderTests
{
    [Fact]
    public async Task Bare_identity_placeholder_is_low_and_a_url_value_is_not_an_id_number()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class SsoRelay
{
    public void Refused(ILogger log, object key)
    {
        var gateway = Registry.Client(""sso"");
        var applicant = Registry.Row(key);
        log.LogError(""token refused by {identity} for {Client}"", gateway.BaseAddress, key);
        log.LogError(""token refused by {identity} at {Callback}"", gateway.CallbackUrl, key);
        log.LogError(""subject {identity} refused"", gateway.Subject);
        log.LogError(""document {IdentityNumber} refused"", applicant.Document);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var found = diagnostics.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Properties["compliance.pii.symbol"], d.Properties["compliance.precision"])).ToList();
        var dump = string.Join("; ", found);
        // lines 9 and 10: a base address and a callback URL are not ID numbers; line 11: a bare {identity} is low
        // precision, so it never gates and the scan caps it at medium severity; line 12: an identity number placeholder
        // stays medium precision
        Assert.True(found.Contains((11, "{identity}", "low")), dump);
        Assert.True(found.Contains((12, "{IdentityNumber}", "medium")), dump);
        Assert.True(found.Count == 2, dump);
    }
}

/// <summary>
/// A plaintext password in a log line or an exception message is sensitive personal information (GB/T 35273-2020
/// Annex B; docs/decisions.md, hashsec and pii4): reported by CMP3001/CMP3002 when the code holds the value (a
/// parameter, a local, a placeholder, an input model's member), not for its length, a hash, an entity's stored
/// Password member (usually the hash) or a parameter's name.
/// </summary>
public class PlaintextPasswordTests
{
    [Fact]
    public Task Plaintext_password_in_a_log_or_debug_line_is_reported_its_length_and_hash_are_not()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System.Diagnostics;
using Microsoft.Extensions.Logging;
public class Instructor { public int Id { get; set; } public string Password { get; set; } = """"; public string PasswordHash { get; set; } = """"; }
public class SignInForm { public string Login { get; set; } = """"; public string Password { get; set; } = """"; }
public class SkiSchoolLogin
{
    private readonly ILogger<SkiSchoolLogin> log;
    public SkiSchoolLogin(ILogger<SkiSchoolLogin> log) { this.log = log; }
    public bool SignIn(string login, string password, Instructor stored)
    {
        var ok = stored.PasswordHash == Digest(password);
        if (!ok) {|CMP3001:log.LogWarning(""sign-in failed for {Login} with {Tried}"", login, password)|};
        if (!ok) {|CMP3001:Debug.WriteLine($""bad secret for {login}: {password}"")|};
        log.LogInformation(""sign-in for {Login}, {Length} characters"", login, password.Length);
        log.LogInformation(""stored {Hash} for {Id}"", stored.PasswordHash, stored.Id);
        log.LogInformation(""instructor {Id} {Stored}"", stored.Id, stored.Password);
        return ok;
    }
    public void Form(SignInForm form) => {|CMP3001:log.LogDebug(""form {Login} {Pwd}"", form.Login, form.Password)|};
    private static string Digest(string s) => s;
}");
    }

    // bitwarden (after the eighth-session merge): passwordManagerPriceId names a price of the "Password Manager" product;
    // the password word must be the name's head.
    [Fact]
    public Task A_name_where_password_qualifies_another_noun_is_not_a_password()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class SeatBilling
{
    private readonly ILogger<SeatBilling> log;
    public SeatBilling(ILogger<SeatBilling> log) { this.log = log; }
    public void Check(string passwordManagerPriceId, string passwordPolicyName, string newPasswordText, string tenant)
    {
        log.LogError(""tenant {Tenant} has no line item for price {PriceId}"", tenant, passwordManagerPriceId);
        log.LogWarning(""policy {Policy} applied to {Tenant}"", passwordPolicyName, tenant);
        {|CMP3001:log.LogDebug(""reset for {Tenant} to {Secret}"", tenant, newPasswordText)|};
    }
}");
    }

    [Fact]
    public Task Plaintext_password_in_an_exception_message_is_reported_the_parameter_name_is_not()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(@"
using System;
public class KioskPin
{
    public void Change(string badge, string newPassword)
    {
        if (newPassword.Length < 10) {|CMP3002:throw new ArgumentException($""'{newPassword}' is shorter than 10 for {badge}"");|}
        if (newPassword.Contains(' ')) throw new ArgumentException(""spaces are not allowed"", nameof(newPassword));
        if (newPassword == badge) throw new ArgumentException($""a password of {newPassword.Length} characters equals the badge"");
    }
}");
    }

    [Fact]
    public Task Password_is_left_to_the_log_and_exception_rules_not_responses()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public class NewKiosk { public string Badge { get; set; } = """"; public string Password { get; set; } = """"; }
public class KioskController : ControllerBase
{
    public IActionResult Created(NewKiosk k) => Ok(new { k.Badge, k.Password });
}");
    }
}

/// <summary>
/// Azure Functions HTTP triggers are endpoints too (a method with an <c>[HttpTrigger]</c> parameter), also when the
/// worker package did not restore; <c>HttpResponseData.WriteStringAsync</c>/<c>WriteAsJsonAsync</c> and ASP.NET's
/// <c>HttpResponse.WriteAsJsonAsync</c> write the response body. A timer trigger's return is not a response.
/// </summary>
public class FunctionResponseTests
{
    [Fact]
    public Task Http_trigger_returns_and_response_data_writes_are_responses()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
public sealed class Walker { public string WalkerId { get; set; } = """"; public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; }
public sealed class WalkerBook
{
    public Task<Walker?> FindAsync(string id) => Task.FromResult<Walker?>(null);
}
public sealed class WalkerFunctions
{
    private readonly WalkerBook book = new WalkerBook();
    [Function(""WalkerGet"")]
    public async Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Function, ""get"")] HttpRequest req, string id)
    {
        var w = await {|CMP3003:book.FindAsync(id)|};
        if (w is null) return new NotFoundResult();
        return new OkObjectResult(w);
    }
    [Function(""WalkerLookup"")]
    public async Task<HttpResponseData> Lookup([HttpTrigger(AuthorizationLevel.Admin, ""get"")] HttpRequestData req, string mobile)
    {
        var w = await book.FindAsync(mobile);
        var resp = req.CreateResponse(HttpStatusCode.OK);
        if (w is null)
            await {|CMP3003:resp.WriteStringAsync($""no walker with mobile {mobile}"")|};
        else
            await {|CMP3003:resp.WriteAsJsonAsync(new { w.WalkerId, w.FullName })|};
        await resp.WriteStringAsync($""walker {w?.WalkerId} found"");
        return resp;
    }
    [Function(""Nightly"")]
    public async Task<Walker?> Nightly([TimerTrigger(""0 0 2 * * *"")] object timer) => await book.FindAsync(""w1"");
}");
    }

    [Fact]
    public Task Aspnet_write_as_json_serialises_the_body()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
public sealed class Walker { public string WalkerId { get; set; } = """"; public string Mobile { get; set; } = """"; }
public sealed class Route { public string WalkerId { get; set; } = """"; public int Minutes { get; set; } }
public static class WalkerMiddleware
{
    public static Task Card(HttpContext ctx, Walker w) => {|CMP3003:ctx.Response.WriteAsJsonAsync(w)|};
    public static Task Plan(HttpContext ctx, Route r) => ctx.Response.WriteAsJsonAsync(r);
}");
    }
}

/// <summary>
/// <c>activity?.SetTag(key, msg.Member)</c> where the message type did not restore: the unbound argument makes the whole
/// call unbound although its receiver is <c>System.Diagnostics.Activity</c>; the tag is still telemetry.
/// </summary>
public class UnboundActivityTagTests
{
    [Fact]
    public Task Tag_with_an_unbound_value_is_still_telemetry()
    {
        return AnalyzerTest<PersonalDataInTelemetryAnalyzer>.VerifyBrokenAsync(@"
using System.Diagnostics;
using System.Threading.Tasks;
public class LockerDropConsumer
{
    private static readonly ActivitySource Source = new(""lockers"");
    public Task Consume(BusContext<LockerDrop> ctx)
    {
        var drop = ctx.Message;
        using var activity = Source.StartActivity(""drop"");
        activity?.SetTag(""locker.no"", drop.LockerNo);
        {|CMP3005:activity?.SetTag(""recipient.mobile"", drop.RecipientMobile)|};
        {|CMP3005:Activity.Current?.AddBaggage(""recipient"", drop.RecipientFullName)|};
        activity?.SetTag(""recipient.mobile.tail"", Tail(drop.RecipientMobile));
        return Task.CompletedTask;
    }
    private static string Tail(string s) => s.Substring(s.Length - 4);
}");
    }
}

/// <summary>
/// A spreadsheet export's cells (ClosedXML <c>ws.Cell(r, c).Value</c>, EPPlus <c>ws.Cells[r, c].Value</c>), matched by
/// syntax since the Excel package often did not restore: a cell is a file written and handed on (CMP3004).
/// Header labels, counts and masked values are not; <c>MSISDN</c> is a phone number and <c>CustName</c> a customer's name.
/// </summary>
public class SpreadsheetCellTests
{
    [Fact]
    public Task Cell_values_of_an_export_are_written_to_a_file()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyBrokenAsync(@"
using System.Collections.Generic;
public sealed class Pupil { public int Id { get; set; } public string GuardianMobile { get; set; } = """"; public string CustName { get; set; } = """"; public string Msisdn { get; set; } = """"; public int Age { get; set; } }
public static class Mask { public static string Phone(string s) => s.Substring(0, 3) + ""****""; }
public sealed class EnrolmentExport
{
    public void Write(List<Pupil> pupils, string path)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet(""pupils"");
        sheet.Cell(1, 1).Value = ""guardian mobile"";
        var r = 2;
        foreach (var p in pupils)
        {
            {|CMP3004:sheet.Cell(r, 1).Value = p.GuardianMobile|};
            {|CMP3004:sheet.Cell(r, 2).Value = p.CustName|};
            sheet.Cell(r, 3).Value = p.Age;
            sheet.Cell(r, 4).Value = Mask.Phone(p.Msisdn);
            r++;
        }
        book.SaveAs(path);
    }
    public void WritePlus(List<Pupil> pupils, ExcelWorksheet ws)
    {
        for (var i = 0; i < pupils.Count; i++)
        {
            {|CMP3004:ws.Cells[i + 2, 1].Value = pupils[i].Msisdn|};
            ws.Cells[i + 2, 2].Value = pupils[i].Id;
        }
    }
}");
    }
}

/// <summary>A short prefix slice (<c>name[..1]</c>, the surname alone; <c>phone[..3]</c>) keeps as little as the last four.</summary>
public class PrefixSliceTests
{
    [Fact]
    public Task Short_prefix_is_masked_a_long_or_open_slice_is_not()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public class Tutor { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; }
public class TutorsController : ControllerBase
{
    public IActionResult Card(Tutor t) => Ok(new { t.Id, Initial = t.FullName[..1], Prefix = t.Mobile[0..3], {|CMP3003:Rest = t.Mobile[3..]|}, {|CMP3003:Most = t.Mobile[..9]|} });
}");
    }
}

/// <summary>The personal-data inventory (CMP3900) lists no password member as a source; a logged password is a log sink there as in CMP3001.</summary>
public class PasswordInventoryTests
{
    [Fact]
    public async Task Password_member_is_no_inventory_source_its_log_sink_is_listed()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class Volunteer { public int Id { get; set; } public string Mobile { get; set; } = """"; public string Password { get; set; } = """"; }
public class Roster
{
    private readonly ILogger logger = null!;
    public void SignIn(Volunteer v, string password) => logger.LogWarning(""failed {Id} {Tried}"", v.Id, password);
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInventoryAnalyzer(), source);
        var rows = diagnostics.Select(d => string.Join("|", d.Properties["compliance.pii.kind"], d.Properties["compliance.pii.category"], d.Properties["compliance.pii.symbol"],
            d.Properties.TryGetValue("compliance.pii.sink", out var sink) ? sink : "-")).ToList();
        Assert.Equal(new[] { "source|phone|Volunteer.Mobile|-", "sink|password|password|log" }, rows);
    }
}
