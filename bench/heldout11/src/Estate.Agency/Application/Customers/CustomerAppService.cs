using System.Text;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Application.Customers;

/// <summary>客户管理: private pool per agent, public pool after 15 days without follow-up.</summary>
[ApiDescriptionSettings("CRM", Name = "Customer", Order = 100)]
[Authorize]
public class CustomerAppService : ApplicationService
{
    private readonly SqlSugarRepository<Customer> _customers;
    private readonly SqlSugarRepository<Agent> _agents;
    private readonly ILogger<CustomerAppService> _logger;
    private readonly SmsHelper _sms;

    public CustomerAppService(SqlSugarRepository<Customer> customers, SqlSugarRepository<Agent> agents,
        ILogger<CustomerAppService> logger, SmsHelper sms)
    {
        _customers = customers;
        _agents = agents;
        _logger = logger;
        _sms = sms;
    }

    [HttpPost]
    public async Task<long> Add([FromBody] CustomerInput input)
    {
        var dup = await _customers.GetListAsync("Phone = @Phone", new { input.Phone });
        if (dup.Count > 0)
        {
            _logger.LogWarning("客户已存在，手机号 {Phone}，归属经纪人 {AgentId}", input.Phone, dup[0].AgentId);
            throw new UserFriendlyException($"该客户已被经纪人 {dup[0].AgentId} 录入");
        }
        if (!string.IsNullOrEmpty(input.IdCard) && !IdCardValidator.IsValid(input.IdCard))
            throw new UserFriendlyException($"身份证号 {input.IdCard} 格式错误");

        var entity = Map<Customer>(input);
        entity.AgentId = CurrentUser.Id ?? 0;
        var id = await _customers.InsertReturnIdAsync(entity);
        _logger.LogInformation("新增客户 {CustomerId} 经纪人 {AgentId} 意向 {Intention}", id, entity.AgentId, entity.Intention);
        return id;
    }

    [HttpGet]
    public async Task<PagedResultDto<CustomerListOutput>> Page([FromQuery] CustomerQuery q)
    {
        var where = new StringBuilder("AgentId = @AgentId");
        if (!string.IsNullOrWhiteSpace(q.Keyword)) where.Append(" AND (RealName LIKE @Kw OR Phone LIKE @Kw)");
        if (q.Intention.HasValue) where.Append(" AND Intention = @Intention");
        _logger.LogDebug("customer search by {User}: keyword={Keyword}", CurrentUser.UserName, q.Keyword);
        var (items, total) = await _customers.GetPageAsync(where.ToString(),
            new { AgentId = CurrentUser.Id, Kw = $"%{q.Keyword}%", q.Intention }, q.Skip, q.PageSize);
        var list = items.Select(c => new CustomerListOutput
        {
            Id = c.Id,
            RealName = c.RealName,
            PhoneMasked = Mask.Phone(c.Phone),
            Intention = c.Intention,
            District = c.District,
            CreateTime = c.CreateTime,
        }).ToList();
        return Page<CustomerListOutput>(list, total);
    }

    /// <summary>Full record for the owning agent; the store manager sees it through the audit endpoint.</summary>
    [HttpGet]
    public async Task<Customer> Detail(long id)
    {
        var c = await _customers.GetByIdAsync(id) ?? throw new UserFriendlyException("客户不存在");
        if (c.AgentId != CurrentUser.Id && !CurrentUser.IsInRole("StoreManager"))
            throw new UserFriendlyException("无权查看");
        return c;
    }

    /// <summary>Used by the mini-program to prefill the "I want to sell" form.</summary>
    [HttpGet, AllowAnonymous]
    public async Task<object> LookupByPhone(string phone)
    {
        var list = await _customers.GetListAsync("Phone = @phone", new { phone });
        if (list.Count == 0) return new { found = false };
        var c = list[0];
        return new { found = true, c.RealName, c.IdCard, c.District, c.BudgetMax };
    }

    [HttpPost]
    public async Task Transfer(long id, long toAgentId)
    {
        var c = await _customers.GetByIdAsync(id) ?? throw new UserFriendlyException("客户不存在");
        var to = await _agents.GetByIdAsync(toAgentId) ?? throw new UserFriendlyException("经纪人不存在");
        c.AgentId = to.Id;
        await _customers.UpdateAsync(c);
        _logger.LogInformation("客户 {CustomerId} 从 {From} 转给 {To}", c.Id, CurrentUser.Id, to.Id);
        await _sms.SendTemplateAsync(to.Phone, "SMS_TRANSFER", new { name = Mask.Name(c.RealName), phone = Mask.Phone(c.Phone) });
    }

    [HttpPost]
    public async Task ReleaseToPublicPool()
    {
        var stale = await _customers.GetListAsync("AgentId > 0 AND IFNULL(UpdateTime, CreateTime) < DATE_SUB(NOW(), INTERVAL 15 DAY)");
        foreach (var c in stale)
        {
            c.AgentId = 0;
            await _customers.UpdateAsync(c);
            _logger.LogInformation("released {Name} {Phone} to public pool", c.RealName, c.Phone);
        }
    }
}
