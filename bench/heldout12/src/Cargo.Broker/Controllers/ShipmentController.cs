using System.Text;
using Cargo.Broker.Common;
using Cargo.Broker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cargo.Broker.Controllers;

[ApiController]
[Route("api/shipment")]
[Authorize(Roles = "ops")]
public class ShipmentController : ControllerBase
{
    private readonly ShipmentRepository _repo;
    private readonly IWebHostEnvironment _env;
    private readonly ILogger<ShipmentController> _logger;

    public ShipmentController(ShipmentRepository repo, IWebHostEnvironment env, ILogger<ShipmentController> logger)
    {
        _repo = repo;
        _env = env;
        _logger = logger;
    }

    [HttpGet("search")]
    public IActionResult Search(string keyword, int page = 1, int size = 20)
    {
        _logger.LogInformation("ops {User} searched shipments by '{Keyword}'", User.Identity?.Name, keyword);
        var list = _repo.Search(keyword, page, size);
        return Ok(list.Select(s => new
        {
            s.Id, s.HblNo, s.MblNo, s.ContainerNo, s.Status,
            Consignee = s.ConsigneeName,
            Phone = s.ConsigneePhone.MaskMobile(),
            IdNo = s.ConsigneeIdNo.MaskIdNo()
        }));
    }

    [HttpGet("{id:long}")]
    public IActionResult Detail(long id)
    {
        var s = _repo.Get(id);
        return s == null ? NotFound() : Ok(s);
    }

    [HttpGet("export")]
    public IActionResult Export(DateTime from, DateTime to)
    {
        var rows = _repo.Search("", 1, 5000).Where(s => s.Eta >= from && s.Eta <= to);
        var sb = new StringBuilder("提单号,收货人,电话,身份证号,地址\n");
        foreach (var s in rows)
            sb.Append(s.HblNo).Append(',').Append(s.ConsigneeName).Append(',').Append(s.ConsigneePhone).Append(',')
              .Append(s.ConsigneeIdNo).Append(',').Append(s.ConsigneeAddress).Append('\n');
        var file = $"export_{DateTime.Now:yyyyMMddHHmmss}.csv";
        System.IO.File.WriteAllText(Path.Combine(_env.WebRootPath, "exports", file), sb.ToString(), Encoding.UTF8);
        return Ok(new { url = "/exports/" + file });
    }
}
