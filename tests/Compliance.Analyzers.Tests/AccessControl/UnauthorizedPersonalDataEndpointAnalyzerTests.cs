namespace Compliance.Analyzers.Tests.AccessControl;

using Compliance.Analyzers.AccessControl;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccessControl.UnauthorizedPersonalDataEndpointAnalyzer>;

public class UnauthorizedPersonalDataEndpointAnalyzerTests
{
    private const string Dto = """

        public record CustomerDto(int Id, string Name, string Phone, string IdNumber);
        public record ProductDto(int Id, string Title, decimal Price);
        """;

    [Fact]
    public Task Controller_actions_honour_authorize_on_action_class_and_base_and_allow_anonymous_overrides() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [ApiController, Route("api/customers")]
        public class CustomersController : ControllerBase
        {
            [HttpGet("{id}")]
            public ActionResult<CustomerDto> {|#0:Get|}(int id) => new CustomerDto(id, "", "", "");

            [HttpGet, Authorize]
            public Task<List<CustomerDto>> {|#1:List|}() => Task.FromResult(new List<CustomerDto>());

            [HttpGet("products")]
            public IEnumerable<ProductDto> Products() => new List<ProductDto>();

            [NonAction]
            public CustomerDto Map(int id) => new CustomerDto(id, "", "", "");
        }

        [Authorize]
        public abstract class SecuredController : ControllerBase { }

        public class ProfileController : SecuredController
        {
            public CustomerDto {|CMP4090:Me|}() => new CustomerDto(1, "", "", "");

            [AllowAnonymous]
            public CustomerDto {|#2:Public|}() => new CustomerDto(1, "", "", "");
        }
        """ + Dto,
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "CustomersController.Get", "Name, Phone, IdNumber")),
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(1)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "CustomersController.List", "Name, Phone, IdNumber", "[Authorize]")),
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(2)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_Anonymous", "ProfileController.Public", "Name, Phone, IdNumber")));

    [Fact]
    public Task Anonymous_login_that_issues_the_returned_account_a_token_is_an_observation_not_a_finding() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        public class AppUser { public string UserName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class UserDto { public string Username { get; set; } = ""; public string Email { get; set; } = ""; public string Token { get; set; } = ""; }
        public interface ITokenService { Task<string> CreateToken(AppUser user); string GenerateConfirmationToken(AppUser user); }

        [ApiController, Route("api/account")]
        public class AccountController : ControllerBase
        {
            private readonly ITokenService _tokens = null!;

            [AllowAnonymous, HttpPost("login")]
            public async Task<ActionResult<UserDto>> {|#0:Login|}(AppUser user)
            {
                var dto = new UserDto { Username = user.UserName, Email = user.Email };
                dto.Token = await _tokens.CreateToken(user);
                return dto;
            }

            [AllowAnonymous, HttpPost("register")]
            public async Task<UserDto> {|CMP4090:Register|}(AppUser user) => new UserDto { Email = user.Email, Token = await _tokens.CreateToken(user) };

            [AllowAnonymous, HttpGet("lookup")]
            public UserDto {|CMP4001:Lookup|}(AppUser user) => new UserDto { Email = user.Email };

            [AllowAnonymous, HttpPost("invite")]
            public UserDto {|CMP4001:Invite|}(AppUser user) => new UserDto { Email = user.Email, Token = _tokens.GenerateConfirmationToken(user) };
        }
        """,
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "AccountController.Login", "Email", "login response: a token issued to the returned account")));

    [Fact]
    public Task An_anonymous_who_am_i_endpoint_returning_the_callers_own_claims_is_an_observation_not_a_finding() => Verify.VerifyAsync("""
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        public static class PrincipalExtensions
        {
            public static string GetMail(this ClaimsPrincipal principal) => principal.FindFirst(ClaimTypes.Email)?.Value ?? "";
        }
        public class SessionDto { public bool SignedIn { get; set; } public string Login { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Member { public string Email { get; set; } = ""; }
        public interface IMembers { Member Find(int id); }

        [ApiController, Route("api/session")]
        public class SessionController : ControllerBase
        {
            private readonly IMembers _members = null!;

            [HttpGet, AllowAnonymous]
            public ActionResult<SessionDto> {|#0:Current|}()
            {
                if (User.Identity is { IsAuthenticated: false }) return Ok(new SessionDto { SignedIn = false });
                return Ok(new SessionDto { SignedIn = true, Login = User.Identity!.Name!, Email = User.GetMail() });
            }

            [HttpGet("claim"), AllowAnonymous]
            public SessionDto {|#1:Claim|}() => new SessionDto { Email = User.FindFirst(ClaimTypes.Email)?.Value ?? "" };

            // one branch answers with another member's record: still a disclosure
            [HttpGet("{id}"), AllowAnonymous]
            public ActionResult<SessionDto> {|CMP4001:Other|}(int id)
            {
                if (id == 0) return Ok(new SessionDto { Email = User.GetMail() });
                return Ok(new SessionDto { Email = _members.Find(id).Email });
            }
        }
        """,
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "SessionController.Current", "Email", "the caller's own claims returned to the caller")),
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(1)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "SessionController.Claim", "Email", "the caller's own claims returned to the caller")));

    [Fact]
    public Task A_form_built_by_a_mediator_from_the_signed_in_customer_is_the_callers_own_data() => Verify.VerifyBrokenAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        public class Customer { public string Email { get; set; } = ""; }
        public class Language { public string Code { get; set; } = ""; }
        public class WorkContext { public Customer CurrentCustomer { get; set; } = new(); public Language WorkingLanguage { get; set; } = new(); }
        public interface ICustomers { Task<Customer> GetById(string id); }
        public class RegisterModel { public string Email { get; set; } = ""; public string FullName { get; set; } = ""; }
        public class GetRegister { public Customer Customer { get; set; } = new(); public Language Language { get; set; } = new(); public bool ExcludeProperties { get; set; } public string OrderId { get; set; } = ""; }

        // grandnode2's AccountController.Register and ContactController.Index: MediatR is not restored in a fallback scan
        [AllowAnonymous]
        public class AccountController : Controller
        {
            private readonly IMediator _mediator = null!;
            private readonly WorkContext _workContext = new();
            private readonly ICustomers _customers = null!;

            public async Task<ActionResult<RegisterModel>> {|CMP4090:Register|}()
            {
                if (_workContext.CurrentCustomer.Email != "") return RedirectToRoute("HomePage");
                var model = await _mediator.Send(new GetRegister { Customer = _workContext.CurrentCustomer, Language = _workContext.WorkingLanguage, ExcludeProperties = false });
                return View(model);
            }

            // a text member read from the request: the handler may load anyone's record by it
            public async Task<ActionResult<RegisterModel>> {|CMP4001:Order|}(string id)
            {
                var model = await _mediator.Send(new GetRegister { Customer = _workContext.CurrentCustomer, OrderId = id });
                return View(model);
            }

            // a record looked up by a route id is someone else's
            public async Task<ActionResult<RegisterModel>> {|CMP4001:Other|}(string id)
            {
                var other = await _customers.GetById(id);
                var model = await _mediator.Send(new GetRegister { Customer = other, Language = _workContext.WorkingLanguage });
                return View("Register", model);
            }
        }
        """);

    [Fact]
    public Task A_login_whose_dto_comes_from_an_unresolved_mapper_is_still_recognised_by_the_token_it_issues() => Verify.VerifyBrokenAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        public class AppUser { public string Email { get; set; } = ""; }
        public class UserDto { public string Email { get; set; } = ""; public string Token { get; set; } = ""; }
        public interface ITokenService { Task<string> CreateToken(AppUser user); }

        public class AccountController : ControllerBase
        {
            private readonly ITokenService _tokens = null!;
            private readonly IMapper _mapper = null!; // AutoMapper is not referenced in a fallback compilation

            [AllowAnonymous]
            public async Task<ActionResult<UserDto>> {|CMP4090:Login|}(AppUser user)
            {
                var dto = _mapper.Map<UserDto>(user);
                dto.Token = await _tokens.CreateToken(user);
                return Ok(dto);
            }

            [AllowAnonymous]
            public ActionResult<UserDto> {|CMP4001:Lookup|}(AppUser user)
            {
                var dto = _mapper.Map<UserDto>(user);
                dto.Token = "";
                return Ok(dto);
            }
        }
        """);

    [Fact]
    public Task A_fallback_policy_in_Program_cs_covers_controllers_in_another_file()
    {
        var test = new Verify();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("Program.cs", """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            var app = builder.Build();
            app.MapControllers();
            app.Run();
            """));
        test.TestState.Sources.Add(("CustomersController.cs", """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Mvc;

            public class CustomersController : ControllerBase
            {
                public CustomerDto {|CMP4090:Get|}(int id) => new CustomerDto(id, "", "", "");

                [AllowAnonymous]
                public CustomerDto {|CMP4001:Lookup|}(string phone) => new CustomerDto(0, "", phone, "");
            }
            """ + Dto));
        return test.RunAsync();
    }

    [Theory]
    // rwprec12 (PayrollEngine, judged blind): UseEndpoints(e => { var controllers = e.MapControllers(); if (oauth) controllers.RequireAuthorization(); })
    [InlineData("var controllers = endpoints.MapControllers();\n            if (oauth) controllers.RequireAuthorization();", "CMP4090")]
    [InlineData("IEndpointConventionBuilder controllers;\n            controllers = endpoints.MapControllers();\n            controllers.RequireAuthorization(\"api\");", "CMP4090")]
    // decoys: the local holds another endpoint, or the controllers' builder is never given RequireAuthorization
    [InlineData("endpoints.MapControllers();\n            var health = endpoints.MapGet(\"/health\", () => \"ok\");\n            health.RequireAuthorization();", "CMP4001")]
    [InlineData("var controllers = endpoints.MapControllers();\n            var other = endpoints.MapGet(\"/x\", () => \"ok\");\n            other.RequireAuthorization();", "CMP4001")]
    public Task RequireAuthorization_on_a_local_holding_the_controllers_builder_covers_controllers(string endpointsBody, string expected)
    {
        var test = new Verify();
        test.TestState.Sources.Add(("ApiStartup.cs", """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;

            public static class ApiStartup
            {
                public static void UseApi(this IApplicationBuilder app, bool oauth)
                {
                    app.UseRouting();
                    app.UseEndpoints(endpoints =>
                    {
                        BODY
                    });
                }
            }
            """.Replace("BODY", endpointsBody)));
        test.TestState.Sources.Add(("EmployeeController.cs", """
            using Microsoft.AspNetCore.Mvc;

            [ApiController, Route("api/employees")]
            public class EmployeeController : ControllerBase
            {
                [HttpGet("{id}")]
                public CustomerDto {|#0:Get|}(int id) => new CustomerDto(id, "", "", "");
            }
            """ + Dto));
        test.ExpectedDiagnostics.Add(expected == "CMP4090"
            ? new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(0)
                .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "EmployeeController.Get", "Name, Phone, IdNumber", "global authorization filter"))
            : new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
                .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "EmployeeController.Get", "Name, Phone, IdNumber")));
        return test.RunAsync();
    }

    /// <summary>Top-level Program.cs code needs an executable.</summary>
    private static Task VerifyProgram(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify { TestCode = source };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Minimal_api_endpoints_honour_RequireAuthorization_on_the_endpoint_and_the_group() => VerifyProgram("""
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        var app = WebApplication.CreateBuilder(args).Build();
        app.{|#0:MapGet|}("/customers/{id}", (int id) => new CustomerDto(id, "", "", ""));
        app.{|CMP4090:MapGet|}("/me", () => new CustomerDto(1, "", "", "")).RequireAuthorization();
        var admin = app.MapGroup("/admin").RequireAuthorization("admin");
        admin.{|CMP4090:MapGet|}("/customers", () => new List<CustomerDto>());
        admin.{|CMP4001:MapGet|}("/lookup", () => new CustomerDto(1, "", "", "")).AllowAnonymous();
        app.MapGet("/products", () => new List<ProductDto>());
        app.Run();
        """ + Dto,
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "MapGet /customers/{id}", "Name, Phone, IdNumber")));

    [Fact]
    public Task Route_group_extension_methods_honour_authorization_set_by_the_caller_or_on_the_parameter() => VerifyProgram("""
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/patients").WithClinicDefaults().MapPatientEndpoints();
        app.MapGroup("/visits").RequireAuthorization().MapVisitEndpoints();
        app.MapGroup("/directory").MapDirectoryEndpoints();
        app.MapGroup("/kiosk").RequireAuthorization().MapDirectoryEndpoints();
        app.Run();

        static class ClinicEndpoints
        {
            // the team's own defaults: authorization set on the group it is given
            public static RouteGroupBuilder WithClinicDefaults(this RouteGroupBuilder group)
            {
                group.RequireAuthorization("staff");
                return group;
            }

            public static RouteGroupBuilder MapPatientEndpoints(this RouteGroupBuilder group)
            {
                group.{|CMP4090:MapGet|}("{id}", (int id) => new CustomerDto(id, "", "", ""));
                return group;
            }

            public static RouteGroupBuilder MapVisitEndpoints(this RouteGroupBuilder group)
            {
                group.{|CMP4090:MapGet|}("{id}/patient", (int id) => new CustomerDto(id, "", "", ""));
                return group;
            }

            // one of its two callers does not authorize the group; one group authorizes itself as a statement
            public static RouteGroupBuilder MapDirectoryEndpoints(this RouteGroupBuilder group)
            {
                group.{|#0:MapGet|}("{id}", (int id) => new CustomerDto(id, "", "", ""));
                var board = group.MapGroup("/board");
                board.RequireAuthorization();
                board.{|CMP4090:MapGet|}("{id}", (int id) => new CustomerDto(id, "", "", ""));
                return group;
            }
        }
        """ + Dto,
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "MapGet {id}", "Name, Phone, IdNumber")));

    [Fact]
    public Task Broken_code_does_not_throw()
    {
        var test = new Verify { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestCode = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/x", );
        app.{|CMP4090:MapGet|}("/y", (int id) => new CustomerDto(id, "", "", "")).RequireAuthorization(;
        app.MapGet(() => new CustomerDto(1, "", "", ""));

        public class CustomersController : ControllerBase
        {
            public CustomerDto {|CMP4001:Get|}(int id) => new CustomerDto(id, "", "", ""
            public Missing Other() => null;
        }
        public record CustomerDto(int Id, string Name, string Phone, string IdNumber);
        """;
        return test.RunAsync();
    }

    [Fact]
    public Task The_full_title_of_a_dictionary_category_is_no_persons_name() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;

        // lin-cms-dotnetcore (judged FP): BaseTypeDto is a data-dictionary category (TypeCode, FullName, SortCode)
        public class BaseTypeDto { public string TypeCode { get; set; } = ""; public string FullName { get; set; } = ""; public int? SortCode { get; set; } }
        public class EmployeeDto { public string FullName { get; set; } = ""; }
        public class DepartmentDto { public string FullName { get; set; } = ""; public string ManagerRealName { get; set; } = ""; }
        public interface IStore { Task<List<BaseTypeDto>> Types(); Task<EmployeeDto> Employee(int id); Task<DepartmentDto> Department(int id); }

        [ApiController]
        public class BaseTypeController : ControllerBase
        {
            private readonly IStore _store = null!;
            [HttpGet("types")]
            public Task<List<BaseTypeDto>> GetListAsync() => _store.Types();

            // decoys: a person's record, and a person's name on a department's record
            [HttpGet("employee/{id}")]
            public Task<EmployeeDto> {|CMP4001:GetEmployeeAsync|}(int id) => _store.Employee(id);
            [HttpGet("department/{id}")]
            public Task<DepartmentDto> {|CMP4001:GetDepartmentAsync|}(int id) => _store.Department(id);
        }
        """);

    // rwprec11 (miningcore's public pool API, judged blind): on a record with a coin or an on-chain transaction the
    // Address is a wallet address, public on the chain; the same shape without them, or a person's e-mail on it, still counts
    [Fact]
    public Task Wallet_address_on_a_blockchain_record_is_not_personal_data() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        public class Payment { public string Coin { get; set; } = ""; public string Address { get; set; } = ""; public string AddressInfoLink { get; set; } = ""; public decimal Amount { get; set; } }
        public class Transfer { public string TxHash { get; set; } = ""; public string Address { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Shipment { public string Address { get; set; } = ""; public decimal Amount { get; set; } public string TransactionId { get; set; } = ""; }

        [ApiController, Route("api/pool")]
        public class PoolController : ControllerBase
        {
            [HttpGet("payments")]
            public Payment[] Payments() => new Payment[0];

            [HttpGet("transfers")]
            public Transfer[] {|#0:Transfers|}() => new Transfer[0];

            [HttpGet("shipments")]
            public Shipment[] {|#1:Shipments|}() => new Shipment[0];
        }
        """,
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "PoolController.Transfers", "Email")),
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(1)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "PoolController.Shipments", "Address")));

    // ... unless the user lists the member in compliance.pii_words (a wallet address linked to a person is personal data)
    [Fact]
    public async Task Wallet_address_listed_in_pii_words_counts_again()
    {
        var test = new Compliance.Analyzers.Tests.AnalyzerTest<UnauthorizedPersonalDataEndpointAnalyzer>
        {
            TestCode = """
                using Microsoft.AspNetCore.Mvc;

                public class Payment { public string Coin { get; set; } = ""; public string Address { get; set; } = ""; }

                [ApiController, Route("api/pool")]
                public class PoolController : ControllerBase
                {
                    [HttpGet("payments")]
                    public Payment[] {|#0:Payments|}() => new Payment[0];
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ncompliance.pii_words = Address:address\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "PoolController.Payments", "Address")));
        await test.RunAsync();
    }
}
