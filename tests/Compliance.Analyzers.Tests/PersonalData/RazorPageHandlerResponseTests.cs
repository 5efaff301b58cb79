namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, tenth session (branch pii6): a Razor Pages handler (<c>OnGet…</c>, <c>OnPost…</c> of a <c>PageModel</c>)
/// answers a request as a controller action does, so what it returns as a <c>JsonResult</c> is a response body. Only
/// handler names count (a page's other public methods are not bound to requests), and only on a PageModel.
/// </summary>
public class RazorPageHandlerResponseTests
{
    [Fact]
    public Task A_page_handler_returning_a_plot_holder_as_json_is_a_response()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
public class PlotHolder { public int PlotNo { get; set; } public string HolderName { get; set; } = """"; public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; }
public class PlotRegister { public Task<PlotHolder[]> AllAsync() => Task.FromResult(new PlotHolder[0]); }
public class AllotmentsModel : PageModel
{
    private readonly PlotRegister _register = new PlotRegister();
    public async Task<IActionResult> OnGetHolderAsync(int plot)
    {
        // reported where the returned local gets its value, as for a controller action
        var h = {|CMP3003:(await _register.AllAsync()).FirstOrDefault(x => x.PlotNo == plot)|};
        return h is null ? NotFound() : new JsonResult(h);
    }
    public async Task<JsonResult> OnGetFreeAsync() => new JsonResult((await _register.AllAsync()).Count(x => x.Mobile == """"));
    public async Task<JsonResult> OnPostContacts() => new JsonResult((await _register.AllAsync()).Select(x => new { x.PlotNo, {|CMP3003:x.Mobile|} }));
    // not a handler: Razor Pages binds only On{Verb}… methods to requests
    public async Task<JsonResult> Oncall() => new JsonResult((await _register.AllAsync()).First());
    public async Task<JsonResult> Describe() => new JsonResult((await _register.AllAsync()).First());
}
// not a page: a class of its own with a handler-like name
public class PlotNotice
{
    private readonly PlotRegister _register = new PlotRegister();
    public async Task<JsonResult> OnGetAsync() => new JsonResult((await _register.AllAsync()).First());
}
");
    }
}
