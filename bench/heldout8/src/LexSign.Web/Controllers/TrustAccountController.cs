using System;
using System.Web.Http;
using LexSign.Web.Data;
using LexSign.Web.Services;
using log4net;

namespace LexSign.Web.Controllers
{
    /// <summary>Client trust account (客户资金专户): deposits and refunds of fees held for clients.</summary>
    [RoutePrefix("api/trust")]
    [Authorize(Roles = "finance")]
    public class TrustAccountController : ApiController
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(TrustAccountController));
        private readonly IClientRepository _clients;

        public TrustAccountController(IClientRepository clients) => _clients = clients;

        [HttpPost, Route("refund")]
        public IHttpActionResult Refund(int clientId, decimal amount)
        {
            var c = _clients.Get(clientId);
            if (c == null)
            {
                return NotFound();
            }

            if (string.IsNullOrEmpty(c.BankAccount))
            {
                return BadRequest("client has no bank account on file");
            }

            Log.Info(string.Format("refund {0:F2} to {1}, card {2}", amount, c.Name, c.BankAccount));
            Log.Info(string.Format("refund {0:F2} to client {1}, card ending {2}", amount, c.Id, Masking.Last4(c.BankAccount)));

            if (amount > 50000m)
            {
                throw new InvalidOperationException($"refund of {amount} to {c.Name} ({c.IdCardNo}) needs partner approval");
            }

            return Ok(new { status = "queued" });
        }
    }
}
