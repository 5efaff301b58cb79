using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using log4net;
using Quartz;
using RestSharp;

namespace Campus.Admissions.Jobs;

/// <summary>Nightly upload of the admitted list to the provincial admissions system (录取名册上报).</summary>
[DisallowConcurrentExecution]
public sealed class ProvincialSyncJob(Db db, IConfiguration cfg) : IJob
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(ProvincialSyncJob));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var conn = db.Open();
        var admitted = (await conn.QueryAsync<Applicant>("select * from applicant where status='Admitted' and reported=0")).ToList();
        if (admitted.Count == 0) return;

        var payload = JsonSerializer.Serialize(admitted.Select(a => new { a.ExamNo, a.Name, a.IdCardNo, a.Major }));
        var client = new RestClient(cfg["Provincial:Url"]!);
        var req = new RestRequest("", Method.Post)
            .AddHeader("X-School", cfg["Provincial:SchoolCode"]!)
            .AddHeader("Content-MD5", Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(payload))))
            .AddStringBody(payload, DataFormat.Json);
        var resp = await client.ExecuteAsync(req);
        if (!resp.IsSuccessful)
        {
            Log.Error("provincial upload failed: " + resp.StatusCode + " payload=" + payload);
            throw new JobExecutionException("upload failed");
        }
        await conn.ExecuteAsync("update applicant set reported=1 where id in @ids", new { ids = admitted.Select(a => a.Id) });
        Log.InfoFormat("reported {0} admitted applicants", admitted.Count);
    }
}
