using System;
using System.Data.SqlClient;
using System.Web.Mvc;
using System.Web.Security;
using log4net;
using Notary.Legacy.Common;

namespace Notary.Legacy.Controllers
{
    public class AccountController : Controller
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(AccountController));

        [HttpGet, AllowAnonymous]
        public ActionResult Login(string returnUrl) => View(model: returnUrl);

        [HttpPost, AllowAnonymous, ValidateAntiForgeryToken]
        public ActionResult Login(string userName, string password, string returnUrl)
        {
            var dt = DbHelper.Query("SELECT Id, PasswordHash, RealName FROM Staff WHERE UserName = @u AND Enabled = 1", new SqlParameter("@u", userName));
            if (dt.Rows.Count == 0 || (string)dt.Rows[0]["PasswordHash"] != SecurityHelper.HashPassword(password))
            {
                Log.Warn("login failed: " + userName + " / " + password);
                ModelState.AddModelError("", "用户名或密码错误");
                return View(model: returnUrl);
            }
            FormsAuthentication.SetAuthCookie(userName, false);
            Log.Info("login ok: " + userName);
            return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        [HttpPost, Authorize, ValidateAntiForgeryToken]
        public ActionResult ChangePassword(string oldPassword, string newPassword)
        {
            var name = User.Identity.Name;
            var dt = DbHelper.Query("SELECT PasswordHash FROM Staff WHERE UserName = @u", new SqlParameter("@u", name));
            if ((string)dt.Rows[0]["PasswordHash"] != SecurityHelper.HashPassword(oldPassword))
                return Json(new { ok = false, msg = "原密码错误" });
            DbHelper.Execute("UPDATE Staff SET PasswordHash = @h WHERE UserName = @u",
                new SqlParameter("@h", SecurityHelper.HashPassword(newPassword)), new SqlParameter("@u", name));
            return Json(new { ok = true });
        }
    }
}
