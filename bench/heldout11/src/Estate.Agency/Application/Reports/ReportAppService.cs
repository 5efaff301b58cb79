using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Application.Reports;

public record StoreKpi(long StoreId, int NewCustomers, int Viewings, int Deals, decimal Gmv, decimal Commission, decimal ConversionRate);
public record AgentRank(long AgentId, string AgentName, int Deals, decimal Commission, int Rank);

[ApiDescriptionSettings("Report", Name = "Report", Order = 300)]
[Authorize(Roles = "StoreManager,Regional")]
public class ReportAppService : ApplicationService
{
    private readonly SqlSugarRepository<Customer> _customers;
    private readonly SqlSugarRepository<Viewing> _viewings;
    private readonly SqlSugarRepository<Deal> _deals;
    private readonly SqlSugarRepository<Agent> _agents;
    private readonly ILogger<ReportAppService> _logger;

    public ReportAppService(SqlSugarRepository<Customer> customers, SqlSugarRepository<Viewing> viewings,
        SqlSugarRepository<Deal> deals, SqlSugarRepository<Agent> agents, ILogger<ReportAppService> logger)
    {
        _customers = customers;
        _viewings = viewings;
        _deals = deals;
        _agents = agents;
        _logger = logger;
    }

    [HttpGet]
    public async Task<StoreKpi> StoreMonthly(long storeId, int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var to = from.AddMonths(1);
        var agents = await _agents.GetListAsync("StoreId = @storeId", new { storeId });
        var ids = agents.Select(a => a.Id).ToArray();
        var customers = await _customers.GetListAsync("AgentId IN @ids AND CreateTime >= @from AND CreateTime < @to", new { ids, from, to });
        var viewings = await _viewings.GetListAsync("AgentId IN @ids AND AppointAt >= @from AND AppointAt < @to", new { ids, from, to });
        var deals = await _deals.GetListAsync("CreateUserId IN @ids AND CreateTime >= @from AND CreateTime < @to", new { ids, from, to });
        var conv = viewings.Count == 0 ? 0m : Math.Round((decimal)deals.Count / viewings.Count, 4);
        _logger.LogInformation("KPI store {StoreId} {Year}-{Month}: {Customers} customers, {Deals} deals", storeId, year, month, customers.Count, deals.Count);
        return new StoreKpi(storeId, customers.Count, viewings.Count, deals.Count, deals.Sum(d => d.Amount), deals.Sum(d => d.Commission), conv);
    }

    [HttpGet]
    public async Task<List<AgentRank>> Ranking(long storeId, int year, int month)
    {
        var from = new DateTime(year, month, 1);
        var agents = await _agents.GetListAsync("StoreId = @storeId", new { storeId });
        var deals = await _deals.GetListAsync("CreateTime >= @from AND CreateTime < @to", new { from, to = from.AddMonths(1) });
        return agents
            .Select(a => (a, list: deals.Where(d => d.CreateUserId == a.Id).ToList()))
            .OrderByDescending(x => x.list.Sum(d => d.Commission))
            .Select((x, i) => new AgentRank(x.a.Id, x.a.RealName, x.list.Count, x.list.Sum(d => d.Commission), i + 1))
            .ToList();
    }

    /// <summary>Funnel by source channel for the marketing budget.</summary>
    [HttpGet]
    public async Task<Dictionary<string, (int Leads, int Viewed, int Closed)>> Funnel(int year)
    {
        var customers = await _customers.GetListAsync("YEAR(CreateTime) = @year", new { year });
        var viewed = (await _viewings.GetListAsync("YEAR(AppointAt) = @year", new { year })).Select(v => v.CustomerId).ToHashSet();
        var closed = (await _deals.GetListAsync("YEAR(CreateTime) = @year", new { year })).Select(d => d.BuyerId).ToHashSet();
        return customers.GroupBy(c => c.Source ?? "walk-in")
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(c => viewed.Contains(c.Id)), g.Count(c => closed.Contains(c.Id))));
    }
}
