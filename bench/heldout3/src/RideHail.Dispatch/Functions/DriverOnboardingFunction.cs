using System.Net;
using System.Text.Json;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using RideHail.Dispatch.Logging;
using RideHail.Dispatch.Security;
using RideHail.Dispatch.Validation;

namespace RideHail.Dispatch.Functions;

/// <summary>司机入驻（Azure Functions isolated worker，HTTP 触发）。</summary>
public sealed class DriverOnboardingFunction(IPublishEndpoint bus, DriverRepository repo, PlateCipher cipher, ILogger<DriverOnboardingFunction> log)
{
    [Function("DriverApply")]
    public async Task<IActionResult> Apply([HttpTrigger(AuthorizationLevel.Function, "post", Route = "drivers/apply")] HttpRequest req)
    {
        var form = await JsonSerializer.DeserializeAsync<DriverApplication>(req.Body);
        if (form is null) return new BadRequestResult();

        var result = await new DriverApplicationValidator().ValidateAsync(form);
        if (!result.IsValid)
        {
            log.LogWarning("driver application invalid: {Errors}", string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
            return new BadRequestObjectResult(new ValidationProblemDetails(result.ToDictionary()));
        }

        var driverId = "D" + DateTime.UtcNow.ToString("yyMMddHHmmssfff");
        log.DriverApplied(driverId, form.City);
        log.DriverAppliedVerbose(form.Name, form.Phone, form.IdCardNo);

        await bus.Publish(new DriverDocumentsSubmitted(driverId, form.Name, form.IdCardNo, form.LicenceNo, form.PlateNo, form.Phone, form.BankCardNo));
        return new AcceptedResult($"/api/drivers/{driverId}", new { driverId });
    }

    [Function("DriverGet")]
    public async Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Function, "get", Route = "drivers/{id}")] HttpRequest req, string id)
    {
        var d = await repo.FindAsync(id);
        if (d is null) return new NotFoundObjectResult(new { message = $"driver {id} not found" });
        return new OkObjectResult(d);
    }

    [Function("DriverCard")]
    public async Task<IActionResult> Card([HttpTrigger(AuthorizationLevel.Function, "get", Route = "drivers/{id}/card")] HttpRequest req, string id)
    {
        var d = await repo.FindAsync(id) ?? throw new KeyNotFoundException($"driver {id}");
        return new OkObjectResult(new
        {
            d.DriverId,
            Name = d.Name[..1] + "师傅",
            Plate = cipher.MaskPlate(d.PlateNo),
            d.City
        });
    }

    [Function("DriverLookupByPhone")]
    public async Task<HttpResponseData> Lookup([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "ops/drivers")] HttpRequestData req)
    {
        var phone = System.Web.HttpUtility.ParseQueryString(req.Url.Query)["phone"] ?? "";
        var d = await repo.FindByPhoneAsync(phone);
        var resp = req.CreateResponse(d is null ? HttpStatusCode.NotFound : HttpStatusCode.OK);
        if (d is null)
            await resp.WriteStringAsync($"no driver with phone {phone}");
        else
            await resp.WriteAsJsonAsync(new { d.DriverId, d.Name, d.IdCardNo, d.PlateNo });
        return resp;
    }
}

public sealed record DriverApplication(string Name, string Phone, string IdCardNo, string LicenceNo, string PlateNo, string City, string? BankCardNo);

public sealed class DriverRepository
{
    private readonly Dictionary<string, Driver> _store = new();
    public Task<Driver?> FindAsync(string id) => Task.FromResult(_store.GetValueOrDefault(id));
    public Task<Driver?> FindByPhoneAsync(string phone) => Task.FromResult(_store.Values.FirstOrDefault(d => d.Phone == phone));
    public Task SaveAsync(Driver d) { _store[d.DriverId] = d; return Task.CompletedTask; }
}
