using System.Data.SqlClient;
using System.Web.Mvc;
using System.Web.Security;
using Hotline.Legacy.Helpers;
using log4net;

namespace Hotline.Legacy.Controllers
{
    public class AccountController : Controller
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(AccountController));

        [HttpGet]
        public ActionResult Login() => View();

        [HttpPost]
        [ValidateAntiForgeryToken]
        public ActionResult Login(string loginName, string password)
        {
            var dt = DbHelper.Query("select * from AdminUser where LoginName=@n and Password=@p",
                new SqlParameter("@n", loginName),
                new SqlParameter("@p", CryptoHelper.HashPassword(password)));
            if (dt.Rows.Count == 0)
            {
                Log.Warn(string.Format("后台登录失败 {0} / {1}", loginName, password));
                ModelState.AddModelError("", "用户名或密码错误");
                return View();
            }
            FormsAuthentication.SetAuthCookie(loginName, false);
            Log.Info("后台登录 " + loginName);
            return RedirectToAction("Manage", "Complaint");
        }

        [Authorize]
        [HttpPost]
        public ActionResult ChangePassword(string oldPwd, string newPwd)
        {
            var n = DbHelper.Execute("update AdminUser set Password=@np where LoginName=@n and Password=@op",
                new SqlParameter("@np", CryptoHelper.HashPassword(newPwd)),
                new SqlParameter("@n", User.Identity.Name),
                new SqlParameter("@op", CryptoHelper.HashPassword(oldPwd)));
            return Json(new { ok = n == 1 });
        }
    }
}
