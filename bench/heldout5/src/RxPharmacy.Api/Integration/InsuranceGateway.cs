using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities.Encoders;

namespace RxPharmacy.Api.Integration;

/// <summary>
/// Provincial medical-insurance platform (医保信息平台) for online settlement of prescriptions. The
/// platform's interface spec requires SM3 signatures and SM4 bodies; key material is issued per
/// pharmacy when it is onboarded.
/// </summary>
public sealed class InsuranceGateway
{
    public const string FixMedInsCode = "P33010600127";
    private const string AppId = "rx33010600127a";
    private const string AppSecret = "a97255c297f7cd525c949b4c8f6a82c8";
    private const string Sm4KeyHex = "22b3d6e01be3a7858017545c62f3d5c1";
    private const string Sm2PrivateKeyHex = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";

    private readonly HttpClient _http;
    private readonly ILogger<InsuranceGateway> _logger;

    public InsuranceGateway(HttpClient http, ILogger<InsuranceGateway> logger)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://hsa-gw.zj.example.gov.cn/fsi/api/");
        _logger = logger;
    }

    public async Task<SettlementResult> SettleAsync(string insuranceCardNo, string patientName, string idCard, decimal total, string prescriptionNo)
    {
        var body = JsonSerializer.Serialize(new { psn_no = insuranceCardNo, psn_name = patientName, certno = idCard, medfee_sumamt = total, rx_no = prescriptionNo });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        var encrypted = Sm4Ecb(body);
        var request = new
        {
            appId = AppId,
            timestamp,
            data = encrypted,
            signData = Sm3Sign(AppId + timestamp + encrypted + AppSecret),
            encType = "SM4",
        };

        _logger.LogInformation("Settling {PrescriptionNo} for insured person {CertNo}", prescriptionNo, idCard);
        var response = await _http.PostAsJsonAsync("2207", request);
        var result = await response.Content.ReadFromJsonAsync<SettlementResult>() ?? new SettlementResult("-1", "empty response", 0, 0);
        if (result.Code != "0")
        {
            _logger.LogError("Settlement failed for {PrescriptionNo}: {Code} {Message}", prescriptionNo, result.Code, result.Message);
        }

        return result;
    }

    private static string Sm4Ecb(string plain)
    {
        var cipher = CipherUtilities.GetCipher("SM4/ECB/PKCS7Padding");
        cipher.Init(true, new KeyParameter(Hex.Decode(Sm4KeyHex)));
        return Convert.ToBase64String(cipher.DoFinal(Encoding.UTF8.GetBytes(plain)));
    }

    private static string Sm3Sign(string content)
    {
        var digest = new SM3Digest();
        var bytes = Encoding.UTF8.GetBytes(content);
        digest.BlockUpdate(bytes, 0, bytes.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return Hex.ToHexString(output).ToUpperInvariant();
    }

    public static byte[] Sm2Sign(byte[] payload)
    {
        var curve = ECNamedCurveTable.GetByName("sm2p256v1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N);
        var signer = new SM2Signer();
        signer.Init(true, new ECPrivateKeyParameters(new BigInteger(Sm2PrivateKeyHex, 16), domain));
        signer.BlockUpdate(payload, 0, payload.Length);
        return signer.GenerateSignature();
    }
}

public sealed record SettlementResult(string Code, string Message, decimal FundPaid, decimal SelfPaid);
