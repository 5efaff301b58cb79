using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;
using log4net;

namespace Campus.Admissions.Features.Offers;

public sealed class SendOfferRequest
{
    public long ApplicantId { get; set; }
    public string Major { get; set; } = "";
}

public sealed class SendOfferEndpoint(Db db, OfferMailer mailer) : Endpoint<SendOfferRequest>
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(SendOfferEndpoint));

    public override void Configure()
    {
        Post("/admin/offers");
        Roles("admissions-officer");
    }

    public override async Task HandleAsync(SendOfferRequest req, CancellationToken ct)
    {
        using var conn = db.Open();
        var a = await conn.QuerySingleAsync<Applicant>("select * from applicant where id=@ApplicantId", req);
        a.Major = req.Major;
        a.Status = "Admitted";
        await conn.ExecuteAsync("update applicant set status='Admitted', major=@Major where id=@Id", a);

        if (string.IsNullOrEmpty(a.Email))
        {
            Log.Warn($"no e-mail for applicant {a.Id}; offer letter goes by EMS to {a.MailingAddress}, tel {a.ParentMobile}");
        }
        else
        {
            await mailer.SendOfferAsync(a);
            Log.InfoFormat("offer e-mailed to applicant {0}", a.Id);
        }
        await Send.NoContentAsync(ct);
    }
}
