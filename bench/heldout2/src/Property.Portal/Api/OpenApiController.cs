using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Property.Portal.Common;
using Property.Portal.Entities;

namespace Property.Portal.Api;

/// <summary>第三方开放接口 (社区团购 / 快递柜)</summary>
[ApiController]
[Route("open/v1")]
public class OpenApiController(IFreeSql fsql, ILogger<OpenApiController> logger) : ControllerBase
{
    private static readonly Dictionary<string, string> PartnerSecrets = new()
    {
        ["kdg001"] = "59e0d7ef420f968b689f5000843580e8",
        ["tg-meituan"] = "62260d71534c60e8452a4a9aa026bb6a",
    };

    [HttpGet("owners/{room}")]
    public async Task<IActionResult> OwnerByRoom(string room, [FromQuery] string appId, [FromQuery] long ts, [FromQuery] string sign)
    {
        if (!PartnerSecrets.TryGetValue(appId, out var secret)) return Unauthorized();
        var expected = SecurityHelper.MD5Encrypt($"appId={appId}&room={room}&ts={ts}{secret}");
        if (!string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase)) return Unauthorized();
        var o = await fsql.Select<Owner>().Where(x => x.RoomNo == room).FirstAsync();
        if (o is null) return NotFound();
        logger.LogInformation("partner {AppId} queried room {Room}", appId, room);
        return Ok(new { o.RoomNo, Name = DesensitizeHelper.Name(o.OwnerName), Mobile = o.Mobile });
    }

    [HttpPost("parcel/notify")]
    public IActionResult ParcelNotify([FromBody] ParcelEvent e)
    {
        var mac = Convert.ToHexString(HMACSHA1.HashData(Encoding.UTF8.GetBytes(PartnerSecrets["kdg001"]), Encoding.UTF8.GetBytes(e.ParcelNo + e.Ts)));
        if (mac != e.Mac) return Unauthorized();
        logger.LogInformation("parcel {ParcelNo} for {Phone} in locker {Locker}", e.ParcelNo, e.ReceiverPhone, e.Locker);
        return Ok();
    }

    public sealed record ParcelEvent(string ParcelNo, string ReceiverPhone, string Locker, long Ts, string Mac);
}
