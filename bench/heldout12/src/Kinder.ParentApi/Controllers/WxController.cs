using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Web.Http;
using NLog;

namespace Kinder.ParentApi.Controllers
{
    /// <summary>公众号服务器配置（消息推送）</summary>
    [RoutePrefix("api/wx")]
    public class WxController : ApiController
    {
        private static readonly Logger Log = LogManager.GetCurrentClassLogger();
        private const string Token = "xtykg2020wx";

        [HttpGet, Route("callback")]
        public HttpResponseMessage Verify(string signature, string timestamp, string nonce, string echostr)
        {
            var arr = new[] { Token, timestamp, nonce }.OrderBy(x => x, StringComparer.Ordinal);
            using (var sha1 = SHA1.Create())
            {
                var calc = BitConverter.ToString(sha1.ComputeHash(Encoding.UTF8.GetBytes(string.Concat(arr)))).Replace("-", "").ToLower();
                if (calc != signature)
                {
                    Log.Warn("wx verify failed {0}", signature);
                    return new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden);
                }
            }
            return new HttpResponseMessage { Content = new StringContent(echostr) };
        }

        [HttpPost, Route("callback")]
        public string Receive()
        {
            var xml = Request.Content.ReadAsStringAsync().Result;
            Log.Info("wx message {0} bytes", xml.Length);
            Log.Trace("wx raw: " + xml);
            return "success";
        }
    }
}
