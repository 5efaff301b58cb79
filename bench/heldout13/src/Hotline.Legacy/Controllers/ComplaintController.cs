using System;
using System.Data;
using System.Data.SqlClient;
using System.Linq;
using System.Text;
using System.Web.Mvc;
using Hotline.Legacy.Helpers;
using Hotline.Legacy.Models;
using log4net;

namespace Hotline.Legacy.Controllers
{
    public class ComplaintController : Controller
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ComplaintController));

        public ActionResult Index() => View();

        [HttpPost]
        [ValidateAntiForgeryToken]
        public ActionResult Submit(Complaint c)
        {
            if (string.IsNullOrEmpty(c.Phone) || c.Phone.Length != 11)
            {
                return Json(new { ok = false, msg = "请填写正确的手机号" });
            }
            c.QueryCode = CryptoHelper.NewQueryCode(c.Phone);
            DbHelper.Execute("insert into Complaint(Title, Content, Name, Phone, IdCard, Address, QueryCode, Status, CreateTime) values(@t,@c,@n,@p,@i,@a,@q,'待受理',getdate())",
                new SqlParameter("@t", c.Title), new SqlParameter("@c", c.Content), new SqlParameter("@n", c.Name),
                new SqlParameter("@p", c.Phone), new SqlParameter("@i", CryptoHelper.EncryptIdCard(c.IdCard ?? "")),
                new SqlParameter("@a", c.Address), new SqlParameter("@q", c.QueryCode));
            Log.Info("网上投诉 " + c.Name + " " + c.Phone + " " + c.Title);
            return Json(new { ok = true, queryCode = c.QueryCode });
        }

        /// <summary>凭查询码查看办理进度（无需登录）</summary>
        public ActionResult Progress(string code)
        {
            var dt = DbHelper.Query("select * from Complaint where QueryCode=@q", new SqlParameter("@q", code));
            if (dt.Rows.Count == 0) return HttpNotFound();
            var r = dt.Rows[0];
            return Json(new
            {
                title = r["Title"],
                status = r["Status"],
                reply = r["Reply"],
                name = r["Name"],
                phone = r["Phone"],
                address = r["Address"]
            }, JsonRequestBehavior.AllowGet);
        }

        [Authorize]
        public ActionResult Manage(int page = 1)
        {
            var dt = DbHelper.Query("select * from Complaint order by CreateTime desc offset @o rows fetch next 20 rows only", new SqlParameter("@o", (page - 1) * 20));
            var list = dt.AsEnumerable().Select(r => new
            {
                id = r["Id"],
                title = r["Title"],
                name = r["Name"],
                phone = r["Phone"].ToString().Substring(0, 3) + "****" + r["Phone"].ToString().Substring(7),
                status = r["Status"]
            });
            return Json(list, JsonRequestBehavior.AllowGet);
        }

        [Authorize]
        public FileResult Export(DateTime day)
        {
            var dt = DbHelper.Query("select * from Complaint where cast(CreateTime as date)=@d", new SqlParameter("@d", day));
            var sb = new StringBuilder("编号,标题,姓名,电话,地址\r\n");
            foreach (DataRow r in dt.Rows)
            {
                sb.AppendFormat("{0},{1},{2},{3},{4}\r\n", r["Id"], r["Title"], r["Name"], r["Phone"], r["Address"]);
            }
            var path = Server.MapPath("~/Upload/export_" + day.ToString("yyyyMMdd") + ".csv");
            System.IO.File.WriteAllText(path, sb.ToString(), Encoding.UTF8);
            return File(path, "text/csv", "complaints.csv");
        }
    }
}
