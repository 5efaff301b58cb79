using System.Text;
using Marten;

namespace FitClub.Api.Members;

/// <summary>
/// Corporate plans: each month the employer's HR gets a usage report, and a list of employees
/// whose membership was activated is sent to the wellness partner for billing.
/// </summary>
public sealed class CorporateRoster
{
    private readonly IQuerySession _session;
    private readonly ILogger<CorporateRoster> _log;

    public CorporateRoster(IQuerySession session, ILogger<CorporateRoster> log)
    {
        _session = session;
        _log = log;
    }

    public async Task<string> UsageReportAsync(string company, IReadOnlyDictionary<string, int> visits)
    {
        var members = await _session.Query<Member>().Where(m => m.Tier == MembershipTier.Corporate && m.HomeClub == company).ToListAsync();
        var sb = new StringBuilder("会员号,到店次数\n");
        foreach (var m in members)
        {
            sb.Append(m.MemberNo).Append(',').Append(visits.GetValueOrDefault(m.MemberNo)).Append('\n');
        }

        return sb.ToString();
    }

    public async Task WriteActivationListAsync(string company, string path)
    {
        var members = await _session.Query<Member>().Where(m => m.Tier == MembershipTier.Corporate && m.HomeClub == company).ToListAsync();
        await using var w = new StreamWriter(path, append: false, Encoding.UTF8);
        await w.WriteLineAsync("姓名,手机,身份证号,生日");
        foreach (var m in members)
        {
            await w.WriteLineAsync(string.Join(',', m.Name, m.Mobile, m.IdNumber, m.BirthDate?.ToString("yyyy-MM-dd")));
        }

        _log.LogInformation("activation list for {Company}: {Count} members, first {First}", company, members.Count, members.FirstOrDefault()?.Name);
    }
}
