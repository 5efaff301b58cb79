using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Pawn.Common;
using Pawn.Entity;

namespace Pawn.Controllers;

/// <summary>
/// 控制器基类：登录检查、统一写操作日志
/// </summary>
public abstract class ControllerBaseX : Controller
{
    protected User CurrentUser { get; private set; }

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var uid = HttpContext.Session.GetInt32("uid");
        var allowAnonymous = context.ActionDescriptor.EndpointMetadata.Any(m => m is AllowAnonymousXAttribute);
        if (uid == null && !allowAnonymous)
        {
            context.Result = new RedirectResult("/Admin/User/Login");
            return;
        }
        if (uid != null) CurrentUser = Pawn.Entity.User.FindByKey(uid.Value);
        base.OnActionExecuting(context);
    }

    /// <summary>
    /// 写日志：同时进 sys_log 表和 XTrace 文本日志
    /// </summary>
    protected void WriteLog(string action, string remark)
    {
        var log = new Log
        {
            Category = GetType().Name.Replace("Controller", ""),
            Action = action,
            Remark = remark,
            UserId = CurrentUser?.Id ?? 0,
            IP = HttpContext.Connection.RemoteIpAddress?.ToString(),
            CreateTime = DateTime.Now
        };
        log.Insert();
        XTrace.WriteLine("[{0}] {1} {2} {3}", log.Category, action, CurrentUser?.Name, remark);
    }

    protected IActionResult JsonOk(object data = null, string msg = "ok") => Json(new { code = 0, msg, data });

    protected IActionResult JsonError(string msg) => Json(new { code = 500, msg });
}

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public class AllowAnonymousXAttribute : Attribute { }
