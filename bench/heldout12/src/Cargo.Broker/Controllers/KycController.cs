using Cargo.Broker.Common;
using Microsoft.AspNetCore.Mvc;

namespace Cargo.Broker.Controllers;

/// <summary>个人物品清关：上传收件人身份证正反面（小程序）</summary>
[ApiController]
[Route("open/kyc")]
public class KycController : ControllerBase
{
    private readonly IWebHostEnvironment _env;
    private readonly ILogger<KycController> _log;

    public KycController(IWebHostEnvironment env, ILogger<KycController> log)
    {
        _env = env;
        _log = log;
    }

    [HttpPost("{hbl}/idcard")]
    public async Task<IActionResult> Upload(string hbl, [FromForm] string name, [FromForm] string idNo, IFormFile front, IFormFile back)
    {
        if (!IdCard.IsValid(idNo))
            return BadRequest(new { msg = "身份证号校验失败" });

        var dir = Path.Combine(_env.WebRootPath, "uploads", "idcard");
        Directory.CreateDirectory(dir);
        var frontPath = Path.Combine(dir, $"{idNo}_front.jpg");
        await using (var fs = System.IO.File.Create(frontPath)) await front.CopyToAsync(fs);
        await using (var bs = System.IO.File.Create(Path.Combine(dir, $"{idNo}_back.jpg"))) await back.CopyToAsync(bs);

        using var ms = new MemoryStream();
        await front.CopyToAsync(ms);
        _log.LogInformation("kyc for {Hbl}: {Name} {IdNo}, image {Sha1}", hbl, name, idNo.MaskIdNo(), StrUtil.Fingerprint(ms.ToArray()));
        return Ok(new { url = $"/uploads/idcard/{idNo}_front.jpg" });
    }
}
