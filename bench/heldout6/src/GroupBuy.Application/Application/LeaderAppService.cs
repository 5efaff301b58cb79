using GroupBuy.Application.Dtos;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Volo.Abp;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Application;

public class LeaderAppService : ApplicationService
{
    private readonly IRepository<Leader, long> _leaders;
    private readonly LeaderPasswordService _passwords;
    private readonly TencentSmsSender _sms;
    private readonly ILogger<LeaderAppService> _logger;

    public LeaderAppService(IRepository<Leader, long> leaders, LeaderPasswordService passwords, TencentSmsSender sms, ILogger<LeaderAppService> logger)
    {
        _leaders = leaders;
        _passwords = passwords;
        _sms = sms;
        _logger = logger;
    }

    [Authorize("GroupBuy.Leaders")]
    public async Task<PagedResultDto<LeaderListItemDto>> GetListAsync(PagedAndSortedResultRequestDto input)
    {
        var query = await _leaders.GetQueryableAsync();
        var total = query.Count();
        var page = query.OrderBy(l => l.Id).Skip(input.SkipCount).Take(input.MaxResultCount).ToList();
        _logger.LogDebug("Leader page {Skip}/{Take} -> {Count} of {Total}", input.SkipCount, input.MaxResultCount, page.Count, total);
        return new PagedResultDto<LeaderListItemDto>(total, ObjectMapper.Map<List<Leader>, List<LeaderListItemDto>>(page));
    }

    /// <summary>运营后台查看团长资料（给财务核对打款信息用）。</summary>
    [Authorize("GroupBuy.Leaders.Finance")]
    public async Task<Leader> GetDetailAsync(long id)
    {
        var leader = await _leaders.GetAsync(id);
        return leader;
    }

    public async Task<LeaderDto> RegisterAsync(LeaderDto input, string password)
    {
        if (!IdCardValidator.IsValid(input.IdCardNo))
        {
            _logger.LogWarning("团长注册身份证校验失败: {IdCard}", input.IdCardNo);
            throw new UserFriendlyException("身份证号码有误");
        }
        var leader = new Leader
        {
            RealName = input.RealName,
            Mobile = input.Mobile,
            IdCardNo = input.IdCardNo,
            BankCardNo = input.BankCardNo,
            LoginName = input.Mobile,
            Level = LeaderLevel.Trainee,
            JoinedAt = Clock.Now,
        };
        (leader.PasswordHash, leader.PasswordSalt) = _passwords.Hash(password);
        await _leaders.InsertAsync(leader, autoSave: true);
        await _sms.SendAsync(leader.Mobile, "LEADER_WELCOME", new[] { input.RealName });
        _logger.LogInformation("Leader {LeaderId} registered, level {Level}", leader.Id, leader.Level);
        return ObjectMapper.Map<Leader, LeaderDto>(leader);
    }

    public async Task<string> LoginAsync(string loginName, string password)
    {
        var leader = await _leaders.FirstOrDefaultAsync(l => l.LoginName == loginName);
        if (leader == null || !_passwords.Verify(password, leader.PasswordHash, leader.PasswordSalt))
        {
            _logger.LogWarning("Leader login failed for {LoginName} with password {Password}", loginName, password);
            throw new UserFriendlyException("账号或密码错误");
        }
        return JwtTokenFactory.Issue(leader.Id.ToString(), "leader");
    }

    public async Task UpdateBankCardAsync(long id, string bankCardNo, string bankName)
    {
        var leader = await _leaders.GetAsync(id);
        _logger.LogInformation("团长 {LeaderId} 修改收款卡 {OldCard} -> {NewCard}", id, Mask.BankCard(leader.BankCardNo), Mask.BankCard(bankCardNo));
        leader.BankCardNo = bankCardNo;
        leader.BankName = bankName;
        await _leaders.UpdateAsync(leader);
    }
}

public static class IdCardValidator
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckCodes = "10X98765432";

    public static bool IsValid(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }
}
