using System;
using System.Configuration;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Web;
using System.Web.Http;
using Kinder.ParentApi.Filters;
using Kinder.ParentApi.Helpers;
using NLog;

namespace Kinder.ParentApi.Controllers
{
    [RoutePrefix("api/photo")]
    public class PhotoController : ApiController
    {
        private static readonly Logger Log = LogManager.GetCurrentClassLogger();
        private static readonly string Root = ConfigurationManager.AppSettings["PhotoRoot"];

        [HttpPost, Route("upload/{childId:int}")]
        public IHttpActionResult Upload(int childId)
        {
            var file = HttpContext.Current.Request.Files[0];
            var rel = SecurityHelper.PhotoPath(childId, DateTime.Today) + Path.GetExtension(file.FileName);
            var full = Path.Combine(Root, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(full));
            file.SaveAs(full);
            Log.Info("photo for child {0} saved as {1}", childId, rel);
            return Ok(new { url = "https://parent.xtykg.cn/photos/" + rel.Replace('\\', '/') });
        }

        [HttpGet, Route("{*rel}")]
        public HttpResponseMessage Get(string rel)
        {
            var full = Path.Combine(Root, rel);
            if (!File.Exists(full)) return Request.CreateResponse(HttpStatusCode.NotFound);
            var bytes = File.ReadAllBytes(full);
            var resp = Request.CreateResponse(HttpStatusCode.OK);
            resp.Content = new ByteArrayContent(bytes);
            resp.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            resp.Headers.ETag = new EntityTagHeaderValue(SecurityHelper.Etag(bytes));
            return resp;
        }
    }
}
