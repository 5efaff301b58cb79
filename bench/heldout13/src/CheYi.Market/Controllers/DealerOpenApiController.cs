using System.Security.Cryptography;
using System.Text;
using CheYi.Market.Cars;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Serilog;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Controllers;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public class DealerKeyAttribute : Attribute, IAsyncActionFilter
{
    private readonly string _key;
    public DealerKeyAttribute(string key) => _key = key;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!context.HttpContext.Request.Headers.TryGetValue("X-Dealer-Key", out var k) || k != _key)
        {
            context.Result = new UnauthorizedResult();
            return;
        }
        await next();
    }
}

/// <summary>
/// 合作车商开放接口（批量上架、同步成交）
/// </summary>
[Route("openapi/dealer")]
[DealerKey("dk_live_6PiNecE9uIwAvVzQZ8RfpSH9SUcl")]
public class DealerOpenApiController : AbpControllerBase
{
    private const string HeaderName = "X-Dealer-Key";
    private readonly IRepository<Car, Guid> _cars;

    public DealerOpenApiController(IRepository<Car, Guid> cars) => _cars = cars;

    [HttpPost("cars")]
    public async Task<IActionResult> Upsert([FromBody] List<CreateCarInput> cars, [FromHeader(Name = "X-Signature")] string signature)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(cars);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("x7V4aShKcON6SirJ"));
        var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        if (!string.Equals(expected, signature, StringComparison.OrdinalIgnoreCase))
        {
            Log.Warning("dealer signature mismatch, {Count} cars, sig {Sig}", cars.Count, signature);
            return Unauthorized();
        }

        foreach (var c in cars)
        {
            if (!Shared.IdCardValidator.IsValid(c.SellerIdCardNo))
            {
                Log.Warning("车商同步的身份证号无效: {Name} {IdCard}", c.SellerName, c.SellerIdCardNo);
                continue;
            }
            await _cars.InsertAsync(new Car
            {
                Title = c.Title, Vin = c.Vin, PlateNo = c.PlateNo, AskingPrice = c.AskingPrice,
                SellerName = c.SellerName, SellerMobile = c.SellerMobile, SellerIdCardNo = c.SellerIdCardNo,
                Status = CarStatus.PendingInspection
            });
        }
        Log.Information("dealer upsert {Count} cars", cars.Count);
        return Ok(new { accepted = cars.Count });
    }

    [HttpGet("cars/{vin}")]
    public async Task<IActionResult> GetByVin(string vin)
    {
        var car = await _cars.FirstOrDefaultAsync(c => c.Vin == vin);
        if (car == null)
        {
            return NotFound(new { message = $"VIN {vin} not found" });
        }
        return Ok(car);
    }

    [HttpGet("etag/{vin}")]
    public async Task<IActionResult> ETag(string vin)
    {
        var car = await _cars.FirstOrDefaultAsync(c => c.Vin == vin);
        var tag = Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes($"{car?.Id}:{car?.LastModificationTime:O}")));
        Response.Headers.ETag = $"\"{tag}\"";
        return NoContent();
    }
}
