using System.Diagnostics;
using ChargeHub.Service.Data;
using ChargeHub.Service.Domain;
using ChargeHub.Service.Handlers;
using Grpc.Core;
using MediatR;

namespace ChargeHub.Service.Grpc;

public sealed class ChargingGrpcService(IMediator mediator, IRepository<Driver> drivers, ILogger<ChargingGrpcService> logger)
    : ChargingApi.ChargingApiBase
{
    private static readonly ActivitySource Source = new("ChargeHub.Charging");

    public override async Task<StartReply> StartSession(StartRequest request, ServerCallContext context)
    {
        using var activity = Source.StartActivity("StartSession");
        activity?.SetTag("charger.serial", request.ChargerSerial);
        activity?.SetTag("driver.phone", request.DriverPhone);
        var result = await mediator.Send(new StartSessionCommand(request.ChargerSerial, request.DriverPhone, request.Plate));
        return new StartReply { SessionId = result.SessionId.ToString(), Accepted = result.Accepted };
    }

    public override async Task<DriverReply> GetDriver(DriverRequest request, ServerCallContext context)
    {
        var d = await drivers.GetAsync(Guid.Parse(request.DriverId));
        if (d is null)
            throw new RpcException(new Status(StatusCode.NotFound, $"driver {request.DriverId} not found"));
        return new DriverReply
        {
            Id = d.Id.ToString(),
            FullName = d.FullName,
            Phone = d.Phone,
            IdNumber = d.IdNumber ?? "",
        };
    }

    public override async Task StreamSessions(SessionsRequest request, IServerStreamWriter<SessionReply> responseStream, ServerCallContext context)
    {
        await foreach (var s in mediator.CreateStream(new ListSessionsQuery(Guid.Parse(request.DriverId)), context.CancellationToken))
        {
            await responseStream.WriteAsync(new SessionReply { Id = s.Id.ToString(), KWh = (double)s.KWh, Amount = (double)s.Amount });
        }
    }

    public override async Task<Empty> ReportFault(FaultRequest request, ServerCallContext context)
    {
        logger.LogWarning("Fault {Code} on {Serial}: reported by {Reporter} ({Phone})", request.Code, request.Serial, request.ReporterName, request.ReporterPhone);
        if (string.IsNullOrEmpty(request.Code))
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"empty fault code from {request.ReporterPhone}"));
        return new Empty();
    }
}
