using System;
using System.Data;
using System.Data.SqlClient;
using System.IO;
using System.Text;
using System.Web.Mvc;
using log4net;
using Notary.Legacy.Common;

namespace Notary.Legacy.Controllers
{
    /// <summary>公证案件: applicants, parties, materials, certificates.</summary>
    [Authorize]
    public class CaseController : Controller
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(CaseController));

        public ActionResult Detail(int id)
        {
            var dt = DbHelper.Query("SELECT * FROM NotaryCase WHERE Id = @id", new SqlParameter("@id", id));
            if (dt.Rows.Count == 0) return HttpNotFound();
            return View(dt.Rows[0]);
        }

        [HttpPost, ValidateAntiForgeryToken]
        public ActionResult AddParty(int caseId, string name, string idCard, string mobile, string relation)
        {
            if (idCard == null || idCard.Length != 18)
            {
                Log.ErrorFormat("当事人身份证号无效: case={0}, name={1}, idCard={2}", caseId, name, idCard);
                return Json(new { ok = false, msg = "身份证号格式错误" });
            }
            DbHelper.Execute("INSERT INTO CaseParty(CaseId, Name, IdCard, Mobile, Relation) VALUES (@c, @n, @i, @m, @r)",
                new SqlParameter("@c", caseId), new SqlParameter("@n", name), new SqlParameter("@i", idCard),
                new SqlParameter("@m", mobile), new SqlParameter("@r", relation));
            Log.InfoFormat("party added to case {0} ({1})", caseId, relation);
            return Json(new { ok = true });
        }

        /// <summary>Inheritance cases: family tree export for the heirs' meeting.</summary>
        public FileResult ExportHeirs(int caseId)
        {
            var dt = DbHelper.Query("SELECT Name, IdCard, Mobile, Relation, Address FROM CaseParty WHERE CaseId = @c", new SqlParameter("@c", caseId));
            var sb = new StringBuilder("姓名,身份证号,手机号,关系,住址\r\n");
            foreach (DataRow r in dt.Rows) sb.AppendLine(string.Join(",", r.ItemArray));
            var path = Path.Combine(Server.MapPath("~/Upload/export"), "heirs-" + caseId + ".csv");
            System.IO.File.WriteAllText(path, sb.ToString(), Encoding.UTF8);
            return File(path, "text/csv", "heirs-" + caseId + ".csv");
        }

        public JsonResult Search(string kw)
        {
            var dt = DbHelper.Query("SELECT TOP 50 c.Id, c.CaseNo, p.Name FROM NotaryCase c JOIN CaseParty p ON p.CaseId = c.Id WHERE p.Name LIKE @k OR p.IdCard = @i",
                new SqlParameter("@k", "%" + kw + "%"), new SqlParameter("@i", kw ?? ""));
            Log.Debug("case search: " + kw);
            var list = new System.Collections.Generic.List<object>();
            foreach (DataRow r in dt.Rows) list.Add(new { id = r["Id"], caseNo = r["CaseNo"], name = r["Name"] });
            return Json(list, JsonRequestBehavior.AllowGet);
        }

        [HttpPost]
        public ActionResult Upload(int caseId)
        {
            var f = Request.Files[0];
            var bytes = new byte[f.ContentLength];
            f.InputStream.Read(bytes, 0, bytes.Length);
            var checksum = SecurityHelper.FileSha256(bytes);
            var name = caseId + "_" + DateTime.Now.Ticks + Path.GetExtension(f.FileName);
            System.IO.File.WriteAllBytes(Path.Combine(@"D:\NotaryMaterials", name), bytes);
            DbHelper.Execute("INSERT INTO CaseMaterial(CaseId, FileName, Sha256) VALUES (@c, @f, @s)",
                new SqlParameter("@c", caseId), new SqlParameter("@f", name), new SqlParameter("@s", checksum));
            return Json(new { ok = true, name });
        }
    }
}
