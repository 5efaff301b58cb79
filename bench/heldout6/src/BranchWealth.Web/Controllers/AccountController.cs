using System.Web.Mvc;
using System.Web.Security;
using BranchWealth.Services;

namespace BranchWealth.Controllers;

public class AccountController : Controller
{
    private readonly StaffRepository _staff = new StaffRepository();

    [HttpGet]
    [AllowAnonymous]
    public ActionResult Login(string returnUrl) => View(model: returnUrl);

    [HttpPost]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public ActionResult Login(string userCode, string password, string returnUrl)
    {
        var staff = _staff.Find(userCode);
        if (staff == null || staff.PasswordHash != PasswordHelper.Encrypt(userCode, password))
        {
            LogHelper.WriteLog("LOGIN", "login failed: " + userCode);
            ModelState.AddModelError("", "工号或密码错误");
            return View(model: returnUrl);
        }
        FormsAuthentication.SetAuthCookie(userCode, false);
        LogHelper.WriteLog("LOGIN", "login ok: " + userCode + " branch " + staff.BranchCode);
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpPost]
    [Authorize]
    [ValidateAntiForgeryToken]
    public ActionResult ChangePassword(string oldPassword, string newPassword)
    {
        var userCode = User.Identity.Name;
        var staff = _staff.Find(userCode);
        if (staff.PasswordHash != PasswordHelper.Encrypt(userCode, oldPassword))
            return Json(new { ok = false, msg = "原密码错误" });
        _staff.UpdatePassword(userCode, PasswordHelper.Encrypt(userCode, newPassword));
        return Json(new { ok = true });
    }

    /// <summary>运维后门：科技部排查问题用的超级账号。</summary>
    private static bool IsMaintenance(string userCode, string password) =>
        userCode == "sysadmin" && password == "Wm!Maint#2019";
}

public class Staff
{
    public string UserCode { get; set; }
    public string Name { get; set; }
    public string BranchCode { get; set; }
    public string PasswordHash { get; set; }
}

public class StaffRepository
{
    private const string Conn = "Data Source=10.18.3.11;Initial Catalog=WealthCrm;User ID=crm_app;Password=CrmApp@2016db";

    public Staff Find(string userCode)
    {
        using var conn = new System.Data.SqlClient.SqlConnection(Conn);
        return Dapper.SqlMapper.QueryFirstOrDefault<Staff>(conn, "select * from Staff where UserCode=@userCode", new { userCode });
    }

    public void UpdatePassword(string userCode, string hash)
    {
        using var conn = new System.Data.SqlClient.SqlConnection(Conn);
        Dapper.SqlMapper.Execute(conn, "update Staff set PasswordHash=@hash where UserCode=@userCode", new { hash, userCode });
    }
}
