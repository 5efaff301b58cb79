using System.Security.Cryptography;
using System.Text;

namespace Attend.FaceSync.Devices;

public sealed record Visitor(string Name, string IdCardNo, string Mobile, string Company, string HostEmployeeNo, DateTime ValidUntil);

/// <summary>Visitor registration at the plant gate: the guard scans the visitor's ID card, the kiosk prints a QR pass the turnstile reads offline.</summary>
public class VisitorKiosk
{
    private const string PassSalt = "plantA-visitor";
    private readonly ILogger<VisitorKiosk> _logger;
    private readonly string _logDir;

    public VisitorKiosk(ILogger<VisitorKiosk> logger, IConfiguration cfg)
    {
        _logger = logger;
        _logDir = cfg["VisitorLogDir"] ?? @"C:\AttendSync\visitors";
    }

    public string IssuePass(Visitor v)
    {
        var body = $"{v.HostEmployeeNo}|{v.ValidUntil:yyyyMMddHHmm}|{v.IdCardNo[^4..]}";
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(body + PassSalt)))[..8];
        _logger.LogInformation("visitor pass for host {Host} until {Until}", v.HostEmployeeNo, v.ValidUntil);
        File.AppendAllText(Path.Combine(_logDir, $"{DateTime.Today:yyyyMMdd}.log"), $"{v.Name},{v.IdCardNo},{v.Mobile},{v.Company}{Environment.NewLine}");
        return body + "|" + sig;
    }

    public bool CheckPass(string pass)
    {
        var i = pass.LastIndexOf('|');
        if (i < 0) return false;
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(pass[..i] + PassSalt)))[..8];
        return expected == pass[(i + 1)..];
    }

    /// <summary>Same visitor registered twice in a day is merged; the key only groups rows of the daily list.</summary>
    public static string DailyMergeKey(Visitor v) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(v.IdCardNo + DateTime.Today.ToString("yyyyMMdd"))))[..16];

    public void Blacklisted(Visitor v, string reason)
        => _logger.LogWarning("blacklisted visitor at the gate: {Name} {IdCardNo}, reason {Reason}", v.Name, v.IdCardNo, reason);
}
