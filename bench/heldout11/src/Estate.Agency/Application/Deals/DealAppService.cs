using System.Text;
using Estate.Agency.Application.Customers;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

namespace Estate.Agency.Application.Deals;

public class DealInput
{
    public long ListingId { get; set; }
    public long BuyerId { get; set; }
    public string BuyerName { get; set; } = "";
    public string BuyerIdCard { get; set; } = "";
    public string SellerName { get; set; } = "";
    public string SellerIdCard { get; set; } = "";
    public decimal Amount { get; set; }
    public decimal LoanAmount { get; set; }
    public string? LoanBank { get; set; }
}

public record CommissionSplit(long AgentId, string Role, decimal Ratio, decimal Amount);

[ApiDescriptionSettings("CRM", Name = "Deal", Order = 120)]
[Authorize]
public class DealAppService : ApplicationService
{
    private readonly SqlSugarRepository<Deal> _deals;
    private readonly SqlSugarRepository<Listing> _listings;
    private readonly OssHelper _oss;
    private readonly ILogger<DealAppService> _logger;
    private readonly IHttpClientFactory _httpFactory;
    private readonly IConfiguration _cfg;

    public DealAppService(SqlSugarRepository<Deal> deals, SqlSugarRepository<Listing> listings, OssHelper oss,
        ILogger<DealAppService> logger, IHttpClientFactory httpFactory, IConfiguration cfg)
    {
        _deals = deals;
        _listings = listings;
        _oss = oss;
        _logger = logger;
        _httpFactory = httpFactory;
        _cfg = cfg;
    }

    [HttpPost]
    public async Task<long> Create([FromBody] DealInput input)
    {
        if (!IdCardValidator.IsValid(input.BuyerIdCard) || !IdCardValidator.IsValid(input.SellerIdCard))
        {
            _logger.LogWarning("deal rejected: invalid id card buyer={BuyerIdCard} seller={SellerIdCard}", input.BuyerIdCard, input.SellerIdCard);
            throw new UserFriendlyException("买卖双方身份证号校验失败");
        }
        var listing = await _listings.GetByIdAsync(input.ListingId) ?? throw new UserFriendlyException("房源不存在");
        var deal = Map<Deal>(input);
        deal.Commission = Math.Round(input.Amount * 0.02m, 2);
        deal.ContractNo = $"AJ{DateTime.Now:yyyyMMdd}{input.ListingId % 10000:D4}";
        var id = await _deals.InsertReturnIdAsync(deal);
        _logger.LogInformation("deal {DealId} created for listing {ListingId}, amount {Amount}", id, listing.Id, deal.Amount);
        return id;
    }

    /// <summary>Sends the buyer's loan file to the partner bank's mortgage pre-approval API.</summary>
    [HttpPost]
    public async Task SubmitLoan(long id)
    {
        var d = await _deals.GetByIdAsync(id) ?? throw new UserFriendlyException("成交单不存在");
        var http = _httpFactory.CreateClient("bank");
        var body = JsonConvert.SerializeObject(new { d.ContractNo, name = d.BuyerName, idNo = d.BuyerIdCard, d.LoanAmount, d.Amount });
        var resp = await http.PostAsync("/mortgage/preapproval", new StringContent(body, Encoding.UTF8, "application/json"));
        if (!resp.IsSuccessStatusCode)
        {
            var err = await resp.Content.ReadAsStringAsync();
            _logger.LogError("loan submit failed {Status}: {Request} -> {Error}", resp.StatusCode, body, err);
            throw new UserFriendlyException("按揭预审提交失败");
        }
    }

    /// <summary>Property-registration centre (不动产登记中心) transfer pre-check: it needs both parties' identity.</summary>
    [HttpPost]
    public async Task<bool> RegistryPreCheck(long id)
    {
        var d = await _deals.GetByIdAsync(id) ?? throw new UserFriendlyException("成交单不存在");
        var http = _httpFactory.CreateClient("registry");
        var url = $"/api/transfer/precheck?seller={Uri.EscapeDataString(d.SellerIdCard)}&buyer={Uri.EscapeDataString(d.BuyerIdCard)}";
        var resp = await http.GetAsync(url);
        return resp.IsSuccessStatusCode;
    }

    [HttpGet]
    public async Task<IActionResult> ExportMonthly(int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var list = await _deals.GetListAsync("CreateTime >= @from AND CreateTime < @to", new { from, to = from.AddMonths(1) });
        var bytes = ExcelHelper.Build("成交", list,
            ("合同号", d => d.ContractNo),
            ("买方", d => Mask.Name(d.BuyerName)),
            ("买方证件", d => Mask.IdCard(d.BuyerIdCard)),
            ("成交价", d => d.Amount),
            ("佣金", d => d.Commission));
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"deals-{year}{month:D2}.xlsx");
    }

    /// <summary>Tax bureau declaration sheet: full identity is required by the deed-tax form, written to the share the tax agent picks up.</summary>
    [HttpPost, Authorize(Roles = "Finance")]
    public async Task ExportDeedTax(int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var list = await _deals.GetListAsync("Stage >= 3 AND CreateTime >= @from AND CreateTime < @to", new { from, to = from.AddMonths(1) });
        var bytes = ExcelHelper.Build("契税申报", list,
            ("买方姓名", d => d.BuyerName),
            ("买方身份证号", d => d.BuyerIdCard),
            ("成交价", d => d.Amount));
        var dir = Path.Combine(AppContext.BaseDirectory, "wwwroot", "exports");
        Directory.CreateDirectory(dir);
        await System.IO.File.WriteAllBytesAsync(Path.Combine(dir, $"deedtax-{year}{month:D2}.xlsx"), bytes);
    }

    public static IReadOnlyList<CommissionSplit> SplitCommission(decimal commission, long listingAgent, long buyerAgent, long? keyHolder)
    {
        var parts = new List<(long, string, decimal)> { (listingAgent, "房源方", 0.35m), (buyerAgent, "客源方", 0.5m) };
        parts.Add(keyHolder is long k ? (k, "钥匙方", 0.15m) : (listingAgent, "钥匙方", 0.15m));
        return parts.GroupBy(p => (p.Item1, p.Item2))
            .Select(g => new CommissionSplit(g.Key.Item1, g.Key.Item2, g.Sum(x => x.Item3), Math.Round(commission * g.Sum(x => x.Item3), 2)))
            .ToList();
    }

    [HttpGet]
    public async Task<IActionResult> ContractLink(long id)
    {
        var d = await _deals.GetByIdAsync(id) ?? throw new UserFriendlyException("成交单不存在");
        var token = EncryptHelper.Md5(d.ContractNo + d.Id);
        return Ok(new { url = $"{_cfg["PublicBaseUrl"]}/contract/{d.Id}?t={token}" });
    }
}
