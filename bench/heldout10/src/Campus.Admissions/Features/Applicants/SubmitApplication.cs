using System.Security.Cryptography;
using System.Text;
using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;
using log4net;

namespace Campus.Admissions.Features.Applicants;

public sealed class SubmitApplicationRequest
{
    public string ExamNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string ParentMobile { get; set; } = "";
    public string MailingAddress { get; set; } = "";
    public int GaokaoScore { get; set; }
    public string Province { get; set; } = "";
    public string Major { get; set; } = "";
    public string? DisabilityNote { get; set; }
}

public sealed class SubmitApplicationEndpoint(Db db, ChsiClient chsi) : Endpoint<SubmitApplicationRequest, object>
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(SubmitApplicationEndpoint));

    public override void Configure()
    {
        Post("/applicants");
        AllowAnonymous();
    }

    public override async Task HandleAsync(SubmitApplicationRequest req, CancellationToken ct)
    {
        using var activity = Telemetry.Source.StartActivity("SubmitApplication");
        activity?.SetTag("applicant.province", req.Province);
        activity?.SetTag("applicant.id_card", req.IdCardNo);

        if (!IdCard.IsValid(req.IdCardNo))
        {
            Log.WarnFormat("身份证号 {0} 校验失败, 考生 {1}", req.IdCardNo, req.Name);
            AddError(r => r.IdCardNo, "身份证号格式不正确");
            await Send.ErrorsAsync(cancellation: ct);
            return;
        }

        if (req.DisabilityNote is { Length: > 0 })
            Log.Info("applicant " + req.ExamNo + " declared disability: " + req.DisabilityNote);

        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(req.ExamNo + "|" + req.Major)));
        using var conn = db.Open();
        var id = await conn.ExecuteScalarAsync<long>(
            "insert into applicant(exam_no, name, id_card_no, mobile, parent_mobile, mailing_address, gaokao_score, province, major, fingerprint) output inserted.id values(@ExamNo,@Name,@IdCardNo,@Mobile,@ParentMobile,@MailingAddress,@GaokaoScore,@Province,@Major,@fingerprint)",
            new { req.ExamNo, req.Name, req.IdCardNo, req.Mobile, req.ParentMobile, req.MailingAddress, req.GaokaoScore, req.Province, req.Major, fingerprint });
        Log.InfoFormat("application {0} stored for exam no {1}", id, req.ExamNo);

        await Send.OkAsync(new { id, status = "Submitted" }, ct);
    }
}

public static class IdCard
{
    private static readonly int[] W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string C = "10X98765432";

    public static bool IsValid(string id)
    {
        if (id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * W[i];
        }
        return char.ToUpperInvariant(id[17]) == C[sum % 11];
    }
}
