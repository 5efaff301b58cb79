using System;
using System.Web.Http;
using LexSign.Web.Services;
using log4net;

namespace LexSign.Web.Controllers
{
    public class ConsultationRequest
    {
        public string Name { get; set; }
        public string Mobile { get; set; }
        public string Category { get; set; }
        public string Description { get; set; }
        public DateTime PreferredAt { get; set; }
    }

    /// <summary>Free first consultation booked from the firm's website (anonymous).</summary>
    [RoutePrefix("api/consultations")]
    public class ConsultationController : ApiController
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ConsultationController));
        private static readonly string[] Categories = { "婚姻家事", "劳动争议", "合同纠纷", "刑事辩护", "知识产权", "公司业务" };

        [AllowAnonymous]
        [HttpPost, Route("")]
        public IHttpActionResult Book([FromBody] ConsultationRequest req)
        {
            if (Array.IndexOf(Categories, req.Category) < 0)
            {
                return BadRequest("unknown category");
            }

            Log.InfoFormat("consultation booked: category {0}, preferred {1:yyyy-MM-dd HH:mm}", req.Category, req.PreferredAt);
            Log.DebugFormat("consultation from {0} ({1}): {2}", req.Name, req.Mobile, req.Description);

            var duty = DutyRoster.LawyerFor(req.Category, req.PreferredAt);
            return Ok(new { duty, slot = req.PreferredAt });
        }
    }

    internal static class DutyRoster
    {
        public static string LawyerFor(string category, DateTime at)
        {
            var rotation = category switch
            {
                "婚姻家事" => new[] { "L-021", "L-034" },
                "劳动争议" => new[] { "L-012", "L-045", "L-050" },
                "刑事辩护" => new[] { "L-007" },
                _ => new[] { "L-001", "L-002" },
            };
            return rotation[(at.DayOfYear + at.Hour) % rotation.Length];
        }
    }
}
