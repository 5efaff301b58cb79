using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CreditLoan.Web.Infrastructure;

/// <summary>HTTP basic auth for the two machine endpoints the core banking system calls.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class BasicAuthAttribute : Attribute, IAuthorizationFilter
{
    private readonly string _user;
    private readonly string _password;

    public BasicAuthAttribute(string user, string password)
    {
        _user = user;
        _password = password;
    }

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || value.Scheme != "Basic" || value.Parameter is null)
        {
            context.Result = new UnauthorizedResult();
            return;
        }
        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter)).Split(':', 2);
        if (pair.Length != 2 || pair[0] != _user || pair[1] != _password)
            context.Result = new UnauthorizedResult();
    }
}

[ApiController]
[Route("core-callback")]
[BasicAuth("corebank", "6Gezpq8UPktsn3NKi3YqHh7w")]
public sealed class CoreBankCallbackController : ControllerBase
{
    private readonly ILogger<CoreBankCallbackController> _logger;

    public CoreBankCallbackController(ILogger<CoreBankCallbackController> logger) => _logger = logger;

    [HttpPost("repayment")]
    public IActionResult Repayment([FromBody] RepaymentNotice notice)
    {
        _logger.LogInformation("Repayment {Serial} of {Amount} for loan {LoanNo}", notice.Serial, notice.Amount, notice.LoanNo);
        return Ok(new { code = "0000", serial = notice.Serial });
    }

    [HttpPost("card-change")]
    public IActionResult CardChange([FromBody] CardChangeNotice notice)
    {
        _logger.LogInformation("Card change for {LoanNo}: {OldCard} -> {NewCard}", notice.LoanNo, notice.OldCard, notice.NewCard);
        return Ok(notice);
    }

    /// <summary>Outbound call to the core system's query API with a fixed service account.</summary>
    public static HttpRequestMessage QueryRequest(string loanNo)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, $"https://core.bank.example.cn/api/loan/{loanNo}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes("xyd_query:Qy7#pLm2Wx4v")));
        return req;
    }
}

public sealed record RepaymentNotice(string Serial, string LoanNo, decimal Amount, DateTime PaidAt);

public sealed record CardChangeNotice(string LoanNo, string HolderName, string OldCard, string NewCard);
