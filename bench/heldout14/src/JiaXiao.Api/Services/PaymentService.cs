using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Furion.DependencyInjection;
using Furion.DynamicApiController;
using JiaXiao.Api.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SqlSugar;

namespace JiaXiao.Api.Services;

[ApiDescriptionSettings("驾校", Name = "Payment", Order = 400)]
public class PaymentService : IDynamicApiController, ITransient
{
    private readonly ISqlSugarClient _db;
    private readonly IConfiguration _config;
    private readonly ILogger<PaymentService> _logger;

    public PaymentService(ISqlSugarClient db, IConfiguration config, ILogger<PaymentService> logger)
    {
        _db = db;
        _config = config;
        _logger = logger;
    }

    /// <summary>
    /// 微信支付 v3 回调
    /// </summary>
    [AllowAnonymous]
    [HttpPost("/api/payment/notify")]
    public async Task<IActionResult> Notify([FromBody] JsonElement body)
    {
        var resource = body.GetProperty("resource");
        var apiV3Key = _config["Payment:WechatPay:ApiV3Key"];
        var plain = DecryptResource(apiV3Key,
            resource.GetProperty("associated_data").GetString(),
            resource.GetProperty("nonce").GetString(),
            resource.GetProperty("ciphertext").GetString());
        var doc = JsonDocument.Parse(plain).RootElement;
        var outTradeNo = doc.GetProperty("out_trade_no").GetString();
        var amount = doc.GetProperty("amount").GetProperty("total").GetInt32() / 100m;
        var openId = doc.GetProperty("payer").GetProperty("openid").GetString();

        var traineeId = long.Parse(outTradeNo!.Split('_')[1]);
        await _db.Updateable<Trainee>()
            .SetColumns(t => t.PaidFee == t.PaidFee + amount)
            .SetColumns(t => t.OpenId == openId)
            .Where(t => t.Id == traineeId)
            .ExecuteCommandAsync();
        _logger.LogInformation("学费到账 order={Order} amount={Amount}", outTradeNo, amount);
        return new OkObjectResult(new { code = "SUCCESS" });
    }

    private static string DecryptResource(string key, string associatedData, string nonce, string ciphertext)
    {
        var data = Convert.FromBase64String(ciphertext);
        var tag = data[^16..];
        var cipher = data[..^16];
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(Encoding.UTF8.GetBytes(key), 16);
        aes.Decrypt(Encoding.UTF8.GetBytes(nonce), cipher, tag, plain, Encoding.UTF8.GetBytes(associatedData ?? ""));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// 分期计划：首付 30%，剩余按月平均
    /// </summary>
    public List<decimal> Installments(decimal total, int months)
    {
        if (months <= 1) return new List<decimal> { total };
        var down = Math.Round(total * 0.3m, 2);
        var rest = total - down;
        var each = Math.Round(rest / months, 2);
        var plan = new List<decimal> { down };
        for (var i = 0; i < months - 1; i++) plan.Add(each);
        plan.Add(rest - each * (months - 1));
        return plan;
    }
}
