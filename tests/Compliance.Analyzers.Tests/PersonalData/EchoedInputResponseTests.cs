namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, eleventh session (branch rwprec6): grandnode2's ContactVendor action (judged blind) answers with the contact
/// form it was posted — <c>return Json(model)</c>, once after <c>model = await _mediator.Send(new ContactVendorSendCommand
/// { Model = model })</c>. The caller's own input is no disclosure; a record loaded by one of its members, or a member the
/// action fills with someone's data, still is.
/// </summary>
public class EchoedInputResponseTests
{
    [Fact]
    public Task The_posted_form_answered_back_is_not_a_disclosure_but_a_record_loaded_by_it_is() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class ContactVendorModel { public string FullName { get; set; } = """"; public string Email { get; set; } = """"; public string Result { get; set; } = """"; public int VendorId { get; set; } }
public class Customer { public string FullName { get; set; } = """"; public string Email { get; set; } = """"; }
public class SendCommand { public ContactVendorModel Model { get; set; } = null!; }
public interface IMediator { Task<ContactVendorModel> Send(SendCommand command); }
public interface ICustomers { Task<ContactVendorModel> FindByEmail(string email); Task<Customer> Owner(int vendorId); }
public class VendorController : Controller
{
    private readonly IMediator _mediator = null!;
    private readonly ICustomers _customers = null!;

    [HttpPost]
    public async Task<IActionResult> ContactVendor(ContactVendorModel model)
    {
        if (ModelState.IsValid)
        {
            model = await _mediator.Send(new SendCommand { Model = model });
            return Json(model);
        }

        model.Result = ""invalid"";
        return Json(model);
    }

    [HttpPost]
    public async Task<IActionResult> Lookup(ContactVendorModel model)
    {
        model = await _customers.FindByEmail(model.Email);
        return Json({|CMP3003:model|});
    }

    [HttpPost]
    public async Task<IActionResult> Prefill(ContactVendorModel model)
    {
        var owner = await _customers.Owner(model.VendorId);
        {|CMP3003:model.Email = owner.Email|};
        return Json(model);
    }
}");
}
