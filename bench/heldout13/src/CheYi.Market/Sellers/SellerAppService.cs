using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CheYi.Market.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Volo.Abp;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Entities;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Sellers;

public class SellerProfile : Entity<Guid>
{
    public Guid UserId { get; set; }
    public string RealName { get; set; }
    public string Mobile { get; set; }
    public string IdCardNo { get; set; }
    public string Address { get; set; }
    public string BankCardNo { get; set; }
    public bool RealNameVerified { get; set; }
    public DateTime? VerifiedAt { get; set; }
}

public record RealNameInput(string RealName, string IdCardNo, string Mobile, string BankCardNo);

public record VerifyResult(bool Passed, string Code, string Message);

/// <summary>
/// 卖家实名认证（四要素：姓名+身份证+手机号+银行卡）
/// </summary>
[Authorize]
public class SellerAppService : ApplicationService
{
    // 数据宝四要素接口，appKey 由商务提供
    private const string DataBaoAppKey = "b3c7e1f09a6d4c58";
    private const string DataBaoSecret = "NmH6VFM4L2cahwfjHaE3SKvXH17YdaKQ";

    private readonly IRepository<SellerProfile, Guid> _sellers;
    private readonly IHttpClientFactory _httpClientFactory;

    public SellerAppService(IRepository<SellerProfile, Guid> sellers, IHttpClientFactory httpClientFactory)
    {
        _sellers = sellers;
        _httpClientFactory = httpClientFactory;
    }

    public async Task<VerifyResult> VerifyRealNameAsync(RealNameInput input)
    {
        if (!IdCardValidator.IsValid(input.IdCardNo))
        {
            throw new UserFriendlyException("身份证号校验位错误，请检查后重新输入");
        }

        Logger.LogInformation("实名认证请求 user={UserId} input={Input}", CurrentUser.Id, input);

        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var sign = VendorSign(DataBaoAppKey + input.IdCardNo + ts + DataBaoSecret);
        var client = _httpClientFactory.CreateClient();
        var resp = await client.PostAsJsonAsync("https://api.chinadatapay.com/communication/personal/1882", new
        {
            key = DataBaoAppKey,
            name = input.RealName,
            idcard = input.IdCardNo,
            mobile = input.Mobile,
            bankcard = input.BankCardNo,
            timestamp = ts,
            sign
        });

        var body = await resp.Content.ReadFromJsonAsync<VendorResponse>();
        if (body == null || body.code != "10000")
        {
            Logger.LogWarning("四要素认证失败 code={Code} msg={Msg} idcard={IdCard}", body?.code, body?.message, input.IdCardNo.MaskIdCard());
            return new VerifyResult(false, body?.code, "认证未通过，请核对信息");
        }

        var profile = await _sellers.FirstOrDefaultAsync(s => s.UserId == CurrentUser.Id.Value) ?? new SellerProfile();
        profile.UserId = CurrentUser.Id.Value;
        profile.RealName = input.RealName;
        profile.IdCardNo = input.IdCardNo;
        profile.Mobile = input.Mobile;
        profile.BankCardNo = input.BankCardNo;
        profile.RealNameVerified = true;
        profile.VerifiedAt = Clock.Now;
        await _sellers.InsertOrUpdateAsync(profile);

        Logger.LogInformation("卖家实名通过: " + profile.Describe());
        return new VerifyResult(true, "0", "认证成功");
    }

    /// <summary>我的资料</summary>
    public async Task<SellerProfile> GetMineAsync()
    {
        return await _sellers.FirstOrDefaultAsync(s => s.UserId == CurrentUser.Id.Value);
    }

    [Authorize("Market.Sellers.Export")]
    public async Task<string> ExportForPoliceAsync(DateTime from, DateTime to)
    {
        // 公安二手车交易备案，每月报送
        var list = await _sellers.GetListAsync(s => s.VerifiedAt >= from && s.VerifiedAt < to);
        var sb = new StringBuilder("姓名,身份证号,手机号,地址\n");
        foreach (var s in list)
        {
            sb.AppendLine($"{s.RealName},{s.IdCardNo},{s.Mobile},{s.Address}");
        }
        var path = Path.Combine(Path.GetTempPath(), $"seller_{from:yyyyMM}.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        Logger.LogInformation("备案导出 {Count} 条 -> {Path}", list.Count, path);
        return path;
    }

    private static string VendorSign(string raw)
    {
        // 数据宝文档规定：MD5(key+idcard+timestamp+secret) 大写
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(raw));
        return Convert.ToHexString(hash);
    }

    private class VendorResponse
    {
        public string code { get; set; }
        public string message { get; set; }
    }
}
