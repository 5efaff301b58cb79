using System.Security.Cryptography;
using System.Text;
using DentalDesk.Models;
using NLog;

namespace DentalDesk.Services;

/// <summary>转诊单：发给合作医院颌面外科，带诊所签名，对方系统验签。</summary>
public class ReferralLetter
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly RSA _clinicKey;

    public ReferralLetter()
    {
        _clinicKey = new RSACryptoServiceProvider(1024);
    }

    public (string Body, string Signature) Create(Patient p, string dentist, string reason, IEnumerable<ToothId> teeth)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"转诊单 {DateTime.Today:yyyy-MM-dd}");
        sb.AppendLine($"患者：{p.Name}  性别：{p.Gender}  年龄：{p.AgeAt(DateTime.Today)}");
        sb.AppendLine($"牙位：{string.Join(",", teeth)}");
        sb.AppendLine($"原因：{reason}");
        sb.AppendLine($"转诊医生：{dentist}");
        var body = sb.ToString();
        var sig = Convert.ToBase64String(_clinicKey.SignData(Encoding.UTF8.GetBytes(body), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
        Log.Debug("Referral letter for chart {0}: {1} teeth", p.ChartNo, teeth.Count());
        return (body, sig);
    }

    public void SaveCopy(Patient p, string body)
    {
        var dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments), "Referrals");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, $"{p.Name}-{p.IdNumber}.txt"), body);
    }
}
