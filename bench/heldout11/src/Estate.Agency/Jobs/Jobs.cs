using System.Net.Http.Json;
using Coravel.Invocable;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;

namespace Estate.Agency.Jobs;

/// <summary>Every 10 minutes: pushes on-sale listings to the portal (房产门户) feed.</summary>
public class PortalSyncJob : IInvocable
{
    private const string PortalToken = "pt_live_9o0yw2dvzZhA5xVsjcqRzyOePgpXqoGq";
    private readonly SqlSugarRepository<Listing> _listings;
    private readonly HttpClient _http;
    private readonly ILogger<PortalSyncJob> _logger;

    public PortalSyncJob(SqlSugarRepository<Listing> listings, HttpClient http, ILogger<PortalSyncJob> logger)
    {
        _listings = listings;
        _http = http;
        _logger = logger;
    }

    public async Task Invoke()
    {
        var list = await _listings.GetListAsync("Status = 1 AND UpdateTime > DATE_SUB(NOW(), INTERVAL 15 MINUTE)");
        foreach (var l in list)
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, "https://open.fangportal.example/v2/house/push");
            req.Headers.Add("X-Portal-Token", PortalToken);
            req.Content = JsonContent.Create(new { l.Id, l.Title, l.Community, l.Area, l.Price, l.Bedrooms, l.Floor, l.TotalFloors, ownerPhone = l.OwnerPhone });
            var resp = await _http.SendAsync(req);
            if (!resp.IsSuccessStatusCode) _logger.LogWarning("portal push {ListingId} failed {Status}", l.Id, resp.StatusCode);
        }
    }
}

/// <summary>Daily 09:00: remind agents of contracts whose loan approval is pending for more than 7 days.</summary>
public class LoanReminderJob : IInvocable
{
    private readonly SqlSugarRepository<Deal> _deals;
    private readonly SqlSugarRepository<Agent> _agents;
    private readonly SmsHelper _sms;
    private readonly ILogger<LoanReminderJob> _logger;

    public LoanReminderJob(SqlSugarRepository<Deal> deals, SqlSugarRepository<Agent> agents, SmsHelper sms, ILogger<LoanReminderJob> logger)
    {
        _deals = deals;
        _agents = agents;
        _sms = sms;
        _logger = logger;
    }

    public async Task Invoke()
    {
        var pending = await _deals.GetListAsync("Stage = 2 AND CreateTime < DATE_SUB(NOW(), INTERVAL 7 DAY)");
        foreach (var d in pending)
        {
            var agent = await _agents.GetByIdAsync(d.CreateUserId ?? 0);
            if (agent == null) continue;
            await _sms.SendTemplateAsync(agent.Phone, "SMS_LOAN_PENDING", new { contract = d.ContractNo });
            _logger.LogInformation("loan reminder: contract {ContractNo} buyer {Buyer} ({BuyerIdCard})", d.ContractNo, d.BuyerName, d.BuyerIdCard);
        }
    }
}

/// <summary>Nightly: archive the day's customer changes as CSV for the BI team.</summary>
public class CustomerArchiveJob : IInvocable
{
    private readonly SqlSugarRepository<Customer> _customers;

    public CustomerArchiveJob(SqlSugarRepository<Customer> customers) => _customers = customers;

    public async Task Invoke()
    {
        var list = await _customers.GetListAsync("DATE(IFNULL(UpdateTime, CreateTime)) = CURDATE()");
        var path = Path.Combine(Path.GetTempPath(), $"customers-{DateTime.Today:yyyyMMdd}.csv");
        await using var w = new StreamWriter(path);
        await w.WriteLineAsync("id,intention,district,budget_min,budget_max,agent");
        foreach (var c in list)
            await w.WriteLineAsync($"{c.Id},{c.Intention},{c.District},{c.BudgetMin},{c.BudgetMax},{c.AgentId}");
    }
}
