using System.Web.Http;
using BranchWealth.Controllers;
using BranchWealth.Models;

namespace BranchWealth.Api;

[RoutePrefix("api/v1/products")]
public class ProductApiController : ApiController
{
    [HttpGet, Route("")]
    public IEnumerable<WealthProduct> List(ProductRisk? maxRisk = null) =>
        ProductCatalog.All.Where(p => maxRisk == null || p.Risk <= maxRisk).OrderBy(p => p.Code);

    [HttpGet, Route("{code}")]
    public IHttpActionResult Get(string code)
    {
        var p = ProductCatalog.Find(code);
        return p == null ? (IHttpActionResult)NotFound() : Ok(p);
    }

    [HttpGet, Route("{code}/quote")]
    public IHttpActionResult Quote(string code, decimal amount, int days)
    {
        var p = ProductCatalog.Find(code);
        if (p == null) return NotFound();
        var error = p.ValidateAmount(amount);
        if (error != null) return BadRequest(error);
        var yield = p.BenchmarkYield ?? 0m;
        var expected = Math.Round(amount * yield * days / 365, 2);
        return Ok(new { p.Code, amount, days, expected, fee = NavCalculator.RedemptionFee(amount, days) });
    }
}
