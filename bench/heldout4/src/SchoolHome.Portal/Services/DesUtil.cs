using System.Security.Cryptography;
using System.Text;

namespace SchoolHome.Portal.Services;

/// <summary>
/// Kept for the card-reader integration of the canteen (饭卡). The reader firmware only speaks DES,
/// and the student's ID number is the card's account number.
/// </summary>
public static class DesUtil
{
    private const string Key = "Sun$2019";

    public static string Encrypt(string plain)
    {
        using var des = new DESCryptoServiceProvider();
        des.Key = Encoding.ASCII.GetBytes(Key);
        des.IV = new byte[8];
        using var ms = new MemoryStream();
        using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
        {
            var bytes = Encoding.UTF8.GetBytes(plain);
            cs.Write(bytes, 0, bytes.Length);
        }
        return Convert.ToBase64String(ms.ToArray());
    }

    public static string CardPayload(string idCardNo, decimal balance) =>
        Encrypt($"{idCardNo}|{balance:F2}");
}
