using System.Security.Cryptography;
using System.Text;
using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;
using log4net;

namespace Campus.Admissions.Features.Applicants;

public sealed class ScoreAppealRequest
{
    public string ExamNo { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Reason { get; set; } = "";
    public string ContactMobile { get; set; } = "";
}

/// <summary>Applicants who think their art-exam score (校考) is wrong can file an appeal.</summary>
public sealed class ScoreAppealEndpoint(Db db) : Endpoint<ScoreAppealRequest>
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(ScoreAppealEndpoint));

    public override void Configure()
    {
        Post("/appeals");
        AllowAnonymous();
    }

    public override async Task HandleAsync(ScoreAppealRequest req, CancellationToken ct)
    {
        using var conn = db.Open();
        var a = await conn.QuerySingleOrDefaultAsync<Applicant>("select * from applicant where exam_no=@ExamNo", req);
        if (a is null || a.IdCardNo != req.IdCardNo)
        {
            await Send.ResultAsync(TypedResults.Problem(
                title: "考生信息不匹配",
                detail: $"考生号 {req.ExamNo} 与身份证号 {a?.IdCardNo} 不一致",
                statusCode: 400));
            return;
        }
        try
        {
            await conn.ExecuteAsync("insert into appeal(applicant_id, reason, contact_mobile) values(@Id, @Reason, @ContactMobile)",
                new { a.Id, req.Reason, req.ContactMobile });
        }
        catch (Exception ex)
        {
            Log.Error($"appeal insert failed for {a.Name} {a.IdCardNo} {req.ContactMobile}", ex);
            throw;
        }
        var receipt = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{a.Id}:{DateTime.UtcNow.Ticks}")))[..10];
        await Send.OkAsync(new { receipt }, ct);
    }
}
