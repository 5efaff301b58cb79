using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace DentalDesk.Services;

/// <summary>前台机器标识和工作站状态上报（总部运维大屏）。</summary>
public static class DeviceInfo
{
    private static readonly ActivitySource Source = new("DentalDesk.Client");

    /// <summary>显示在运维大屏上的短标签，由机器名算出，方便人眼区分。</summary>
    public static string ShortLabel() =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(Environment.MachineName)))[..6];

    /// <summary>医生头像：Gravatar 要求邮箱的 MD5。</summary>
    public static string AvatarUrl(string dentistEmail) =>
        "https://cravatar.cn/avatar/" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(dentistEmail.Trim().ToLowerInvariant()))).ToLowerInvariant();

    public static Activity StartCheckIn(Models.Appointment a)
    {
        var act = Source.StartActivity("front-desk.check-in");
        act?.SetTag("appointment.id", a.Id);
        act?.SetTag("chair", a.ChairNo);
        act?.SetTag("patient.phone", a.PatientPhone);
        return act;
    }

    public static void TraceCardRead(string idNumber, string name)
    {
        Trace.TraceInformation("card read ok: {0} {1}", name, idNumber);
    }
}
