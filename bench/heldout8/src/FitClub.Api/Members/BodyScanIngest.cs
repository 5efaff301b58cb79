using System.Globalization;
using Marten;
using Wolverine;

namespace FitClub.Api.Members;

/// <summary>Result file an InBody body-composition scanner drops on the club PC, forwarded as a message.</summary>
public sealed record BodyScanUploaded(string Club, string FileName, string Csv);

public sealed record BodyScanRecorded(Guid MemberId, double WeightKg, double BodyFatPct);

public static class BodyScanUploadedHandler
{
    // Columns: 会员号,姓名,手机,身高,体重,体脂率,腰围,静息心率,测量时间
    public static async Task<BodyScanRecorded?> Handle(BodyScanUploaded msg, IDocumentSession session, ILogger<BodyScanUploaded> log)
    {
        var lines = msg.Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        BodyScanRecorded? last = null;
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            using var scope = log.BeginScope(new Dictionary<string, object>
            {
                ["Club"] = msg.Club,
                ["File"] = msg.FileName,
                ["Mobile"] = f.Length > 2 ? f[2] : "",
            });

            var member = await session.Query<Member>().FirstOrDefaultAsync(m => m.MemberNo == f[0]);
            if (member is null)
            {
                log.LogWarning("InBody row for unknown member: {Row}", line);
                continue;
            }

            var m = new BodyMeasurement(
                DateOnly.FromDateTime(DateTime.Parse(f[8], CultureInfo.InvariantCulture)),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                double.Parse(f[6], CultureInfo.InvariantCulture),
                int.Parse(f[7], CultureInfo.InvariantCulture));
            member.Measurements.Add(m);
            session.Store(member);
            last = new BodyScanRecorded(member.Id, m.WeightKg, m.BodyFatPct);
        }

        await session.SaveChangesAsync();
        log.LogInformation("InBody file {File} from {Club}: {Rows} rows", msg.FileName, msg.Club, lines.Length - 1);
        return last;
    }
}

public static class BodyScanRecordedHandler
{
    public static void Handle(BodyScanRecorded e, ILogger<BodyScanRecorded> log)
    {
        if (e.BodyFatPct > 35)
        {
            log.LogInformation("Member {MemberId} flagged for nutrition coaching", e.MemberId);
        }
    }
}

public sealed record MemberCard(string MemberNo, string Name, string Mobile, MembershipTier Tier)
{
    public override string ToString() => $"{MemberNo}/{Name}/{Mobile}/{Tier}";
}

public static class MemberCardPrinter
{
    public static void Print(MemberCard card, ILogger log)
    {
        log.LogInformation("Printing card {Card}", card);
        Console.WriteLine($"[printer] {card.MemberNo} {card.Tier}");
    }
}
