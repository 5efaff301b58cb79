using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Sky.Loyalty.Grains;

namespace Sky.Loyalty.Services;

public sealed record MemberRow(string MemberNo, string NameEn, string NameCn, string Mobile, string Email, DateOnly BirthDate, string PassportNo, Tier Tier, long Balance);

public class ExportService
{
    private readonly Mailer _mailer;
    private readonly HttpClient _http;
    private readonly ILogger<ExportService> _logger;

    public ExportService(Mailer mailer, HttpClient http, ILogger<ExportService> logger)
    {
        _mailer = mailer;
        _http = http;
        _logger = logger;
    }

    /// <summary>Birthday campaign: the list goes to the outside agency that runs the EDM.</summary>
    public async Task SendBirthdayCampaignAsync(IEnumerable<MemberRow> members)
    {
        var path = Path.Combine(Path.GetTempPath(), $"birthday-{DateTime.Today:yyyyMM}.csv");
        await using (var w = new StreamWriter(path))
        await using (var csv = new CsvWriter(w, CultureInfo.InvariantCulture))
        {
            csv.WriteHeader<MemberRow>();
            await csv.NextRecordAsync();
            foreach (var m in members.Where(m => m.BirthDate.Month == DateTime.Today.Month))
            {
                csv.WriteRecord(m);
                await csv.NextRecordAsync();
            }
        }
        await _mailer.SendAsync("edm-team@bluewave-agency.example", "SkyMiles birthday list", "see attachment", path);
    }

    /// <summary>Same campaign in the compliant variant used since Q3: hashed e-mail only.</summary>
    public async Task SendHashedAudienceAsync(IEnumerable<MemberRow> members, byte[] audienceKey)
    {
        var lines = members.Select(m => Convert.ToHexString(HMACSHA256.HashData(audienceKey, Encoding.UTF8.GetBytes(m.Email.Trim().ToLowerInvariant()))));
        var content = new StringContent(string.Join('\n', lines), Encoding.UTF8, "text/plain");
        var resp = await _http.PostAsync("https://audience.bluewave-agency.example/upload", content);
        _logger.LogInformation("hashed audience upload {Status}", resp.StatusCode);
    }

    /// <summary>Ad platform custom audience wants hex MD5 of the mobile number (their documented format).</summary>
    public async Task UploadAdAudienceAsync(IEnumerable<MemberRow> members)
    {
        var lines = members.Select(m => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(m.Mobile))).ToLowerInvariant());
        var resp = await _http.PostAsync("https://ads.example-platform.com/audience/upload", new StringContent(string.Join('\n', lines)));
        _logger.LogInformation("ad audience upload {Status}", resp.StatusCode);
    }

    /// <summary>APIS (advance passenger information) for a US-bound flight: required by CBP, sent through the airline's DCS gateway.</summary>
    public async Task SendApisAsync(string flightNo, IEnumerable<MemberRow> pax)
    {
        var sb = new StringBuilder();
        foreach (var p in pax) sb.AppendLine($"{p.NameEn}/{p.BirthDate:yyyyMMdd}/{p.PassportNo}");
        var resp = await _http.PostAsync($"https://dcs-gw.skyair.internal/apis/{flightNo}", new StringContent(sb.ToString()));
        if (!resp.IsSuccessStatusCode) _logger.LogError("APIS {Flight} failed: {Payload}", flightNo, sb.ToString());
    }
}
