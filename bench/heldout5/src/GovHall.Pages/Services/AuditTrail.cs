using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GovHall.Pages.Services;

/// <summary>
/// Tamper-evident audit trail of staff actions (who called, served or cancelled which appointment).
/// Each line carries a SHA-256 chain hash over the previous line.
/// </summary>
public sealed class AuditTrail
{
    private readonly object _gate = new();
    private string _previous = new('0', 64);

    public void Record(string staffAccount, string action, long appointmentId)
    {
        lock (_gate)
        {
            var entry = JsonSerializer.Serialize(new { at = DateTimeOffset.UtcNow, staff = staffAccount, action, appointmentId });
            var chain = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_previous + entry)));
            File.AppendAllText($"/var/govhall/audit/{DateTime.UtcNow:yyyyMMdd}.log", entry + " " + chain + Environment.NewLine);
            _previous = chain;
        }
    }
}
