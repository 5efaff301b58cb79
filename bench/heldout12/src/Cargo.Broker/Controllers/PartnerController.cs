using Cargo.Broker.Common;
using Cargo.Broker.Data;
using Microsoft.AspNetCore.Mvc;

namespace Cargo.Broker.Controllers;

/// <summary>合作电商平台推单接口</summary>
[ApiController]
[Route("partner")]
public class PartnerController : ControllerBase
{
    private readonly ShipmentRepository _repo;
    private readonly ILogger<PartnerController> _log;

    public PartnerController(ShipmentRepository repo, ILogger<PartnerController> log)
    {
        _repo = repo;
        _log = log;
    }

    [HttpPost("orders")]
    [ApiKey("hyp_live_3Fq9Lm2Zx7Wc5Tb1Rn8Vk4")]
    public IActionResult Push([FromBody] List<PartnerOrder> orders)
    {
        foreach (var o in orders)
        {
            var key = Idempotency.Key("partner/orders", o.OrderNo);
            _log.LogInformation("partner order {OrderNo} key {Key}", o.OrderNo, key);
            _repo.Insert(new Shipment
            {
                HblNo = o.OrderNo,
                ConsigneeName = o.ReceiverName,
                ConsigneePhone = o.ReceiverPhone,
                ConsigneeIdNo = o.ReceiverIdNo,
                ConsigneeAddress = o.ReceiverAddress
            });
        }
        return Ok(new { accepted = orders.Count });
    }

    [HttpGet("orders/{orderNo}")]
    [ApiKey("hyp_live_3Fq9Lm2Zx7Wc5Tb1Rn8Vk4")]
    public IActionResult Status(string orderNo)
    {
        var s = _repo.ByHbl(orderNo);
        if (s == null) return NotFound();
        return Ok(new { s.HblNo, s.Status, s.Eta });
    }
}

public record PartnerOrder(string OrderNo, string ReceiverName, string ReceiverPhone, string ReceiverIdNo, string ReceiverAddress, decimal Value);
