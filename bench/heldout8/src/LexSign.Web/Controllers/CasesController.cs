using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Web.Http;
using LexSign.Web.Data;
using LexSign.Web.Models;
using LexSign.Web.Services;
using log4net;

namespace LexSign.Web.Controllers
{
    [RoutePrefix("api/cases")]
    public class CasesController : ApiController
    {
        private static readonly ILog Log = LogManager.GetLogger("LexSign.Cases");

        private readonly ICaseRepository _cases;
        private readonly IClientRepository _clients;
        private readonly ConflictCheck _conflicts = new ConflictCheck();

        public CasesController(ICaseRepository cases, IClientRepository clients)
        {
            _cases = cases;
            _clients = clients;
        }

        [HttpGet, Route("{id:int}")]
        public IHttpActionResult Get(int id)
        {
            var file = _cases.Get(id);
            if (file == null)
            {
                Log.WarnFormat("case {0} not found (user {1})", id, User.Identity.Name);
                return NotFound();
            }

            return Ok(new
            {
                file.Id,
                file.CaseNo,
                file.Title,
                file.Stage,
                file.Court,
                file.LeadLawyer,
                OpposingParty = file.OpposingParty,
                OpposingPartyIdNo = IdCard.Mask(file.OpposingPartyIdNo),
            });
        }

        [HttpPost, Route("{id:int}/stage")]
        public IHttpActionResult MoveStage(int id, [FromBody] string stage)
        {
            var allowed = new[] { "intake", "filed", "hearing", "judgment", "enforcement", "closed" };
            if (!allowed.Contains(stage))
            {
                return BadRequest("unknown stage " + stage);
            }

            _cases.UpdateStage(id, stage);
            Log.InfoFormat("case {0} moved to {1}", id, stage);
            return Ok();
        }

        [HttpPost, Route("conflict-check")]
        public IHttpActionResult CheckConflict([FromBody] Party prospective)
        {
            var hits = _conflicts.Find(prospective.Name, prospective.IdNo);
            if (hits.Count > 0)
            {
                Log.Warn("conflict of interest: " + prospective.Name + " / " + prospective.IdNo + " matches " + string.Join(",", hits));
            }

            return Ok(new { conflict = hits.Count > 0, caseNos = hits });
        }

        [HttpGet, Route("{id:int}/parties.csv")]
        public HttpResponseMessage ExportParties(int id)
        {
            var file = _cases.Get(id);
            var client = _clients.Get(file.ClientId);
            var sb = new StringBuilder();
            sb.AppendLine("角色,姓名,身份证号,电话");
            sb.AppendLine($"委托人,{client.Name},{client.IdCardNo},{client.Mobile}");
            foreach (var p in file.Parties)
            {
                sb.AppendLine($"{p.Role},{p.Name},{IdCard.Mask(p.IdNo)},{Masking.Mobile(p.Phone)}");
            }

            var resp = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(sb.ToString(), Encoding.UTF8, "text/csv"),
            };
            resp.Content.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
            {
                FileName = file.CaseNo + "-parties.csv",
            };
            return resp;
        }
    }
}
