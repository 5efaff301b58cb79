using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;

namespace Campus.Admissions.Features.Majors;

public sealed record MajorDto(string Code, string Name, string College, int Years, decimal TuitionPerYear, string SubjectRequirement, int PlanCount);

public sealed class MajorListRequest
{
    public string? Province { get; set; }
    public int Year { get; set; } = DateTime.Today.Year;
}

/// <summary>Public major catalogue with the enrolment plan per province (招生计划).</summary>
public sealed class MajorListEndpoint(Db db) : Endpoint<MajorListRequest, List<MajorDto>>
{
    public override void Configure()
    {
        Get("/majors");
        AllowAnonymous();
        ResponseCache(600);
    }

    public override async Task HandleAsync(MajorListRequest req, CancellationToken ct)
    {
        using var conn = db.Open();
        var rows = await conn.QueryAsync<MajorDto>(
            @"select m.code, m.name, m.college, m.years, m.tuition TuitionPerYear, m.subject_requirement SubjectRequirement, coalesce(p.plan_count, 0) PlanCount
              from major m left join enrolment_plan p on p.major_code = m.code and p.year = @Year and (@Province is null or p.province = @Province)
              order by m.college, m.code", req);
        await Send.OkAsync(rows.ToList(), ct);
    }
}

public static class SubjectRules
{
    // New gaokao (3+1+2): physics or history first, then two of chemistry, biology, politics, geography.
    public static bool Meets(string requirement, IReadOnlyCollection<string> chosen) => requirement switch
    {
        "不限" => true,
        "物理" => chosen.Contains("物理"),
        "历史" => chosen.Contains("历史"),
        "物理+化学" => chosen.Contains("物理") && chosen.Contains("化学"),
        "物理+化学+生物" => chosen.Contains("物理") && chosen.Contains("化学") && chosen.Contains("生物"),
        "化学或生物" => chosen.Contains("化学") || chosen.Contains("生物"),
        _ => false,
    };

    public static decimal TotalTuition(MajorDto m, bool hasGrant, decimal grantPerYear = 0) =>
        Math.Max(0, m.TuitionPerYear - (hasGrant ? grantPerYear : 0)) * m.Years;
}
