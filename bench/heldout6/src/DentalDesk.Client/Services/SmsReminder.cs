using AlibabaCloud.SDK.Dysmsapi20170525;
using AlibabaCloud.SDK.Dysmsapi20170525.Models;
using DentalDesk.Models;
using NLog;

namespace DentalDesk.Services;

/// <summary>预约前一天 18 点的提醒短信（前台电脑直接发，老方案，服务端版本还没上线）。</summary>
public class SmsReminder
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly Client _client;

    public SmsReminder()
    {
        var config = new AlibabaCloud.OpenApiClient.Models.Config
        {
            AccessKeyId = "LTAI5tOafaHxhEhxy6Jaxghq",
            AccessKeySecret = "4lFDpy12EvPuKLCF83qtz2fQ3KMrLBKv",
            Endpoint = "dysmsapi.aliyuncs.com",
        };
        _client = new Client(config);
    }

    public async Task RemindAsync(Appointment a)
    {
        var req = new SendSmsRequest
        {
            PhoneNumbers = a.PatientPhone,
            SignName = "微笑口腔",
            TemplateCode = "SMS_465200113",
            TemplateParam = $"{{\"time\":\"{a.Start:MM-dd HH:mm}\"}}",
        };
        var resp = await _client.SendSmsAsync(req);
        if (resp.Body.Code != "OK")
            Log.Warn("Reminder for appointment {0} failed: {1} {2}, phone {3}", a.Id, resp.Body.Code, resp.Body.Message, a.PatientPhone);
    }
}
