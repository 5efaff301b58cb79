using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace JiaXiao.Api.Core;

/// <summary>
/// 合作体检医院回调签名校验
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public class OpenApiSignAttribute : ActionFilterAttribute
{
    private readonly string _appKey;

    public OpenApiSignAttribute(string appKey)
    {
        _appKey = appKey;
    }

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var req = context.HttpContext.Request;
        var ts = req.Headers["X-Timestamp"].ToString();
        var sign = req.Headers["X-Sign"].ToString();
        if (string.IsNullOrEmpty(ts) || string.IsNullOrEmpty(sign))
        {
            context.Result = new UnauthorizedResult();
            return;
        }

        var expect = CryptoUtil.Md5(_appKey + ts + req.Path);
        if (!string.Equals(expect, sign, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new UnauthorizedResult();
        }
    }
}

public static class HmacSigner
{
    /// <summary>公安交管平台规定的 HMAC-SHA256 签名</summary>
    public static string Sign(string secret, string payload)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }
}
