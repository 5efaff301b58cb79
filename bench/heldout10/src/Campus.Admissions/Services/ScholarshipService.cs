using System.Security.Cryptography;
using System.Text;
using Dapper;
using log4net;

namespace Campus.Admissions.Services;

/// <summary>Freshman scholarships and the payout file for the bursar's bank (代发文件).</summary>
public sealed class ScholarshipService(Db db)
{
    private static readonly ILog Log = LogManager.GetLogger("Scholarship");

    private const string CardKey = "Sch0larshipK3y!2019@Cmp#";

    public static string ProtectCard(string cardNo)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = Encoding.ASCII.GetBytes(CardKey)[..24];
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.PKCS7;
        var data = Encoding.ASCII.GetBytes(cardNo);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    public async Task AwardAsync(long applicantId, string bankCardNo, string holderName, decimal amount)
    {
        using var conn = db.Open();
        await conn.ExecuteAsync("insert into scholarship(applicant_id, card_enc, holder, amount) values(@applicantId,@c,@holderName,@amount)",
            new { applicantId, c = ProtectCard(bankCardNo), holderName, amount });
        Log.InfoFormat("scholarship {0:F2} awarded to applicant {1}, card ****{2}", amount, applicantId, bankCardNo[^4..]);
        Log.Debug("award detail: holder=" + holderName + " card=" + bankCardNo);
    }

    /// <summary>The bank's bulk-payment gateway wants the file signed with our key pair.</summary>
    public static byte[] SignPayoutFile(byte[] file)
    {
        using var rsa = RSA.Create(1024);
        var sig = rsa.SignData(file, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        return sig;
    }

    public static byte[] SealForArchive(byte[] file, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.GenerateIV();
        using var enc = aes.CreateEncryptor();
        return [.. aes.IV, .. enc.TransformFinalBlock(file, 0, file.Length)];
    }

    public async Task<string> WritePayoutFileAsync(string dir)
    {
        using var conn = db.Open();
        var rows = await conn.QueryAsync<(string Holder, string CardEnc, decimal Amount)>("select holder, card_enc, amount from scholarship where paid=0");
        var path = Path.Combine(dir, $"payout-{DateTime.Today:yyyyMMdd}.txt");
        await using var w = new StreamWriter(path, false, Encoding.GetEncoding("GB2312"));
        foreach (var r in rows)
            await w.WriteLineAsync($"{r.Holder}|{UnprotectCard(r.CardEnc)}|{r.Amount:F2}");
        return path;
    }

    private static string UnprotectCard(string enc)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = Encoding.ASCII.GetBytes(CardKey)[..24];
        tdes.Mode = CipherMode.ECB;
        var data = Convert.FromBase64String(enc);
        return Encoding.ASCII.GetString(tdes.CreateDecryptor().TransformFinalBlock(data, 0, data.Length));
    }
}
