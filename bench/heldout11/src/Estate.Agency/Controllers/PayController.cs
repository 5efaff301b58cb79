using System.Xml.Linq;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Controllers;

[ApiController]
[Route("api/pay")]
public class PayController : ControllerBase
{
    private readonly WeChatPayHelper _pay;
    private readonly ILogger<PayController> _logger;

    public PayController(WeChatPayHelper pay, ILogger<PayController> logger) { _pay = pay; _logger = logger; }

    [HttpPost("wechat-notify")]
    public async Task<ContentResult> WeChatNotify()
    {
        using var reader = new StreamReader(Request.Body);
        var xml = await reader.ReadToEndAsync();
        var fields = XElement.Parse(xml).Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
        if (!_pay.VerifyNotify(fields))
        {
            _logger.LogWarning("wechat notify sign mismatch for {OutTradeNo}", fields.GetValueOrDefault("out_trade_no"));
            return Content("<xml><return_code><![CDATA[FAIL]]></return_code></xml>", "text/xml");
        }
        _logger.LogInformation("intention deposit paid {OutTradeNo} {TotalFee} openid={OpenId}", fields["out_trade_no"], fields["total_fee"], fields.GetValueOrDefault("openid"));
        return Content("<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>", "text/xml");
    }
}
