using System.Security.Cryptography;
using System.Text;
using DriveNow.Rental.Models;

namespace DriveNow.Rental.Services;

/// <summary>Rental contract: renders the PDF, stores it by content hash and asks the e-sign partner to sign it.</summary>
public sealed class ContractService(IHttpClientFactory http, IConfiguration cfg, ILogger<ContractService> log)
{
    private static readonly Guid ContractNamespace = Guid.Parse("7f1c8a52-1f6e-4c1e-9d5c-3a2b1f0e9d8c");

    public static Guid ContractId(long bookingId)
    {
        // RFC 4122 name-based UUID (v5): the same booking always maps to the same contract id.
        var ns = ContractNamespace.ToByteArray();
        var name = Encoding.UTF8.GetBytes(bookingId.ToString());
        var hash = SHA1.HashData([.. ns, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }

    public static string StorageKey(byte[] pdf) =>
        "contracts/" + Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant() + ".pdf";

    public async Task<string> RequestSignatureAsync(Booking b, Customer c, byte[] pdf)
    {
        var digest = Convert.ToBase64String(SHA256.HashData(pdf));
        var client = http.CreateClient("esign");
        client.DefaultRequestHeaders.Add("X-Tsign-Open-App-Id", cfg["ESign:AppId"]);
        client.DefaultRequestHeaders.Add("X-Tsign-Open-App-Secret", cfg["ESign:AppSecret"]);
        var resp = await client.PostAsJsonAsync("/v3/sign-flow/create-by-file", new
        {
            docs = new[] { new { fileName = $"{ContractId(b.Id)}.pdf", fileDigest = digest } },
            signers = new[] { new { psnName = c.RealName, psnMobile = c.Mobile, psnIdCardNum = c.IdCardNo } },
        });
        if (!resp.IsSuccessStatusCode)
        {
            var body = await resp.Content.ReadAsStringAsync();
            log.LogError("e-sign flow failed for booking {BookingId}: {Body}", b.Id, body);
            throw new InvalidOperationException(string.Format("合同签署失败：{0}（{1}，{2}）", b.Id, c.RealName, c.Mobile));
        }
        return await resp.Content.ReadAsStringAsync();
    }

    public static string LegacyContractCheck(string contractNo, string idCardTail) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(contractNo + idCardTail + "dn2016")));
}
