using System.Net;
using System.Net.Http;
using System.Web.Http;
using System.Web.Http.Controllers;
using System.Web.Http.Filters;

namespace BranchWealth.Api;

/// <summary>代销基金公司回调（份额确认）用的简单鉴权：请求头带固定口令。</summary>
public class PartnerAuthAttribute : ActionFilterAttribute
{
    public string Token { get; }

    public PartnerAuthAttribute(string token) => Token = token;

    public override void OnActionExecuting(HttpActionContext ctx)
    {
        if (!ctx.Request.Headers.TryGetValues("X-Partner-Token", out var values) || values.FirstOrDefault() != Token)
            ctx.Response = ctx.Request.CreateResponse(HttpStatusCode.Unauthorized);
    }
}

[System.Web.Http.RoutePrefix("api/v1/partner")]
public class PartnerCallbackController : System.Web.Http.ApiController
{
    [System.Web.Http.HttpPost, System.Web.Http.Route("confirm")]
    [PartnerAuth("uuWd9slA9supNhlDVX6BBT6MInm8XbEo")]
    public IHttpActionResult Confirm(ShareConfirmation c)
    {
        Services.LogHelper.WriteLog("TA", $"confirm {c.ApplicationNo} shares {c.Shares} nav {c.Nav}");
        return Ok();
    }
}

public class ShareConfirmation
{
    public string ApplicationNo { get; set; }
    public decimal Shares { get; set; }
    public decimal Nav { get; set; }
}
