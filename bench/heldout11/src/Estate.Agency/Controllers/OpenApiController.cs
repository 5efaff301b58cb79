using System.Security.Cryptography;
using System.Text;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Controllers;

/// <summary>Open API for franchise stores' own systems: app key + timestamp + sign.</summary>
[ApiController]
[Route("openapi")]
public class OpenApiController : ControllerBase
{
    private static readonly Dictionary<string, string> AppSecrets = new()
    {
        ["fr_hangzhou_xh"] = "DmLPEb1glNPUKN872BS0xli1u0fED59A",
        ["fr_ningbo_yz"] = "FqJ2o0yNu1e2ODiq8ZTIJ1URbc71",
    };

    private readonly SqlSugarRepository<Customer> _customers;
    private readonly ILogger<OpenApiController> _logger;

    public OpenApiController(SqlSugarRepository<Customer> customers, ILogger<OpenApiController> logger)
    {
        _customers = customers;
        _logger = logger;
    }

    private bool CheckSign(string appKey, long ts, string sign, string body)
    {
        if (!AppSecrets.TryGetValue(appKey, out var secret)) return false;
        if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - ts) > 300) return false;
        var expected = EncryptHelper.Md5(appKey + ts + body + secret);
        return string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase);
    }

    [HttpPost("customer/push")]
    public async Task<IActionResult> PushCustomer([FromHeader(Name = "X-App-Key")] string appKey, [FromHeader(Name = "X-Timestamp")] long ts,
        [FromHeader(Name = "X-Sign")] string sign)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (!CheckSign(appKey, ts, sign, body))
        {
            _logger.LogWarning("bad sign from {AppKey}, body {Body}", appKey, body);
            return Unauthorized();
        }
        var c = Newtonsoft.Json.JsonConvert.DeserializeObject<Customer>(body)!;
        c.Source = appKey;
        var id = await _customers.InsertReturnIdAsync(c);
        return Ok(new { id });
    }

    [HttpGet("ping")]
    public IActionResult Ping() => Ok(new { server = Environment.MachineName, time = DateTime.UtcNow });

    /// <summary>Webhook from the e-sign platform; HMAC-SHA256 with the secret from configuration.</summary>
    [HttpPost("esign/callback")]
    public async Task<IActionResult> ESignCallback([FromServices] IConfiguration cfg)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var secret = cfg["ESign:CallbackSecret"] ?? "";
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var sig = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sig.ToLowerInvariant()),
                Encoding.ASCII.GetBytes((Request.Headers["X-Tsign-Open-Signature"].ToString() ?? "").ToLowerInvariant())))
            return Unauthorized();
        return Ok();
    }
}
