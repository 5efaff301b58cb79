using System.Security.Cryptography;
using System.Text;

namespace Donor.Functions.Security;

/// <summary>电子献血证二维码：donorId|count|ts|sig，医院用血减免时扫码核验</summary>
public class DonorCardSigner
{
    private const string CardKey = "xian-xue-2018-card";

    public string Issue(string donorId, int count)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = $"{donorId}|{count}|{ts}";
        return payload + "|" + Sig(payload);
    }

    public bool Check(string qr)
    {
        var i = qr.LastIndexOf('|');
        if (i < 0) return false;
        return Sig(qr[..i]) == qr[(i + 1)..];
    }

    private static string Sig(string payload)
    {
        using var md5 = MD5.Create();
        var h = md5.ComputeHash(Encoding.UTF8.GetBytes(payload + CardKey));
        return Convert.ToHexString(h)[..12];
    }

    public static string BagCheckChar(string din)
    {
        // ISBT 128 mod 37-2 check character (label printing)
        const string table = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";
        int sum = 0;
        foreach (var ch in din)
        {
            int v = char.IsDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum = ((sum + v) * 2) % 37;
        }
        return table[(38 - sum) % 37].ToString();
    }
}
