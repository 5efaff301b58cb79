using System.Net;
using System.Net.Http;
using System.Web.Http.Filters;
using log4net;

namespace LexSign.Web.Filters
{
    /// <summary>Turns unhandled exceptions into a JSON error for the SPA.</summary>
    public class ApiExceptionFilter : ExceptionFilterAttribute
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ApiExceptionFilter));

        public override void OnException(HttpActionExecutedContext ctx)
        {
            Log.Error("unhandled exception in " + ctx.ActionContext.ActionDescriptor.ActionName, ctx.Exception);
            ctx.Response = ctx.Request.CreateResponse(HttpStatusCode.InternalServerError, new
            {
                error = "服务器错误",
                detail = ctx.Exception.Message,
            });
        }
    }
}
