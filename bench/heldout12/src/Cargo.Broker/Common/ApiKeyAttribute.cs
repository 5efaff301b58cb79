using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cargo.Broker.Common;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public class ApiKeyAttribute : Attribute, IAuthorizationFilter
{
    private readonly string _key;

    public ApiKeyAttribute(string key) => _key = key;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var got = context.HttpContext.Request.Headers["X-Api-Key"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(got), Encoding.UTF8.GetBytes(_key)))
            context.Result = new UnauthorizedResult();
    }
}

public static class Idempotency
{
    public static string Key(string route, string body)
        => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(route + "\n" + body)));

    public static Guid NameBased(string ns, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(ns + ":" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }

    public static string StoreApiKey(string apiKey)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
}
