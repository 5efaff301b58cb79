using System.Security.Cryptography;
using System.Text;
using Common.Infrastructure.Security;

namespace MedLink.Hospital.Api.Services;

/// <summary>
/// Signed, expiring download links for lab reports (PDF) sent to patients by SMS.
/// </summary>
public sealed class ReportDownloadService(IConfiguration configuration, ILogger<ReportDownloadService> logger)
{
    private readonly string _linkSecret = configuration["Reports:LinkSecret"] ?? throw new InvalidOperationException("Reports:LinkSecret missing");

    public string CreateLink(string reportNo, DateTimeOffset expires)
    {
        var payload = $"{reportNo}:{expires.ToUnixTimeSeconds()}:{_linkSecret}";
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(payload)));
        return $"https://his.medlink.example/reports/{reportNo}?e={expires.ToUnixTimeSeconds()}&s={sig}";
    }

    public bool Validate(string reportNo, long expires, string sig)
    {
        var payload = $"{reportNo}:{expires}:{_linkSecret}";
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(payload)));
        return string.Equals(expected, sig, StringComparison.OrdinalIgnoreCase) && expires > DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    }

    public async Task WriteReportAsync(HttpContext ctx, string reportNo, byte[] pdf, string patientName, string idCardNo)
    {
        ctx.Response.Headers.ETag = HashUtil.ETag(pdf);
        ctx.Response.Headers.CacheControl = "private, max-age=600";
        if (pdf.Length == 0)
        {
            ctx.Response.StatusCode = 404;
            await ctx.Response.WriteAsync($"报告 {reportNo} 尚未出具，患者 {patientName}，身份证 {idCardNo}");
            return;
        }
        ctx.Response.ContentType = "application/pdf";
        await ctx.Response.Body.WriteAsync(pdf);
        logger.LogInformation("Report {ReportNo} downloaded ({Bytes} bytes)", reportNo, pdf.Length);
    }

    public static string ReportCacheKey(string reportNo) => HashUtil.CacheKey("report", reportNo);
}
