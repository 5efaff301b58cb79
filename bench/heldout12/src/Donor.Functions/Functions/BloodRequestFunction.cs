using System.Security.Cryptography;
using System.Text;
using Donor.Functions.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Functions;

/// <summary>医院用血申请（医院 HIS 对接）</summary>
public class BloodRequestFunction
{
    private static readonly Dictionary<string, string> HospitalKeys = new()
    {
        ["H3201001"] = "k9Qm2Wx7Lp4Rt8Vz",
        ["H3201002"] = "Bn5Yc1Hd6Jf3Ks0Q",
        ["H3201017"] = Environment.GetEnvironmentVariable("KEY_H3201017") ?? ""
    };

    private readonly ILogger<BloodRequestFunction> _log;

    public BloodRequestFunction(ILogger<BloodRequestFunction> log) => _log = log;

    [Function("BloodRequest")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "hospital/request")] HttpRequest req)
    {
        var code = req.Headers["X-Hospital"].ToString();
        var sign = req.Headers["X-Sign"].ToString();
        using var reader = new StreamReader(req.Body);
        var body = await reader.ReadToEndAsync();
        if (!HospitalKeys.TryGetValue(code, out var key) || Sign(body, key) != sign)
            return new UnauthorizedResult();

        var r = System.Text.Json.JsonSerializer.Deserialize<BloodRequest>(body)!;
        _log.LogInformation("hospital {Code} requests {Units}u {Type} {Component}, urgent={Urgent}", r.HospitalCode, r.Units, r.BloodType, r.Component, r.Urgent);
        if (r.Urgent)
            _log.LogWarning("URGENT request for patient {Patient} ({PatientId})", r.PatientName, r.PatientIdNo);
        return new AcceptedResult();
    }

    private static string Sign(string body, string key)
    {
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(body)));
    }
}
