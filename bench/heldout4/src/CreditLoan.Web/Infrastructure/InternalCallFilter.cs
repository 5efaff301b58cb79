using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CreditLoan.Web.Infrastructure;

/// <summary>Endpoints called by the risk engine inside the VPC carry a shared header.</summary>
public sealed class InternalCallFilter : IActionFilter
{
    public const string HeaderName = "X-Internal-Token";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var token = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (token is not "Z3Lr8sQp1Vx6Wm2Kt9Yb4Nc7")
            context.Result = new UnauthorizedResult();
    }

    public void OnActionExecuted(ActionExecutedContext context) { }
}
