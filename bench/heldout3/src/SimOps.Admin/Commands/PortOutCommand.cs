using System.Configuration;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using SimOps.Admin.Data;
using SimOps.Admin.Util;

namespace SimOps.Admin.Commands;

/// <summary>携号转网：生成授权码并报送转网中心（NPC）。</summary>
public sealed class PortOutCommand(SubscriberRepository repo)
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri(ConfigurationManager.AppSettings["PortingCenterUrl"]!) };

    public async Task<int> RunAsync(string msisdn)
    {
        var sub = await repo.FindAsync(msisdn) ?? throw new InvalidOperationException($"号码 {msisdn} 不存在");
        if (sub.RealNameStatus != "Y")
            throw new InvalidOperationException($"{msisdn} 未实名（{sub.CustName} / {sub.CertNo}），不能转出");

        // 授权码 = MD5(号码 + 证件号后 6 位 + 当天日期) 前 6 位，用户凭此到新运营商办理
        var seed = msisdn + sub.CertNo[^6..] + DateTime.Today.ToString("yyyyMMdd");
        var authCode = Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(seed)))[..6];
        await repo.MarkPortOutAsync(msisdn, authCode);

        var user = ConfigurationManager.AppSettings["PortingCenterUser"];
        var pass = ConfigurationManager.AppSettings["PortingCenterPassword"] ?? "Np#c2024!gd";
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{pass}")));

        var resp = await Http.PostAsJsonAsync("portout/authcode", new { msisdn, authCode, certType = sub.CertType, certNoDigest = CryptoUtil.Sha256Hex(sub.CertNo) });
        Console.WriteLine($"授权码已生成并报送：{DesensitizeUtil.Phone(msisdn)} -> {resp.StatusCode}");
        Console.WriteLine($"auth code for {msisdn}: {authCode}");
        return resp.IsSuccessStatusCode ? 0 : 1;
    }
}
