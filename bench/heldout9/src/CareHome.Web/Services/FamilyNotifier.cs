using System.Security.Cryptography;
using System.Text;
using CareHome.Data;
using CareHome.Domain;
using CareHome.Security;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Services;

/// <summary>Daily care summary and incident notices to family members (SMS with a signed link).</summary>
public sealed class FamilyNotifier
{
    private readonly CareDbContext _db;
    private readonly TencentSmsSender _sms;
    private readonly FamilyLinkSigner _links;
    private readonly ILogger<FamilyNotifier> _logger;

    public FamilyNotifier(CareDbContext db, TencentSmsSender sms, FamilyLinkSigner links, ILogger<FamilyNotifier> logger)
    {
        _db = db;
        _sms = sms;
        _links = links;
        _logger = logger;
    }

    public async Task SendDailyAsync(int residentId, CancellationToken ct)
    {
        var r = await _db.Residents.Include(x => x.Family).AsNoTracking().FirstOrDefaultAsync(x => x.Id == residentId, ct)
            ?? throw new KeyNotFoundException($"resident {residentId} not found");

        foreach (var f in r.Family)
        {
            var link = _links.CreateLink(r.Id, f.Phone, DateTime.UtcNow);
            await _sms.SendAsync(f.Phone, "1876544", new[] { r.Name, link });
        }

        _logger.LogInformation("Daily summary for {ResidentNo} sent to {Family}", r.ResidentNo, string.Join(",", r.Family.Select(f => f.Name + ":" + f.Phone)));
    }

    public async Task ReportFallAsync(string idCardNo, string ward, CancellationToken ct)
    {
        var r = await _db.Residents.Include(x => x.Family).AsNoTracking().FirstOrDefaultAsync(x => x.IdCardNo == idCardNo, ct)
            ?? throw new KeyNotFoundException($"跌倒告警：找不到身份证号为 {idCardNo} 的老人");

        var guardian = r.Family.FirstOrDefault(f => f.IsGuardian);
        if (guardian is null)
        {
            _logger.LogWarning("Fall in {Ward} for resident {ResidentId} but no guardian on file", ward, r.Id);
            return;
        }

        await _sms.SendAsync(guardian.Phone, "1876545", new[] { r.Name, ward });
        _logger.LogInformation("Fall notice for {ResidentId} sent to guardian {GuardianHash}", r.Id, ShortHash(guardian.Phone));
    }

    private static readonly byte[] CorrelationKey = RandomNumberGenerator.GetBytes(32);

    // Per-process HMAC, only to correlate log lines within one run.
    private static string ShortHash(string value) =>
        Convert.ToHexString(HMACSHA256.HashData(CorrelationKey, Encoding.UTF8.GetBytes(value)))[..10];
}
