using Cargo.Broker.Common;
using Cargo.Broker.Data;
using Cargo.Broker.Integrations;
using Microsoft.AspNetCore.Mvc;

namespace Cargo.Broker.Controllers;

/// <summary>小程序/官网公开查询，无需登录</summary>
[ApiController]
[Route("open/track")]
public class TrackingController : ControllerBase
{
    private readonly ShipmentRepository _repo;
    private readonly Kuaidi100Client _kd;
    private readonly ILogger<TrackingController> _log;

    public TrackingController(ShipmentRepository repo, Kuaidi100Client kd, ILogger<TrackingController> log)
    {
        _repo = repo;
        _kd = kd;
        _log = log;
    }

    [HttpGet("{hbl}")]
    public IActionResult Get(string hbl)
    {
        var s = _repo.ByHbl(hbl);
        if (s == null) return NotFound(new { msg = "运单不存在" });
        return Ok(s);
    }

    [HttpGet("{hbl}/brief")]
    public IActionResult Brief(string hbl)
    {
        var s = _repo.ByHbl(hbl);
        if (s == null) return NotFound();
        return Ok(new { s.HblNo, s.Status, s.Pol, s.Pod, s.Eta, Consignee = s.ConsigneeName.Substring(0, 1) + "**" });
    }

    [HttpGet("last-mile")]
    public async Task<IActionResult> LastMile(string com, string num, string phone)
    {
        _log.LogInformation("last-mile query {Com} {Num} phone {Phone}", com, num, phone.Tail4());
        return Content(await _kd.TrackAsync(com, num, phone), "application/json");
    }

    [HttpPost("callback")]
    public IActionResult Callback([FromForm] string param, [FromForm] string sign)
    {
        if (!SignHelper.VerifyCallback(param, sign))
        {
            _log.LogWarning("bad callback sign {Sign}", sign);
            return Unauthorized();
        }
        return Ok(new { result = true, returnCode = "200" });
    }
}
