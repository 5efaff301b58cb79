using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;
using log4net;

namespace Campus.Admissions.Features.Applicants;

public sealed class ApplicantByIdRequest
{
    public long Id { get; set; }
}

/// <summary>Status page of the applicant portal: what the public result lookup shows.</summary>
public sealed class ApplicantStatusEndpoint(Db db) : Endpoint<ApplicantByIdRequest, ApplicantSummary>
{
    public override void Configure()
    {
        Get("/applicants/{Id}/status");
        AllowAnonymous();
    }

    public override async Task HandleAsync(ApplicantByIdRequest req, CancellationToken ct)
    {
        using var conn = db.Open();
        var s = await conn.QuerySingleOrDefaultAsync<ApplicantSummary>(
            "select id, exam_no ExamNo, province, gaokao_score GaokaoScore, major, status from applicant where id=@Id", req);
        if (s is null) { await Send.NotFoundAsync(ct); return; }
        await Send.OkAsync(s, ct);
    }
}

/// <summary>Lookup by exam number for the public result page (考生查询录取结果).</summary>
public sealed class ApplicantLookupEndpoint(Db db) : EndpointWithoutRequest<Applicant>
{
    public override void Configure()
    {
        Get("/applicants/lookup/{examNo}");
        AllowAnonymous();
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var examNo = Route<string>("examNo");
        using var conn = db.Open();
        var a = await conn.QuerySingleOrDefaultAsync<Applicant>("select * from applicant where exam_no=@examNo", new { examNo });
        if (a is null)
        {
            await Send.NotFoundAsync(ct);
            return;
        }
        await Send.OkAsync(a, ct);
    }
}

public sealed class AdmissionsExportEndpoint(Db db) : EndpointWithoutRequest
{
    private static readonly ILog Log = LogManager.GetLogger("Export");

    public override void Configure()
    {
        Get("/admin/applicants/export.csv");
        Roles("admissions-officer");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        using var conn = db.Open();
        var rows = await conn.QueryAsync<Applicant>("select * from applicant where status='Admitted'");
        var sb = new System.Text.StringBuilder("考生号,姓名,身份证号,手机,家长手机,通讯地址\n");
        foreach (var a in rows)
            sb.Append(a.ExamNo).Append(',').Append(a.Name).Append(',').Append(a.IdCardNo).Append(',').Append(a.Mobile).Append(',').Append(a.ParentMobile).Append(',').Append(a.MailingAddress).Append('\n');
        var tmp = Path.Combine(Path.GetTempPath(), $"admitted-{DateTime.Now:yyyyMMddHHmmss}.csv");
        await File.WriteAllTextAsync(tmp, sb.ToString(), ct);
        Log.Info("export written to " + tmp);
        await Send.StringAsync(sb.ToString(), contentType: "text/csv", cancellation: ct);
    }
}
