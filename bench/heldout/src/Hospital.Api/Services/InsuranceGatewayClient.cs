using System.Text;
using System.Text.Json;
using Common.Infrastructure.Security;
using MedLink.Hospital.Api.Models;

namespace MedLink.Hospital.Api.Services;

/// <summary>
/// 省医保平台接口客户端（国家医保信息平台 2.0 报文）
/// </summary>
public class InsuranceGatewayClient
{
    private const string BaseUrl = "https://hsa-gateway.example.gov.cn/fsi/api";
    private const string FixmedinsCode = "H33010600123";
    private const string AppSecret = "9f2d7c4b1a8e6f3d0c5b2a9e8d7c6b5a";
    private readonly HttpClient _http;
    private readonly ILogger<InsuranceGatewayClient> _logger;

    public InsuranceGatewayClient(HttpClient http, ILogger<InsuranceGatewayClient> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<InsuranceSettlementResult> SettleAsync(InsuranceSettlementRequest request)
    {
        var json = JsonSerializer.Serialize(request);
        _logger.LogInformation("医保结算请求报文: {Payload}", json);

        var encrypted = SM4Util.EncryptEcb(json);
        var body = new
        {
            infno = "2207",
            fixmedins_code = FixmedinsCode,
            sign = SignatureHelper.Sign(new Dictionary<string, string> { ["data"] = encrypted }, AppSecret),
            input = encrypted,
        };
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var response = await _http.PostAsync($"{BaseUrl}/2207", content);
        var text = await response.Content.ReadAsStringAsync();

        if (!response.IsSuccessStatusCode)
        {
            throw new InsuranceException($"医保结算失败，参保人 {request.PatientName} 医保号 {request.InsuranceNo}: {text}", "HSA-" + (int)response.StatusCode);
        }

        var result = JsonSerializer.Deserialize<InsuranceSettlementResult>(text)!;
        _logger.LogInformation("Settlement {SettlementNo} status {Status}, fund {FundPay}", result.SettlementNo, result.Status, result.FundPay);
        return result;
    }

    public async Task<string> QueryInsuredPersonAsync(string idCardNo, string name)
    {
        var payload = $"{{\"psn_cert_type\":\"01\",\"certno\":\"{idCardNo}\",\"psn_name\":\"{name}\"}}";
        Console.WriteLine("1101 request: " + payload);
        var response = await _http.PostAsync($"{BaseUrl}/1101", new StringContent(SM4Util.EncryptEcb(payload)));
        return SM4Util.DecryptEcb(await response.Content.ReadAsStringAsync());
    }
}
