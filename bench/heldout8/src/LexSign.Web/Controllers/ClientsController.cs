using System.Linq;
using System.Net;
using System.Web.Http;
using LexSign.Web.Data;
using LexSign.Web.Models;
using LexSign.Web.Services;
using log4net;

namespace LexSign.Web.Controllers
{
    [RoutePrefix("api/clients")]
    public class ClientsController : ApiController
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ClientsController));

        private readonly IClientRepository _clients;
        private readonly ICaseRepository _cases;

        public ClientsController(IClientRepository clients, ICaseRepository cases)
        {
            _clients = clients;
            _cases = cases;
        }

        [HttpGet, Route("{id:int}")]
        public IHttpActionResult Get(int id)
        {
            var c = _clients.Get(id);
            if (c == null)
            {
                return NotFound();
            }

            return Ok(c);
        }

        [HttpGet, Route("search")]
        public IHttpActionResult Search(string q)
        {
            Log.InfoFormat("client search by {0}: {1}", User.Identity.Name, q);
            var items = _clients.Search(q).Select(c => new ClientListItem
            {
                Id = c.Id,
                Name = c.Name,
                MobileMasked = Masking.Mobile(c.Mobile),
                OpenCases = _cases.ByClient(c.Id).Count(x => x.Stage != "closed"),
            }).ToList();
            Log.DebugFormat("client search returned {0} rows", items.Count);
            return Ok(items);
        }

        [HttpPost, Route("")]
        public IHttpActionResult Create([FromBody] Client c)
        {
            if (!IdCard.IsValid(c.IdCardNo))
            {
                Log.Warn($"rejected client {c.Name}: invalid ID card number {c.IdCardNo}");
                return Content(HttpStatusCode.BadRequest, new { error = "身份证号无效" });
            }

            var id = _clients.Insert(c);
            Log.Info("client created id=" + id + " by " + User.Identity.Name);
            return Created("api/clients/" + id, new { id });
        }
    }
}
