using System.Net.Http.Json;
using System.Text.Json;
using log4net;

namespace ClaimsDesk.Worker.Integration;

/// <summary>Baidu OCR for driving licences and ID cards uploaded with a claim.</summary>
public sealed class OcrClient
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(OcrClient));
    private const string TokenUrl =
        "https://aip.baidubce.com/oauth/2.0/token?grant_type=client_credentials&client_id=Gk3pLmQ8rT2vWx6yZa9bCd4e&client_secret=mAtbkP8u73C62FNJhsQ0wkpw5Xe9RtYu";

    private readonly HttpClient _http;
    private string? _accessToken;

    public OcrClient(HttpClient http) => _http = http;

    public async Task<IdCardOcr> ReadIdCardAsync(byte[] image)
    {
        _accessToken ??= (await _http.GetFromJsonAsync<JsonElement>(TokenUrl)).GetProperty("access_token").GetString();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["image"] = Convert.ToBase64String(image),
            ["id_card_side"] = "front",
        });
        var response = await _http.PostAsync($"https://aip.baidubce.com/rest/2.0/ocr/v1/idcard?access_token={_accessToken}", form);
        var json = await response.Content.ReadAsStringAsync();
        Log.Debug("OCR result: " + json);

        var words = JsonDocument.Parse(json).RootElement.GetProperty("words_result");
        var result = new IdCardOcr(
            words.GetProperty("姓名").GetProperty("words").GetString() ?? "",
            words.GetProperty("公民身份号码").GetProperty("words").GetString() ?? "",
            words.GetProperty("住址").GetProperty("words").GetString() ?? "");
        Log.Info($"OCR recognised ID card for {result.Name}");
        return result;
    }
}

public sealed record IdCardOcr(string Name, string IdNumber, string Address);
