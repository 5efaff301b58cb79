using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Pawn.Common;
using Pawn.Entity;

namespace Pawn.Controllers;

/// <summary>
/// 奢侈品鉴定合作方回调（鉴定结果、估价）
/// </summary>
[ApiController]
[Route("api/appraise")]
public class AppraiseApiController : ControllerBase
{
    [HttpPost("result")]
    public IActionResult Result([FromForm] string ticketNo, [FromForm] decimal price, [FromForm] string grade, [FromForm] long ts, [FromForm] string sign)
    {
        var s = Setting.Current;
        var raw = $"grade={grade}&price={price}&ticketNo={ticketNo}&ts={ts}";
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(s.AppraiseSecret));
        var expect = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(raw)));
        if (!string.Equals(expect, sign, StringComparison.OrdinalIgnoreCase))
        {
            XTrace.WriteLine("鉴定回调验签失败 {0}", ticketNo);
            return Unauthorized();
        }

        var t = PawnTicket.Find("TicketNo=@ticketNo", new { ticketNo });
        if (t == null) return NotFound();
        t.Appraisal = price;
        t.Update();
        return Ok(new { code = 0 });
    }

    /// <summary>
    /// 合作方按当票号查当户（对方要求的，需要对方签名）
    /// </summary>
    [HttpGet("owner")]
    public IActionResult Owner(string ticketNo, string sign)
    {
        if (sign != (ticketNo + Setting.Current.AppraiseSecret).MD5())
            return Unauthorized();
        var t = PawnTicket.Find("TicketNo=@ticketNo", new { ticketNo });
        var c = Customer.FindByKey(t.CustomerId);
        return Ok(new { c.Name, c.Mobile, c.CertNo });
    }
}

/// <summary>
/// 记住我 cookie 自动登录
/// </summary>
public class RememberMeMiddleware
{
    private readonly RequestDelegate _next;

    public RememberMeMiddleware(RequestDelegate next) => _next = next;

    public async Task Invoke(HttpContext ctx)
    {
        if (ctx.Session.GetInt32("uid") == null && ctx.Request.Cookies.TryGetValue("pawn_auth", out var v))
        {
            var parts = v.Split('|');
            if (parts.Length == 3 && long.TryParse(parts[1], out var expire) && expire > DateTime.Now.Ticks)
            {
                var user = Entity.User.FindByName(parts[0]);
                if (user != null && (user.Name + expire + user.Password).MD5() == parts[2])
                {
                    ctx.Session.SetInt32("uid", user.Id);
                }
            }
        }
        await _next(ctx);
    }
}
