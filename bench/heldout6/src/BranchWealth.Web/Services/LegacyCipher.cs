using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>老 CRM 导入接口用的 DES 工具（对方系统还没升级，只认 DES-CBC）。</summary>
public static class LegacyCipher
{
    private static readonly byte[] DesKey = Encoding.ASCII.GetBytes("Wm@Crm16");
    private static readonly byte[] DesIv = Encoding.ASCII.GetBytes("12345678");

    public static string EncryptIdNumber(string idNumber)
    {
        using var des = DES.Create();
        using var enc = des.CreateEncryptor(DesKey, DesIv);
        var data = Encoding.UTF8.GetBytes(idNumber);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    public static string DecryptField(string base64)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = Encoding.ASCII.GetBytes("WealthCrmLegacy3DesKey24");
        tdes.Mode = CipherMode.CBC;
        tdes.IV = new byte[8];
        using var dec = tdes.CreateDecryptor();
        var data = Convert.FromBase64String(base64);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }

    /// <summary>新接口用 AES-256-GCM，密钥来自加密机（HSM）导出的数据密钥。</summary>
    public static byte[] SealV2(byte[] dataKey, byte[] plain, out byte[] nonce, out byte[] tag)
    {
        nonce = RandomNumberGenerator.GetBytes(12);
        tag = new byte[16];
        var cipher = new byte[plain.Length];
        using var gcm = new AesGcm(dataKey, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return cipher;
    }
}
