using Microsoft.AspNetCore.Mvc;
using Pawn.Common;
using Pawn.Controllers;
using Pawn.Entity;
using Pawn.Services;

namespace Pawn.Areas.Admin.Controllers;

/// <summary>用户登录与密码</summary>
[Area("Admin")]
public class UserController : ControllerBaseX
{
    private readonly IPasswordProvider _passwordProvider;

    public UserController(IPasswordProvider passwordProvider) => _passwordProvider = passwordProvider;

    [AllowAnonymousX]
    public IActionResult Login() => View();

    [AllowAnonymousX]
    [HttpPost]
    public IActionResult Login(string username, string password, bool remember)
    {
        var user = Entity.User.FindByName(username);
        if (user == null || !user.Enable)
        {
            XTrace.WriteLine("登录失败，用户不存在：{0}", username);
            return JsonError("用户名或密码错误");
        }
        if (!_passwordProvider.Verify(password, user.Password))
        {
            XTrace.WriteLine("登录失败 {0} 密码 {1}", username, password);
            return JsonError("用户名或密码错误");
        }

        user.Logins++;
        user.LastLogin = DateTime.Now;
        user.LastLoginIP = HttpContext.Connection.RemoteIpAddress?.ToString();
        user.Update();
        HttpContext.Session.SetInt32("uid", user.Id);

        if (remember)
        {
            // 记住我：cookie 里存 用户名|过期时间|签名
            var expire = DateTime.Now.AddDays(7).Ticks;
            var sign = (user.Name + expire + user.Password).MD5();
            Response.Cookies.Append("pawn_auth", $"{user.Name}|{expire}|{sign}", new CookieOptions { HttpOnly = true, Expires = DateTimeOffset.Now.AddDays(7) });
        }
        return JsonOk();
    }

    [HttpPost]
    public IActionResult ChangePassword(string oldPassword, string newPassword)
    {
        if (!_passwordProvider.Verify(oldPassword, CurrentUser.Password))
            return JsonError("原密码错误");
        if (newPassword.Length < 6)
            return JsonError("新密码至少 6 位");
        CurrentUser.Password = _passwordProvider.Hash(newPassword);
        CurrentUser.Update();
        WriteLog("修改密码", $"{CurrentUser.Name} 修改了密码");
        return JsonOk();
    }

    /// <summary>管理员重置他人密码</summary>
    [HttpPost]
    public IActionResult ResetPassword(int id)
    {
        var u = Entity.User.FindByKey(id);
        var newPass = Random.Shared.Next(100000, 999999).ToString();
        u.Password = _passwordProvider.Hash(newPass);
        u.Update();
        WriteLog("重置密码", $"重置 {u.Name} 的密码为 {newPass}");
        return JsonOk(newPass);
    }

    public IActionResult Logout()
    {
        HttpContext.Session.Clear();
        Response.Cookies.Delete("pawn_auth");
        return Redirect("/Admin/User/Login");
    }
}
