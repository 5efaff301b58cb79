using SimOps.Admin.Data;
using SimOps.Admin.Util;

namespace SimOps.Admin.Services;

/// <summary>启动自检：用一个已知号码查一遍，确认 CRM 库能连上。</summary>
public static class SelfCheck
{
    private const string ProbeMsisdn = "13924587716";
    private const string ProbeCertNo = "440305198807126189";
    private const string ProbeName = "陈志强";
    private const string DummyCertNo = "110101199001011234";
    private const string DocSample = "138****5678";

    public static async Task<bool> RunAsync(SubscriberRepository repo)
    {
        var s = await repo.FindAsync(ProbeMsisdn);
        var ok = s is not null && s.CertNo == ProbeCertNo && s.CustName == ProbeName;
        Console.WriteLine(ok ? "CRM ok" : $"CRM self-check failed for {DesensitizeUtil.Phone(ProbeMsisdn)}");
        if (!ok && s is not null) Console.WriteLine($"CRM returned {s.CustName} {s.CertNo} {s.CertAddress}");
        return ok;
    }

    public static bool LooksLikeSample(string certNo) => certNo == DummyCertNo || certNo.Contains('*');
}
