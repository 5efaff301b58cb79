using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using System.Web.Http;
using LexSign.Web.Services;
using log4net;
using Newtonsoft.Json.Linq;

namespace LexSign.Web.Controllers
{
    /// <summary>Callbacks from the e-signature platform when a signer completes or refuses.</summary>
    [RoutePrefix("api/esign")]
    [AllowAnonymous]
    public class ESignCallbackController : ApiController
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ESignCallbackController));

        [HttpPost, Route("callback")]
        public async Task<HttpResponseMessage> Callback()
        {
            var body = await Request.Content.ReadAsStringAsync();
            var sig = Request.Headers.Contains("X-Tsign-Open-Signature")
                ? string.Join("", Request.Headers.GetValues("X-Tsign-Open-Signature"))
                : "";
            var ts = Request.Headers.Contains("X-Tsign-Open-Timestamp")
                ? string.Join("", Request.Headers.GetValues("X-Tsign-Open-Timestamp"))
                : "";

            if (!ESignClient.VerifyCallback(ts, body, sig))
            {
                Log.Warn("bad e-sign callback signature, body=" + body);
                return Request.CreateResponse(HttpStatusCode.Unauthorized);
            }

            var json = JObject.Parse(body);
            var action = (string)json["action"];
            var flowId = (string)json["flowId"];
            var signer = json["signer"];
            switch (action)
            {
                case "SIGN_FLOW_COMPLETE":
                    Log.InfoFormat("flow {0} completed", flowId);
                    break;
                case "SIGNER_REFUSED":
                    Log.InfoFormat("flow {0} refused by {1} ({2}): {3}", flowId, signer?["name"], signer?["mobile"], json["refuseReason"]);
                    break;
                default:
                    Log.DebugFormat("flow {0}: ignored action {1}", flowId, action);
                    break;
            }

            File.AppendAllText(Path.Combine(Path.GetTempPath(), "esign-callbacks.log"), DateTime.Now.ToString("s") + " " + flowId + " " + action + Environment.NewLine);
            return Request.CreateResponse(HttpStatusCode.OK, new { code = 0 });
        }
    }
}
