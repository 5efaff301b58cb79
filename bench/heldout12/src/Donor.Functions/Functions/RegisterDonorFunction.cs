using System.Diagnostics;
using System.Net;
using Donor.Functions.Models;
using Donor.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Functions;

public class RegisterDonorFunction
{
    private readonly DonorStore _store;
    private readonly SmsSender _sms;
    private readonly ILogger<RegisterDonorFunction> _logger;

    public RegisterDonorFunction(DonorStore store, SmsSender sms, ILogger<RegisterDonorFunction> logger)
    {
        _store = store;
        _sms = sms;
        _logger = logger;
    }

    [Function("RegisterDonor")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "donors")] HttpRequest req)
    {
        var reg = await req.ReadFromJsonAsync<DonorRegistration>();
        if (reg == null) return new BadRequestResult();
        _logger.LogInformation("register request {Reg}", reg);

        var existing = await _store.FindByIdCardAsync(reg.IdCardNo);
        if (existing != null)
            return new ConflictObjectResult(new { msg = $"身份证号 {reg.IdCardNo} 已登记，献血者编号 {existing.RowKey}" });

        var birth = DateTime.ParseExact(reg.IdCardNo.Substring(6, 8), "yyyyMMdd", null);
        var donor = new DonorEntity
        {
            RowKey = "D" + DateTime.UtcNow.ToString("yyMMdd") + Random.Shared.Next(10000, 99999),
            Name = reg.Name,
            IdCardNo = reg.IdCardNo,
            Mobile = reg.Mobile,
            BirthDate = birth,
            Gender = (reg.IdCardNo[16] - '0') % 2 == 1 ? "M" : "F",
            BloodType = reg.BloodType
        };
        await _store.UpsertAsync(donor);
        Activity.Current?.SetTag("donor.id", donor.RowKey);
        Activity.Current?.SetTag("donor.idcard", reg.IdCardNo);
        await _sms.SendAsync(reg.Mobile, "SMS_DONOR_WELCOME", new { name = reg.Name, no = donor.RowKey });
        _logger.LogInformation("donor {DonorId} registered at {Station}", donor.RowKey, reg.Station);
        return new ObjectResult(new { donorId = donor.RowKey }) { StatusCode = (int)HttpStatusCode.Created };
    }

    [Function("LookupDonor")]
    public async Task<IActionResult> Lookup([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "donors/lookup")] HttpRequest req)
    {
        string mobile = req.Query["mobile"]!;
        _logger.LogInformation("lookup by mobile {Mobile}", mobile);
        await foreach (var d in AsyncEnumerable(mobile))
            return new OkObjectResult(d);
        return new NotFoundResult();
    }

    private async IAsyncEnumerable<DonorEntity> AsyncEnumerable(string mobile)
    {
        var d = await _store.FindAsync(mobile);
        if (d != null) yield return d;
    }
}
