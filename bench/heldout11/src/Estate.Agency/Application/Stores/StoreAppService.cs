using Estate.Agency.Framework;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Application.Stores;

[SugarTable("sys_store", "门店")]
public class Store : EntityBase
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string Landline { get; set; } = "";
    public double Lat { get; set; }
    public double Lng { get; set; }
    public long ManagerId { get; set; }
    public string? Region { get; set; }
}

public record StoreCard(long Id, string Name, string Address, string Landline, double DistanceKm);

[ApiDescriptionSettings("System", Name = "Store", Order = 20)]
public class StoreAppService : ApplicationService
{
    private readonly SqlSugarRepository<Store> _stores;

    public StoreAppService(SqlSugarRepository<Store> stores) => _stores = stores;

    /// <summary>Nearest stores for the website's "find a store" map.</summary>
    [HttpGet, AllowAnonymous]
    public async Task<List<StoreCard>> Nearby(double lat, double lng, int take = 5)
    {
        var all = await _stores.GetListAsync("1=1");
        return all
            .Select(s => new StoreCard(s.Id, s.Name, s.Address, s.Landline, Math.Round(Distance(lat, lng, s.Lat, s.Lng), 2)))
            .OrderBy(s => s.DistanceKm)
            .Take(Math.Clamp(take, 1, 20))
            .ToList();
    }

    [HttpPost, Authorize(Roles = "Regional")]
    public async Task<long> Add([FromBody] Store s) => await _stores.InsertReturnIdAsync(s);

    private static double Distance(double lat1, double lng1, double lat2, double lng2)
    {
        var x = (lng2 - lng1) * Math.Cos((lat1 + lat2) / 2 * Math.PI / 180);
        var y = lat2 - lat1;
        return Math.Sqrt(x * x + y * y) * 111.32;
    }
}
