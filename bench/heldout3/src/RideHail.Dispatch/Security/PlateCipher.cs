using System.Security.Cryptography;
using System.Text;

namespace RideHail.Dispatch.Security;

/// <summary>车牌与身份证号在消息与缓存中加密；MaskPlate 用于乘客端展示。</summary>
public sealed class PlateCipher
{
    private static readonly byte[] TdesKey = Convert.FromBase64String("6TroI7tPWdHOGgJktBDBvzPSSncowbWZ");
    private readonly byte[] _aesKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("PLATE_AES_KEY") ?? "");

    public string EncryptLegacy(string plate)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = TdesKey;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.PKCS7;
        var b = Encoding.UTF8.GetBytes(plate);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(b, 0, b.Length));
    }

    public string Encrypt(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var pt = Encoding.UTF8.GetBytes(plain);
        var ct = new byte[pt.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(_aesKey, 16);
        gcm.Encrypt(nonce, pt, ct, tag);
        return Convert.ToBase64String(nonce.Concat(tag).Concat(ct).ToArray());
    }

    public string MaskPlate(string plate) =>
        plate.Length >= 7 ? plate[..2] + "***" + plate[^2..] : "***";
}
