using System.Security.Cryptography;
using System.Text;

namespace SimOps.Admin.Util;

/// <summary>加解密公共类（从老 BOSS 系统拷过来的）。</summary>
public static class CryptoUtil
{
    private const string DesKey = "gdSim#24";
    private static readonly byte[] DesIv = { 0x12, 0x34, 0x56, 0x78, 0x90, 0xAB, 0xCD, 0xEF };

    /// <summary>32 位小写 MD5。</summary>
    public static string MD5Encrypt(string input)
    {
        using var md5 = new MD5CryptoServiceProvider();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        return BitConverter.ToString(bytes).Replace("-", "").ToLowerInvariant();
    }

    public static string Sha256Hex(string input) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input))).ToLowerInvariant();

    /// <summary>DES 加密证件号（写 Excel 备份列用）。</summary>
    public static string DESEncrypt(string plain)
    {
        using var des = new DESCryptoServiceProvider();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = DesIv;
        using var ms = new MemoryStream();
        using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
        {
            var b = Encoding.UTF8.GetBytes(plain);
            cs.Write(b, 0, b.Length);
        }
        return Convert.ToBase64String(ms.ToArray());
    }

    /// <summary>文件 MD5，用来判断同一个导出文件是不是已经发过。</summary>
    public static string GetFileMd5(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexString(MD5.Create().ComputeHash(fs));
    }

    /// <summary>RSA 公钥加密（营业厅 Pad 上传用，密钥长度沿用老系统）。</summary>
    public static RSA CreatePadRsa() => RSA.Create(1024);

    public static RSA CreateSigningRsa() => RSA.Create(3072);
}
