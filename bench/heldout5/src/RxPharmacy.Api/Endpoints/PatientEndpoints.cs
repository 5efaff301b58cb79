using MediatR;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Features.Patients;
using RxPharmacy.Api.Filters;
using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Endpoints;

public static class PatientEndpoints
{
    public static IEndpointRouteBuilder MapPatientEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/patients").AddEndpointFilter<ValidationFilter>();

        group.MapPost("/register", async (RegisterPatientCommand command, IMediator mediator) =>
            Results.Ok(new { id = await mediator.Send(command) }));

        group.MapPost("/login", async (LoginPatientCommand command, IMediator mediator) =>
        {
            var result = await mediator.Send(command);
            return result.Success ? Results.Ok(new { token = result.Token }) : Results.Unauthorized();
        });

        group.MapGet("/me", async (HttpContext http, PatientRepository patients) =>
        {
            var id = long.Parse(http.User.FindFirst("pid")!.Value);
            var patient = await patients.GetAsync(id);
            return patient is null ? Results.NotFound() : Results.Ok(new
            {
                patient.Id,
                Name = Masking.Name(patient.Name),
                Mobile = Masking.Mobile(patient.Mobile),
                IdCard = Masking.IdCard(patient.IdCardNumber),
                patient.Gender,
            });
        }).RequireAuthorization();

        // Customer-service console: agents look a patient up by mobile to help with an order.
        group.MapGet("/lookup", async (string mobile, PatientRepository patients) =>
        {
            var patient = await patients.FindByMobileAsync(mobile);
            return patient is null ? Results.NotFound() : Results.Ok(patient);
        }).RequireAuthorization("service-desk").AddEndpointFilter<ApiKeyFilter>();

        group.MapGet("/{id:long}/addresses", async (long id, PatientRepository patients) =>
        {
            var addresses = await patients.AddressesAsync(id);
            return Results.Ok(addresses.Select(a => new
            {
                a.Receiver,
                a.Phone,
                Region = a.Province + a.City,
                a.Detail,
            }));
        }).RequireAuthorization("service-desk");

        return app;
    }
}
