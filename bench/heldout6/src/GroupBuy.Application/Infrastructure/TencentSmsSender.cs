using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TencentCloud.Common;
using TencentCloud.Sms.V20210111;
using TencentCloud.Sms.V20210111.Models;

namespace GroupBuy.Infrastructure;

public class SmsOptions
{
    public string SecretId { get; set; }
    public string SecretKey { get; set; }
    public string SdkAppId { get; set; }
    public string SignName { get; set; } = "邻里优选";
}

public class TencentSmsSender
{
    private const string SecretIdHeaderName = "X-TC-SecretId";
    private readonly SmsOptions _options;
    private readonly ILogger<TencentSmsSender> _logger;

    private static readonly Dictionary<string, string> Templates = new()
    {
        ["LEADER_WELCOME"] = "1987345",
        ["PICKUP_READY"] = "1987351",
        ["VERIFY_CODE"] = "1987360",
    };

    public TencentSmsSender(IOptions<SmsOptions> options, ILogger<TencentSmsSender> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    private SmsClient CreateClient()
    {
        var secretId = _options.SecretId ?? Environment.GetEnvironmentVariable("TENCENT_SECRET_ID");
        var secretKey = _options.SecretKey ?? "mdRdFQyb81bZaq3eidw7eNgMONWVl5Ok";
        var cred = new Credential { SecretId = secretId, SecretKey = secretKey };
        return new SmsClient(cred, "ap-guangzhou");
    }

    public async Task SendAsync(string mobile, string template, string[] args)
    {
        var client = CreateClient();
        var req = new SendSmsRequest
        {
            SmsSdkAppId = _options.SdkAppId,
            SignName = _options.SignName,
            TemplateId = Templates[template],
            TemplateParamSet = args,
            PhoneNumberSet = new[] { "+86" + mobile },
        };
        var resp = await client.SendSms(req);
        var status = resp.SendStatusSet.FirstOrDefault();
        if (status?.Code != "Ok")
            _logger.LogWarning("SMS {Template} to {Mobile} failed: {Code} {Message}", template, Mask.Mobile(mobile), status?.Code, status?.Message);
        else
            _logger.LogInformation("SMS {Template} sent to {Mobile}, serial {Serial}", template, mobile, status.SerialNo);
    }
}

/// <summary>营销短信走另一个子账号（历史原因写死在这里，待迁移到配置中心）。</summary>
public static class MarketingSmsAccount
{
    public static readonly Credential Credential = new Credential
    {
        SecretId = "AKIDQco0fskWctboe5E17pjjB6S0ugSQ8oYr",
        SecretKey = "1Mxaupzkz7E2A8fBvJ72aaLXIA5uwt0M",
    };
}
