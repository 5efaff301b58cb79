using System;
using System.Configuration;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Web.Http.Controllers;
using System.Web.Http.Filters;

namespace Kinder.ParentApi.Filters
{
    /// <summary>App 请求签名：sign = md5(appkey + timestamp + secret)</summary>
    public class ApiSignAttribute : ActionFilterAttribute
    {
        private static readonly string Secret = ConfigurationManager.AppSettings["ApiSignSecret"] ?? "xty-app-2020";

        public override void OnActionExecuting(HttpActionContext ctx)
        {
            var h = ctx.Request.Headers;
            var appKey = h.Contains("appkey") ? h.GetValues("appkey").First() : "";
            var ts = h.Contains("timestamp") ? h.GetValues("timestamp").First() : "";
            var sign = h.Contains("sign") ? h.GetValues("sign").First() : "";
            using (var md5 = MD5.Create())
            {
                var expect = BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(appKey + ts + Secret))).Replace("-", "");
                if (!string.Equals(expect, sign, StringComparison.OrdinalIgnoreCase))
                    ctx.Response = ctx.Request.CreateResponse(HttpStatusCode.Unauthorized, new { code = 401, msg = "sign error" });
            }
        }
    }
}
