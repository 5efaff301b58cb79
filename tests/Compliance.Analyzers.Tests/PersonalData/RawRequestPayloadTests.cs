namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, twelfth session (branch pii8): a request's raw payload — the body read whole, the posted form whole, a request
/// message's content — written to a log carries whatever the person submitted, whatever the variable is called. Its
/// length, a single status, a file's content and a service's response body stay silent, and the payload is not reported
/// at a response or an exception (those are judged by the members parsed out of it).
/// </summary>
public class RawRequestPayloadTests
{
    private const string Source = @"
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

public sealed class FailedCallJournal
{
    private readonly RequestDelegate next;
    private readonly ILogger<FailedCallJournal> log;
    public FailedCallJournal(RequestDelegate next, ILogger<FailedCallJournal> log) { this.next = next; this.log = log; }
    public async Task InvokeAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        await next(context);
        context.Request.Body.Position = 0;
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var payload = await reader.ReadToEndAsync();
        {|CMP3001:log.LogError(""call {Path} failed: {Payload}"", context.Request.Path, payload)|};
        log.LogInformation(""call {Path} carried {Bytes} bytes"", context.Request.Path, payload.Length);
        log.LogInformation(""call {Path} answered {Status}"", context.Request.Path, context.Response.StatusCode);
    }
}
public static class TicketHooks
{
    public static async Task<string> Accept(HttpRequest req, ILogger log)
    {
        var form = await req.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        {|CMP3001:log.LogDebug(""hook form {@Fields}"", fields)|};
        log.LogInformation(""hook with {Count} fields"", fields.Count);
        {|CMP3001:log.LogWarning(""raw form "" + req.Form)|};
        var settings = new StreamReader(""tickets.json"").ReadToEnd();
        log.LogInformation(""settings {Settings}"", settings);
        var raw = await new StreamReader(req.Body).ReadToEndAsync();
        if (raw.Length == 0) throw new InvalidDataException(""empty hook "" + raw);
        return raw;
    }
    public static async Task Relay(HttpClient client, HttpRequestMessage outgoing, ILogger log)
    {
        var sent = await outgoing.Content!.ReadAsStringAsync();
        {|CMP3001:log.LogDebug(""relay {Sent}"", sent)|};
        using var answer = await client.SendAsync(outgoing);
        var reply = await answer.Content.ReadAsStringAsync();
        log.LogDebug(""relay reply {Reply}"", reply);
    }
}
";

    [Fact]
    public Task A_request_body_or_form_read_whole_and_logged_is_reported() =>
        AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(Source);

    [Fact]
    public Task The_raw_payload_is_not_reported_at_an_exception_or_a_response()
    {
        var unmarked = Source.Replace("{|CMP3001:", string.Empty).Replace(")|};", ");");
        return Task.WhenAll(
            AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(unmarked),
            AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(unmarked));
    }

    [Fact]
    public Task A_classic_form_of_an_unbound_web_framework_reaching_a_log_is_reported_without_AD0001() =>
        AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using System.Diagnostics;
public class WebApp : HttpApplication
{
    protected void Application_Error()
    {
        var form = Request.Form.ToString();
        var failure = Server.GetLastError();
        {|CMP3001:Trace.WriteLine($""{Request.RawUrl} form={form} {failure}"")|};
        Trace.WriteLine($""{Request.RawUrl} failed"");
        var broken = Request.Form.;
        Trace.WriteLine(broken);
    }
}
");
}
