using Cargo.Broker.Contracts;
using Cargo.Broker.Data;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cargo.Broker.Controllers;

[ApiController]
[Route("api/declaration")]
[Authorize]
public class DeclarationController : ControllerBase
{
    private readonly DeclarationRepository _repo;
    private readonly IPublishEndpoint _bus;

    public DeclarationController(DeclarationRepository repo, IPublishEndpoint bus)
    {
        _repo = repo;
        _bus = bus;
    }

    [HttpPost("{id:long}/submit")]
    public async Task<IActionResult> Submit(long id)
    {
        var d = _repo.Get(id);
        if (d == null) return NotFound();
        if (!IdCard.IsValid(d.BuyerIdNo))
        {
            return Problem(detail: $"订购人 {d.BuyerName} 身份证号 {d.BuyerIdNo} 校验失败", statusCode: 422);
        }
        await _bus.Publish(new DeclarationSubmitted(d.Id, d.OrderNo, d.BuyerName, d.BuyerIdNo, d.DeclaredValue));
        return Accepted();
    }
}

public static class IdCard
{
    private static readonly int[] W = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string Check = "10X98765432";

    public static bool IsValid(string? id)
    {
        if (id is not { Length: 18 }) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * W[i];
        }
        return char.ToUpperInvariant(id[17]) == Check[sum % 11];
    }
}
