namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, fourteenth session (branch pii10): an exception thrown with personal data in its message, whose message a
/// handler elsewhere answers to the caller (<c>ProblemDetails.Detail = ex.Message</c>, <c>Problem(detail: ex.Message)</c>,
/// <c>BadRequest(ex.Message)</c>). The throw was reported (CMP3002); the handler that sends the message out was not, as
/// <c>ex.Message</c> names nothing. Which throws reach a handler: the application's own exception type, any throw of it;
/// a library type caught around a call, throws in the called method; <c>Exception</c>, only in a global handler.
/// Decoys: a type thrown with ids only, a local <c>catch (Exception)</c>, a library type whose throws in the called code
/// carry no personal data, a global handler of an application that throws nothing personal.
/// </summary>
public class ThrownMessageHandlerTests
{
    private const string Common = @"
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
public class SettleRequest { public string VisitNo { get; set; } = """"; public string PatientName { get; set; } = """"; public string InsuranceNo { get; set; } = """"; }
public class InsuranceException : Exception { public InsuranceException(string message) : base(message) { } }
public class OrderException : Exception { public OrderException(string message) : base(message) { } }
";

    [Fact]
    public Task A_handler_answering_a_message_thrown_with_personal_data_is_reported()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(Common + @"
public class InsuranceClient
{
    public void Settle(SettleRequest r)
    {
        {|CMP3002:throw new InsuranceException($""settlement refused for {r.PatientName}, insurance no {r.InsuranceNo}"");|}
    }
    public void Order(int id) => throw new OrderException($""order {id} not found"");
}
public class InsuranceController : ControllerBase
{
    private readonly InsuranceClient _client = new InsuranceClient();
    public IActionResult Settle(SettleRequest r)
    {
        try { _client.Settle(r); return Ok(); }
        catch (InsuranceException ex) { return {|CMP3002:Problem(detail: ex.Message, statusCode: 502)|}; }
    }
    public IActionResult Order(int id)
    {
        try { _client.Order(id); return Ok(); }
        catch (OrderException ex) { return Problem(detail: ex.Message); }
    }
    public IActionResult Anything(SettleRequest r)
    {
        try { _client.Settle(r); return Ok(); }
        catch (Exception ex) { return Problem(detail: ex.Message); }
    }
}
public class GlobalExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var problem = new ProblemDetails
        {
            Status = 500,
            {|CMP3002:Detail = context.Exception is InsuranceException ? context.Exception.Message : ""contact support""|},
        };
        context.Result = new ObjectResult(problem);
    }
}
public class OrderFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = new ObjectResult(new ProblemDetails { Detail = context.Exception is OrderException ? context.Exception.Message : ""contact support"" });
    }
}
public class ErrorMiddleware
{
    private readonly RequestDelegate _next;
    public ErrorMiddleware(RequestDelegate next) => _next = next;
    public async Task InvokeAsync(HttpContext context)
    {
        try { await _next(context); }
        catch (Exception ex) { await context.Response.WriteAsJsonAsync(new ProblemDetails { {|CMP3002:Detail = ex?.Message|} }); }
    }
}
public sealed class GlobalExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception ex, CancellationToken ct)
    {
        var problem = new ProblemDetails { Status = 500, {|CMP3002:Detail = ex.Message|} };
        await http.Response.WriteAsJsonAsync(problem, ct);
        return true;
    }
}
");
    }

    [Fact]
    public Task A_library_exception_is_followed_only_into_the_methods_its_try_block_calls()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(@"
using System;
using Microsoft.AspNetCore.Mvc;
public class ContactUpdate { public string Mobile { get; set; } = """"; public string Code { get; set; } = """"; }
public static class Sms
{
    public static void Validate(string mobile)
    {
        if (mobile.Length != 11) {|CMP3002:throw new FormatException(""not a mobile number: "" + mobile);|}
    }
}
public static class Codes
{
    public static void Check(string code)
    {
        if (code.Length != 6) throw new FormatException(""a code has six digits, got "" + code.Length);
    }
}
public class PortalController : ControllerBase
{
    public IActionResult UpdateContact(ContactUpdate update)
    {
        try { Sms.Validate(update.Mobile); }
        catch (FormatException ex) { return {|CMP3002:Problem(detail: ex.Message)|}; }
        return Ok();
    }
    public IActionResult Redeem(ContactUpdate update)
    {
        try { Codes.Check(update.Code); }
        catch (FormatException ex) { return Problem(detail: ex.Message); }
        return Ok();
    }
}
");
    }

    [Fact]
    public Task A_global_handler_is_silent_when_nothing_is_thrown_with_personal_data()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(Common + @"
public class Orders
{
    public void Get(int id) => throw new OrderException($""order {id} not found"");
}
public sealed class GlobalExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception ex, CancellationToken ct)
    {
        await http.Response.WriteAsJsonAsync(new ProblemDetails { Status = 500, Detail = ex.Message }, ct);
        return true;
    }
}
");
    }

    [Fact]
    public Task A_throw_in_a_test_folder_does_not_reach_the_application_handler()
    {
        var test = new AnalyzerTest<PersonalDataInExceptionAnalyzer>();
        test.TestState.Sources.Add(("src/App/GlobalExceptionHandler.cs", Common + @"
public sealed class GlobalExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception ex, CancellationToken ct)
    {
        await http.Response.WriteAsJsonAsync(new ProblemDetails { Status = 500, Detail = ex.Message }, ct);
        return true;
    }
}
"));
        test.TestState.Sources.Add(("tests/App.IntegrationTests/Login.cs", @"
public static class Login
{
    public static void Fail(string email, string tenant) { {|CMP3002:throw new System.TimeoutException($""Could not authenticate {email} for tenant {tenant}."");|} }
}
"));
        return test.RunAsync();
    }

    [Fact]
    public Task Throws_are_found_by_their_keyword_only_where_it_is_code()
    {
        // Fifteenth session (cost11): the throws are found by searching the text for "throw" and asking the tree for the
        // token there. A throw expression is found; "throw" in a comment, a string, disabled code or a longer identifier is not.
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(Common + @"
public class Decoys
{
    // throw new InsuranceException($""refused {r.PatientName} {r.InsuranceNo}"");
    public string Text(SettleRequest r) => ""throw new InsuranceException($\""{r.PatientName}\"")"";
#if NEVER_DEFINED
    public void Old(SettleRequest r) { throw new InsuranceException($""refused {r.PatientName} {r.InsuranceNo}""); }
#endif
    public void rethrow(SettleRequest r) { }
    public void Order(int id) => throw new InsuranceException($""order {id} not found"");
}
public class Handler : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = new ObjectResult(new ProblemDetails { Detail = context.Exception is InsuranceException ? context.Exception.Message : ""contact support"" });
    }
}
public class Settlement
{
    public string Settle(SettleRequest r) => r.VisitNo.Length > 0 ? r.VisitNo : {|CMP3002:throw new OrderException($""no visit for {r.PatientName}, insurance no {r.InsuranceNo}"")|};
}
public class OrderHandler : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = new ObjectResult(new ProblemDetails { {|CMP3002:Detail = context.Exception is OrderException ? context.Exception.Message : ""contact support""|} });
    }
}
");
    }
}
