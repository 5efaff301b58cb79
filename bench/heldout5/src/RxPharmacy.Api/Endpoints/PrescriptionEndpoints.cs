using MediatR;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Features.Prescriptions;
using RxPharmacy.Api.Filters;

namespace RxPharmacy.Api.Endpoints;

public static class PrescriptionEndpoints
{
    public static IEndpointRouteBuilder MapPrescriptionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/prescriptions")
            .RequireAuthorization()
            .AddEndpointFilter<ValidationFilter>();

        group.MapPost("/", async (SubmitPrescriptionCommand command, IMediator mediator) =>
                Results.Created($"/api/prescriptions/{await mediator.Send(command)}", null))
            .RequireAuthorization("doctor")
            .AddEndpointFilter<IdempotencyFilter>();

        group.MapPost("/{number}/review", async (string number, ReviewBody body, IMediator mediator, HttpContext http) =>
            {
                var pharmacistId = long.Parse(http.User.FindFirst("pid")!.Value);
                var status = await mediator.Send(new ReviewPrescriptionCommand(number, pharmacistId, body.Approve, body.Reason));
                return Results.Ok(new { number, status });
            })
            .RequireAuthorization("pharmacist");

        group.MapGet("/{number}", async (string number, PrescriptionRepository prescriptions, PatientRepository patients, DrugCatalogRepository drugs) =>
        {
            var p = await prescriptions.GetByNumberAsync(number);
            if (p is null)
            {
                return Results.NotFound();
            }

            var patient = (await patients.GetAsync(p.PatientId))!;
            var catalogue = await drugs.GetManyAsync(p.Lines.Select(l => l.DrugCode).ToList());
            return Results.Ok(PrescriptionView.From(p, patient, catalogue));
        });

        group.MapGet("/pending", async (int page, PrescriptionRepository prescriptions) =>
            Results.Ok(await prescriptions.PendingAsync(page, 20)))
            .RequireAuthorization("pharmacist");

        return app;
    }

    public sealed record ReviewBody(bool Approve, string? Reason);
}
