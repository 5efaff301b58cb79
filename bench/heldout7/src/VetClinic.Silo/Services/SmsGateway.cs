using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace VetClinic.Services;

/// <summary>SMS through Twilio for overseas branches; the mainland branches use the Aliyun adapter below.</summary>
public sealed class SmsGateway
{
    private const string AccountSid = "ACef6f595a3c9730c252a1d9f7e0200d6a";
    private const string AuthToken = "c91d825c3e65e8781c0366ac030e826a";
    private readonly string _from;
    private readonly AliyunSmsAdapter _aliyun;

    public SmsGateway(Microsoft.Extensions.Configuration.IConfiguration config, AliyunSmsAdapter aliyun)
    {
        TwilioClient.Init(AccountSid, AuthToken);
        _from = config["Sms:From"] ?? "+85230011234";
        _aliyun = aliyun;
    }

    public async Task SendAsync(string mobile, string text)
    {
        if (mobile.StartsWith("+86") || mobile.Length == 11)
        {
            await _aliyun.SendAsync(mobile.TrimStart('+', '8', '6'), text);
            return;
        }
        await MessageResource.CreateAsync(to: new PhoneNumber(mobile), from: new PhoneNumber(_from), body: text);
    }
}

public sealed class AliyunSmsAdapter
{
    private readonly AlibabaCloud.SDK.Dysmsapi20170525.Client _client;

    public AliyunSmsAdapter()
    {
        var cfg = new AlibabaCloud.OpenApiClient.Models.Config
        {
            AccessKeyId = "LTAI5tsKYiWRpRVWz6dxnNdk",
            AccessKeySecret = "SIFFS5gLEpC7DMBHDMO4ep3HtUJ3iB",
            Endpoint = "dysmsapi.aliyuncs.com",
        };
        _client = new AlibabaCloud.SDK.Dysmsapi20170525.Client(cfg);
    }

    public Task SendAsync(string mobile, string text) =>
        _client.SendSmsAsync(new AlibabaCloud.SDK.Dysmsapi20170525.Models.SendSmsRequest
        {
            PhoneNumbers = mobile,
            SignName = "爱宠动物医院",
            TemplateCode = "SMS_46120017",
            TemplateParam = System.Text.Json.JsonSerializer.Serialize(new { text }),
        });
}
