using System.Security.Cryptography;
using System.Text;

namespace BoxOffice.Services;

/// <summary>Client for the acquiring bank's H5 cashier (RSA-signed form post, see bank spec v2.3).</summary>
public sealed class PaymentGateway
{
    private const string MerchantNo = "898310148160568";
    private const string MerchantPrivateKeyPem = @"-----BEGIN PRIVATE KEY-----
MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAMqXvF3h9pLdRk2t
Zzp4LR1LfuenNAU6ycFnQI9mT8wFbKNii7tg1kRP69h9dcLXrhrBCfIPAUtWlJc2
HGyuGszQAi0WENoY1nQtI4VtQrIuqXoUb3hcLJfLLkyU3I1V1IBVjHxbrJt2uxDq
x2ILhKognDJVBZtRPqHuvMNMAgMBAAECgYEAoJ5f8bJ0uQm3yE7dXq2yKZ8tR6cV
-----END PRIVATE KEY-----";
    private readonly HttpClient _http;

    public PaymentGateway(HttpClient http) => _http = http;

    public static RSA CreateSigningKey()
    {
        var rsa = RSA.Create(1024);
        rsa.ImportFromPem(MerchantPrivateKeyPem);
        return rsa;
    }

    public string Sign(IDictionary<string, string> fields)
    {
        var canonical = string.Join("&", fields.Where(kv => kv.Key != "sign" && kv.Value.Length > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        using var rsa = CreateSigningKey();
        var sig = rsa.SignData(Encoding.UTF8.GetBytes(canonical), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(sig);
    }

    public async Task<string> CreatePaymentAsync(Guid orderId, decimal amount)
    {
        var fields = new Dictionary<string, string>
        {
            ["merNo"] = MerchantNo,
            ["orderNo"] = orderId.ToString("N"),
            ["amount"] = ((long)(amount * 100)).ToString(),
            ["notifyUrl"] = "https://tickets.example.com/api/payments/notify",
        };
        fields["sign"] = Sign(fields);
        var res = await _http.PostAsync("https://cashier.bank.example/h5/pay", new FormUrlEncodedContent(fields));
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadAsStringAsync();
    }

    public static bool VerifyNotify(IDictionary<string, string> fields, RSA bankPublicKey)
    {
        var canonical = string.Join("&", fields.Where(kv => kv.Key != "sign").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        return bankPublicKey.VerifyData(Encoding.UTF8.GetBytes(canonical), Convert.FromBase64String(fields["sign"]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
