using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Claims;
using System.Web.Http;
using LexSign.Web.Data;
using LexSign.Web.Services;
using log4net;

namespace LexSign.Web.Controllers
{
    /// <summary>Client self-service portal: a client sees their own data and cases.</summary>
    [RoutePrefix("api/portal")]
    [Authorize(Roles = "client")]
    public class PortalController : ApiController
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(PortalController));

        private readonly IClientRepository _clients;
        private readonly ICaseRepository _cases;

        public PortalController(IClientRepository clients, ICaseRepository cases)
        {
            _clients = clients;
            _cases = cases;
        }

        private int CurrentClientId => int.Parse(((ClaimsPrincipal)User).FindFirst("client_id").Value);

        [HttpGet, Route("me")]
        public IHttpActionResult Me()
        {
            var me = _clients.Get(CurrentClientId);
            return Ok(new { me.Name, me.Mobile, me.Email, me.Address, IdCardNo = IdCard.Mask(me.IdCardNo) });
        }

        [HttpGet, Route("cases")]
        public IHttpActionResult MyCases()
        {
            var list = _cases.ByClient(CurrentClientId)
                .Select(c => new { c.Id, c.CaseNo, c.Title, c.Stage, c.Court, c.LeadLawyer })
                .ToList();
            return Ok(list);
        }

        [HttpPost, Route("verify-identity")]
        public HttpResponseMessage VerifyIdentity([FromBody] IdentityCheck check)
        {
            var me = _clients.Get(CurrentClientId);
            if (!string.Equals(me.IdCardNo, check.IdCardNo, StringComparison.OrdinalIgnoreCase))
            {
                Log.WarnFormat("identity check failed for client {0}", me.Id);
                return Request.CreateResponse(HttpStatusCode.Forbidden,
                    new { error = "身份证号 " + check.IdCardNo + " 与登记信息 " + me.IdCardNo + " 不符" });
            }

            return Request.CreateResponse(HttpStatusCode.OK, new { verified = true });
        }

        [HttpPost, Route("contact")]
        public IHttpActionResult UpdateContact([FromBody] ContactUpdate update)
        {
            try
            {
                Sms.Validate(update.Mobile);
            }
            catch (FormatException ex)
            {
                return BadRequest(ex.Message);
            }

            Log.Info("client " + CurrentClientId + " changed contact details");
            return Ok();
        }

        public class IdentityCheck
        {
            public string IdCardNo { get; set; }
        }

        public class ContactUpdate
        {
            public string Mobile { get; set; }
            public string Email { get; set; }
        }
    }

    internal static class Sms
    {
        public static void Validate(string mobile)
        {
            if (mobile == null || mobile.Length != 11 || !mobile.All(char.IsDigit) || mobile[0] != '1')
            {
                throw new FormatException("invalid mobile number: " + mobile);
            }
        }
    }
}
