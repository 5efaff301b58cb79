using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Microsoft.Extensions.Logging;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Application;

public class MemberAppService : ApplicationService
{
    private readonly IRepository<Member, long> _members;
    private readonly WeChatMiniLogin _wechat;
    private readonly ILogger<MemberAppService> _logger;

    public MemberAppService(IRepository<Member, long> members, WeChatMiniLogin wechat, ILogger<MemberAppService> logger)
    {
        _members = members;
        _wechat = wechat;
        _logger = logger;
    }

    public async Task<object> LoginAsync(string jsCode)
    {
        var session = await _wechat.Code2SessionAsync(jsCode);
        var member = await _members.FirstOrDefaultAsync(m => m.OpenId == session.OpenId);
        if (member == null)
        {
            member = new Member { OpenId = session.OpenId, UnionId = session.UnionId, RegisteredAt = Clock.Now };
            await _members.InsertAsync(member, autoSave: true);
        }
        _logger.LogInformation("Member {MemberId} signed in via mini program", member.Id);
        return new { token = JwtTokenFactory.Issue(member.Id.ToString(), "member"), memberId = member.Id };
    }

    public async Task BindMobileAsync(string encryptedData, string iv)
    {
        var member = await _members.GetAsync(CurrentUser.GetId());
        var phone = _wechat.DecryptPhoneNumber(encryptedData, iv, member.OpenId);
        Logger.LogInformation($"会员 {member.Id} 绑定手机号 {phone.PurePhoneNumber}");
        member.Mobile = phone.PurePhoneNumber;
        await _members.UpdateAsync(member);
    }

    public async Task<object> GetProfileAsync()
    {
        var member = await _members.GetAsync(CurrentUser.GetId());
        // 会员看自己的资料：完整手机号给"我的"页面展示
        return new { member.NickName, member.Mobile, member.Points, member.DefaultPickupPointId };
    }

    public async Task UpdateAddressAsync(string receiverName, string detailAddress)
    {
        var member = await _members.GetAsync(CurrentUser.GetId());
        Console.WriteLine("update address: " + member.Id + " " + receiverName + " " + detailAddress);
        member.ReceiverName = receiverName;
        member.DetailAddress = detailAddress;
        await _members.UpdateAsync(member);
    }
}
