namespace Compliance.Analyzers.Tests.AccessControl;

using Compliance.Analyzers.AccessControl;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccessControl.UnauthorizedPersonalDataEndpointAnalyzer>;

/// <summary>
/// CMP4001/CMP4090 on Razor Pages: a PageModel's public properties are what its page shows, so its handlers are
/// endpoints returning personal data when one of those properties has a personal-data type. Every test also
/// checks the candidate path gives the same diagnostics (AnalyzerTest).
/// </summary>
public class RazorPagesAuthorizationTests
{
    private const string Dto = """

        public record CustomerDto(int Id, string Name, string Phone, string IdNumber);
        public record ProductDto(int Id, string Title, decimal Price);
        """;

    private static DiagnosticResult Unauthorized(int location, string endpoint) =>
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(location)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", endpoint, "Name, Phone, IdNumber"));

    private static DiagnosticResult Anonymous(int location, string endpoint) =>
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(location)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_Anonymous", endpoint, "Name, Phone, IdNumber"));

    private static DiagnosticResult Authorized(int location, string endpoint, string by) =>
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(location)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", endpoint, "Name, Phone, IdNumber", by));

    [Fact]
    public Task Page_handlers_honour_authorize_on_the_page_model_and_its_base_but_not_on_a_handler() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        namespace Shop.Pages.Customers
        {
            public class DetailsModel : PageModel
            {
                public CustomerDto Customer { get; private set; } = new CustomerDto(0, "", "", "");

                public void {|#0:OnGet|}(int id) => Customer = new CustomerDto(id, "", "", "");

                [Authorize] // Razor Pages ignores authorization attributes on handlers
                public Task<IActionResult> {|#1:OnPostExportAsync|}() => Task.FromResult<IActionResult>(Page());
            }

            [Authorize(Roles = "Sales")]
            public class ListModel : PageModel
            {
                public List<CustomerDto> Customers { get; } = new List<CustomerDto>();

                public void {|#2:OnGet|}() { }
            }

            [Authorize]
            public class SecuredPage : PageModel { }

            [AllowAnonymous]
            public class LookupModel : SecuredPage
            {
                public CustomerDto? Match { get; set; }

                public void {|#3:OnGet|}(string phone) { }
            }

            // Decoys: form input bound from the request is echoed to whoever typed it; a product list is no personal data;
            // Helper is not a handler.
            public class RegisterModel : PageModel
            {
                [BindProperty]
                public CustomerDto Input { get; set; } = new CustomerDto(0, "", "", "");

                public ProductDto Featured { get; set; } = new ProductDto(1, "", 0);

                public void OnGet() { }

                public IActionResult OnPost() => RedirectToPage("/Index");

                public CustomerDto Helper() => Input;
            }
        }
        """ + Dto,
        Unauthorized(0, "DetailsModel.OnGet"),
        Unauthorized(1, "DetailsModel.OnPostExportAsync"),
        Authorized(2, "ListModel.OnGet", "[Authorize] on ListModel"),
        Anonymous(3, "LookupModel.OnGet"));

    private static Verify Pages(string program, params (string Path, string Source)[] pages)
    {
        var test = new Verify();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("Program.cs", program));
        foreach (var (path, source) in pages) test.TestState.Sources.Add((path, source));
        test.TestState.Sources.Add(("Dto.cs", Dto));
        return test;
    }

    private static string Page(string ns, string name, string handler) => $$"""
        using Microsoft.AspNetCore.Mvc.RazorPages;

        namespace {{ns}};

        public class {{name}} : PageModel
        {
            public CustomerDto Customer { get; private set; } = new CustomerDto(0, "", "", "");

            public void {{handler}}() { }
        }
        """;

    [Fact]
    public Task AuthorizeFolder_and_AuthorizePage_conventions_cover_their_pages_and_AllowAnonymousToPage_wins()
    {
        var test = Pages("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin").AuthorizePage("/Account/Me");
                o.Conventions.AllowAnonymousToPage("/Admin/Login");
            });
            var app = builder.Build();
            app.MapRazorPages();
            app.Run();
            """,
            ("Pages/Admin/Customers.cshtml.cs", Page("Shop.Pages.Admin", "CustomersModel", "{|#0:OnGet|}")),
            ("Pages/Admin/Login.cshtml.cs", Page("Shop.Pages.Admin", "LoginModel", "{|#1:OnGet|}")),
            ("Pages/Account/Me.cshtml.cs", Page("Shop.Pages.Account", "MeModel", "{|#2:OnGetAsync|}")),
            // "/Administrators" is not inside the folder "/Admin".
            ("Pages/Administrators.cshtml.cs", Page("Shop.Pages", "AdministratorsModel", "{|#3:OnGet|}")));
        test.ExpectedDiagnostics.Add(Authorized(0, "CustomersModel.OnGet", "AuthorizeFolder(\"/Admin\")"));
        test.ExpectedDiagnostics.Add(Anonymous(1, "LoginModel.OnGet"));
        test.ExpectedDiagnostics.Add(Authorized(2, "MeModel.OnGetAsync", "AuthorizePage(\"/Account/Me\")"));
        test.ExpectedDiagnostics.Add(Unauthorized(3, "AdministratorsModel.OnGet"));
        return test.RunAsync();
    }

    [Fact]
    public Task Page_path_from_the_namespace_when_the_file_does_not_say_and_MapRazorPages_RequireAuthorization_covers_every_page()
    {
        var folder = Pages("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages().AddRazorPagesOptions(o => o.Conventions.AuthorizeFolder("/Customers"));
            var app = builder.Build();
            app.MapRazorPages();
            app.Run();
            """,
            ("CustomerPages.cs", Page("Shop.Pages.Customers", "DetailsModel", "{|#0:OnGet|}")),
            ("OrderPages.cs", Page("Shop.Pages.Orders", "DetailsModel", "{|#1:OnGet|}")));
        folder.ExpectedDiagnostics.Add(Authorized(0, "DetailsModel.OnGet", "AuthorizeFolder(\"/Customers\")"));
        folder.ExpectedDiagnostics.Add(Unauthorized(1, "DetailsModel.OnGet"));

        var everywhere = Pages("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            var app = builder.Build();
            app.MapRazorPages().RequireAuthorization();
            app.Run();
            """,
            ("Pages/Customers/Details.cshtml.cs", Page("Shop.Pages.Customers", "DetailsModel", "{|#0:OnGet|}")));
        everywhere.ExpectedDiagnostics.Add(Authorized(0, "DetailsModel.OnGet", "MapRazorPages().RequireAuthorization()"));
        return Task.WhenAll(folder.RunAsync(), everywhere.RunAsync());
    }

    private const string GenericBasePages = """
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        namespace Blog.Models
        {
            // piranha.core's SinglePostWithComments<T>: a library's base page model that a .cshtml closes (@model SinglePost<StandardPost>)
            public class SinglePost<T> : PageModel where T : class
            {
                public List<CustomerDto> Comments { get; set; } = new List<CustomerDto>();

                public void {|#0:OnGet|}(int id) { }
            }

            [Authorize]
            public class SecuredPost<T> : PageModel where T : class
            {
                public List<CustomerDto> Comments { get; set; } = new List<CustomerDto>();

                public void {|#1:OnGet|}(int id) { }
            }

            public class Outer<T> where T : class
            {
                public class NestedModel : PageModel
                {
                    public CustomerDto? Customer { get; set; }

                    public void {|#2:OnGet|}() { }
                }
            }

            // a closed page model deriving from the generic base is a page: reported as before
            public class StandardPostModel : SinglePost<string>
            {
                public void {|#3:OnGetPreview|}() { }
            }
        }
        """;

    [Fact]
    public Task A_generic_base_page_model_is_reported_with_the_page_that_closes_it_as_the_basis() => Verify.VerifyAsync(GenericBasePages + Dto,
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_GenericPageModel", "SinglePost.OnGet", "Name, Phone, IdNumber")),
        Authorized(1, "SecuredPost.OnGet", "[Authorize] on SecuredPost"),
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(2)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_GenericPageModel", "NestedModel.OnGet", "Name, Phone, IdNumber")),
        Unauthorized(3, "StandardPostModel.OnGetPreview"));

    [Fact]
    public async Task A_generic_base_page_model_finding_is_low_precision_and_a_closed_page_keeps_the_rules()
    {
        var source = GenericBasePages.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("{|#3:", "").Replace("|}", "") + Dto;
        var diagnostics = await Compliance.Analyzers.Tests.Hashing.HashingHarness.RunAsync<UnauthorizedPersonalDataEndpointAnalyzer>(source);
        var found = diagnostics.Where(d => d.Id == "CMP4001")
            .Select(d => (d.GetMessage().Split(' ')[0], d.Properties.TryGetValue("compliance.precision", out var p) ? p : null)).ToList();
        Assert.Equal([("SinglePost.OnGet", "low"), ("NestedModel.OnGet", "low"), ("StandardPostModel.OnGetPreview", (string?)null)], found);
    }

    [Fact]
    public Task Broken_page_models_do_not_throw()
    {
        var test = new Verify { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestCode = """
            using Microsoft.AspNetCore.Mvc.RazorPages;

            namespace Shop.Pages;

            public class BrokenModel : PageModel
            {
                public CustomerDto Customer { get; set
                public void {|CMP4001:OnGet|}(int id) => Customer = new CustomerDto(id, "", "", ""
                public Missing {|CMP4001:OnPost|}() => null;
            }
            public class Orphan : MissingBase { public CustomerDto C { get; } public void OnGet() { } }
            public record CustomerDto(int Id, string Name, string Phone, string IdNumber);
            """;
        return test.RunAsync();
    }
}
