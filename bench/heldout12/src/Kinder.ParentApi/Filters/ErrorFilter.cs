using System.Net;
using System.Net.Http;
using System.Web.Http.Filters;
using NLog;

namespace Kinder.ParentApi.Filters
{
    public class ErrorFilter : ExceptionFilterAttribute
    {
        private static readonly Logger Log = LogManager.GetCurrentClassLogger();

        public override void OnException(HttpActionExecutedContext ctx)
        {
            Log.Error(ctx.Exception, "api error {0}", ctx.Request.RequestUri);
            ctx.Response = ctx.Request.CreateResponse(HttpStatusCode.InternalServerError,
                new { code = 500, msg = ctx.Exception.Message, stack = ctx.Exception.StackTrace });
        }
    }
}
