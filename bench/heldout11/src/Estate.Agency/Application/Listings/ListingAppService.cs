using Estate.Agency.Application.Customers;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Application.Listings;

public class ListingInput
{
    public string Title { get; set; } = "";
    public string Community { get; set; } = "";
    public string Building { get; set; } = "";
    public string RoomNo { get; set; } = "";
    public decimal Area { get; set; }
    public decimal Price { get; set; }
    public int Bedrooms { get; set; }
    public int Floor { get; set; }
    public int TotalFloors { get; set; }
    public string OwnerName { get; set; } = "";
    public string OwnerPhone { get; set; } = "";
    public string? OwnerIdCard { get; set; }
    public string? CertificateNo { get; set; }
}

public record ListingCard(long Id, string Title, string Community, decimal Area, decimal Price, int Bedrooms, string FloorText, decimal UnitPrice);

[ApiDescriptionSettings("CRM", Name = "Listing", Order = 110)]
[Authorize]
public class ListingAppService : ApplicationService
{
    private readonly SqlSugarRepository<Listing> _listings;
    private readonly ILogger<ListingAppService> _logger;

    public ListingAppService(SqlSugarRepository<Listing> listings, ILogger<ListingAppService> logger)
    {
        _listings = listings;
        _logger = logger;
    }

    [HttpPost]
    public async Task<long> Add([FromBody] ListingInput input)
    {
        if (input.Area <= 0 || input.Price <= 0) throw new UserFriendlyException("面积和价格必须大于 0");
        var dup = await _listings.GetListAsync("Community = @Community AND Building = @Building AND RoomNo = @RoomNo", input);
        if (dup.Count > 0)
            throw new UserFriendlyException($"房源已存在：{input.Community}{input.Building}栋{input.RoomNo}，业主 {input.OwnerName} {input.OwnerPhone}");
        var e = Map<Listing>(input);
        e.AgentId = CurrentUser.Id ?? 0;
        return await _listings.InsertReturnIdAsync(e);
    }

    /// <summary>Public listing cards for the website and the mini-program (no owner data).</summary>
    [HttpGet, AllowAnonymous]
    public async Task<List<ListingCard>> Public(string? community, int? bedrooms)
    {
        var list = await _listings.GetListAsync("Status = 1 AND (@community IS NULL OR Community = @community) AND (@bedrooms IS NULL OR Bedrooms = @bedrooms)", new { community, bedrooms });
        return list.Select(l => new ListingCard(l.Id, l.Title, l.Community, l.Area, l.Price, l.Bedrooms, FloorText(l.Floor, l.TotalFloors), Math.Round(l.Price * 10000 / l.Area, 0))).ToList();
    }

    [HttpGet]
    public async Task<object> OwnerContact(long id)
    {
        var l = await _listings.GetByIdAsync(id) ?? throw new UserFriendlyException("房源不存在");
        _logger.LogInformation("agent {AgentId} viewed owner contact of listing {ListingId}", CurrentUser.Id, id);
        return new { l.OwnerName, Phone = Mask.Phone(l.OwnerPhone), VirtualNumber = "95013" + (id % 100000).ToString("D5") };
    }

    [HttpGet]
    public async Task<string> KeyBoxCode(long id)
    {
        var l = await _listings.GetByIdAsync(id) ?? throw new UserFriendlyException("房源不存在");
        _logger.LogInformation("key box code handed to agent {AgentId} for listing {ListingId}", CurrentUser.Id, id);
        return l.KeyBoxCode ?? "";
    }

    /// <summary>Price-per-floor curve used by the valuation page; nothing personal.</summary>
    public static string FloorText(int floor, int total)
    {
        if (total <= 0) return "未知";
        var ratio = (double)floor / total;
        return ratio switch { < 0.34 => "低楼层", < 0.67 => "中楼层", _ => "高楼层" } + $"/共{total}层";
    }

    public static decimal Valuation(decimal basePrice, decimal area, int floor, int total, int ageYears, bool hasElevator)
    {
        var f = 1m;
        if (total > 7 && !hasElevator) f -= 0.08m;
        if (floor == 1) f -= 0.05m;
        if (floor == total && total > 6) f -= 0.03m;
        f -= Math.Min(ageYears, 30) * 0.006m;
        if (area < 60) f += 0.04m;
        return Math.Round(basePrice * area * f, 2);
    }
}
