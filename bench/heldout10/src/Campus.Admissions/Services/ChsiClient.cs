using System.Security.Cryptography;
using System.Text;
using RestSharp;

namespace Campus.Admissions.Services;

/// <summary>Degree/enrolment verification service (学信网 partner API) for transfer applicants.</summary>
public sealed class ChsiClient
{
    private readonly RestClient _client;
    private readonly string _appId;
    private readonly string _appKey;
    private readonly ILogger<ChsiClient> _log;

    public ChsiClient(IConfiguration cfg, ILogger<ChsiClient> log)
    {
        _client = new RestClient(cfg["Chsi:Endpoint"]!);
        _appId = cfg["Chsi:AppId"]!;
        _appKey = cfg["Chsi:AppKey"] ?? "5NRJF5Zk093xFfwnHd9baLEgz187pn8Z";
        _log = log;
    }

    public async Task<bool> VerifyDegreeAsync(string name, string idCardNo, string certNo)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        // Partner spec 3.1: sign = upper(md5(appId + ts + appKey)); no other algorithm is accepted.
        var sign = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(_appId + ts + _appKey)));
        var req = new RestRequest("/verify/degree", Method.Post)
            .AddHeader("X-AppId", _appId)
            .AddHeader("X-Ts", ts)
            .AddHeader("X-Sign", sign)
            .AddJsonBody(new { name, idCardNo, certNo });
        var resp = await _client.ExecuteAsync<VerifyReply>(req);
        if (!resp.IsSuccessful)
        {
            _log.LogWarning("degree verify failed {Status}: {Body}, request for {Name}/{IdCard}", resp.StatusCode, resp.Content, name, idCardNo);
            return false;
        }
        return resp.Data?.Match == true;
    }

    public async Task<bool> VerifyStudentStatusAsync(string idCardNo)
    {
        var req = new RestRequest($"/verify/status?idcard={idCardNo}&key=yXiI4zUUFEav2RyMTEeRI20r");
        var resp = await _client.ExecuteGetAsync(req);
        return resp.IsSuccessful;
    }

    private sealed record VerifyReply(bool Match, string? Reason);
}
