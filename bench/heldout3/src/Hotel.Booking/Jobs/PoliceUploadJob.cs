using System.Text;
using Hotel.Booking.Data;
using Hotel.Booking.Police;
using Microsoft.EntityFrameworkCore;

namespace Hotel.Booking.Police;

/// <summary>Hangfire 周期任务：把 5 分钟内的入住登记上传到公安系统，失败的写到本地重传文件。</summary>
public sealed class PoliceUploadJob(HotelDbContext db, IPoliceRegistrationApi api, IConfiguration config, ILogger<PoliceUploadJob> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var hotelCode = config["Police:HotelCode"]!;
        var since = DateTime.UtcNow.AddMinutes(-5);
        var guests = await db.Guests.Where(g => g.CreatedAt >= since).ToListAsync(ct);
        log.LogInformation("police upload: {Count} guests since {Since}", guests.Count, since);

        var failed = new StringBuilder();
        foreach (var g in guests)
        {
            var record = new PoliceCheckInRecord
            {
                HotelCode = hotelCode,
                Name = g.FullName,
                DocumentType = ((int)g.Document.Type).ToString(),
                DocumentNumber = g.Document.Number,
                CheckInTime = g.CreatedAt.ToString("yyyyMMddHHmmss")
            };
            try
            {
                var resp = await api.UploadCheckInAsync(record, ct);
                if (resp.Code != 0)
                    log.LogWarning("police rejected {Name} ({DocNo}): {Msg}", g.FullName, g.Document.Number, resp.Msg);
            }
            catch (HttpRequestException ex)
            {
                log.LogError(ex, "upload failed for guest {GuestId}", g.Id);
                failed.AppendLine($"{g.Id},{g.FullName},{g.Document.Number},{g.Mobile}");
            }
        }

        if (failed.Length > 0)
        {
            var path = Path.Combine(config["Police:RetryDir"] ?? "/var/lib/pms/retry", $"lgy-{DateTime.Now:yyyyMMddHHmm}.csv");
            await File.WriteAllTextAsync(path, failed.ToString(), ct);
        }
    }
}
