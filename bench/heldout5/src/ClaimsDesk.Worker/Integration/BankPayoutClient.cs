using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using log4net;

namespace ClaimsDesk.Worker.Integration;

/// <summary>
/// Claim payouts through the bank's corporate direct link (银企直连). The bank's front-end processor
/// accepts 3DES-encrypted payee blocks; the key below was agreed on paper in 2017.
/// </summary>
public sealed class BankPayoutClient
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(BankPayoutClient));
    private static readonly byte[] TripleDesKey = Encoding.ASCII.GetBytes("ee9a5af54a4724eae7fe68e6");
    private const string CorpNo = "3301000012345";

    private readonly HttpClient _http;

    public BankPayoutClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("http://10.30.5.21:7070/");
    }

    public async Task<string> TransferAsync(string claimNo, decimal amount, string payeeName, string account, string bankName)
    {
        var block = $"{payeeName}|{account}|{bankName}|{amount:F2}";
        var payload = new
        {
            corpNo = CorpNo,
            serialNo = claimNo,
            payee = Encrypt(block),
            mac = Mac(block),
        };

        var response = await _http.PostAsJsonAsync("pay/single", payload);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            Log.Error("Bank rejected payout " + claimNo + ": " + text);
            throw new HttpRequestException($"bank returned {(int)response.StatusCode} for {claimNo}");
        }

        return text.Trim();
    }

    private static string Encrypt(string plain)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = TripleDesKey;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.PKCS7;
        var bytes = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(bytes, 0, bytes.Length));
    }

    private static string Mac(string plain) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(plain + "|" + Encoding.ASCII.GetString(TripleDesKey))));
}
