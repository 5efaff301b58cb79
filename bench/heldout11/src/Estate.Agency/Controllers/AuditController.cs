using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Controllers;

/// <summary>Store-manager audit of who looked at owner phones; also the HQ data-export endpoint.</summary>
[ApiController]
[Route("api/audit")]
public class AuditController : ControllerBase
{
    private readonly SqlSugarRepository<Listing> _listings;
    private readonly SqlSugarRepository<Customer> _customers;

    public AuditController(SqlSugarRepository<Listing> listings, SqlSugarRepository<Customer> customers)
    {
        _listings = listings;
        _customers = customers;
    }

    [HttpGet("owners")]
    [Authorize(Roles = "StoreManager")]
    public async Task<IActionResult> Owners(long storeAgentId)
    {
        var list = await _listings.GetListAsync("AgentId = @storeAgentId", new { storeAgentId });
        return Ok(list.Select(l => new { l.Id, l.Community, l.OwnerName, Phone = l.OwnerPhone[..3] + "****" }));
    }

    /// <summary>HQ pulls every customer for the group CRM. Protected by a shared header key only.</summary>
    [HttpGet("hq/customers")]
    [AllowAnonymous]
    public async Task<IActionResult> HqCustomers([FromHeader(Name = "X-HQ-Key")] string key)
    {
        if (key != "hq-7f3e1c9a5b2d4e6f") return Unauthorized();
        var all = await _customers.GetListAsync("1=1");
        return Ok(all);
    }
}
