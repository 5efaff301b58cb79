using System.Security.Cryptography;
using System.Text;

namespace RideHail.Dispatch.Security;

/// <summary>司机提现：调用合作银行代付接口。</summary>
public sealed class PayoutSigner
{
    private const string BankMerchantNo = "305440300018231";
    private const string BankSignKey = "b74447f70893bcf4e395e318";
    private static readonly (string AccessKey, string SecretKey) TencentCos = ("AKID9S61T61YZMYPuBJKJNbv20X8MDqvTwE3", "ixWHX5u46nq75Ig4VvOdPugmtHyPeTG1");

    public string SignPayout(string driverId, string bankCardNo, decimal amount)
    {
        var raw = $"merNo={BankMerchantNo}&card={bankCardNo}&amt={amount:F2}&key={BankSignKey}";
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(raw)));
    }

    public byte[] EncryptCardForBank(string bankCardNo, byte[] bankKey24)
    {
        using var tdes = new TripleDESCryptoServiceProvider { Key = bankKey24, Mode = CipherMode.CBC, IV = new byte[8] };
        var b = Encoding.ASCII.GetBytes(bankCardNo);
        return tdes.CreateEncryptor().TransformFinalBlock(b, 0, b.Length);
    }

    public string CheckValue(byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToHexString(aes.EncryptEcb(new byte[16], PaddingMode.None))[..6];
    }

    public bool IsCosKey(string ak) => ak is "AKID9S61T61YZMYPuBJKJNbv20X8MDqvTwE3";
}
