using System.Runtime.CompilerServices;
using ChargeHub.Service.Data;
using ChargeHub.Service.Domain;
using MediatR;

namespace ChargeHub.Service.Handlers;

public sealed record StartSessionCommand(string ChargerSerial, string DriverPhone, string Plate) : IRequest<StartSessionResult>;
public sealed record StartSessionResult(Guid SessionId, bool Accepted);
public sealed record ListSessionsQuery(Guid DriverId) : IStreamRequest<ChargingSession>;

public sealed class StartSessionHandler(IRepository<Driver> drivers, IRepository<ChargingSession> sessions, ILogger<StartSessionHandler> logger)
    : IRequestHandler<StartSessionCommand, StartSessionResult>
{
    public async Task<StartSessionResult> Handle(StartSessionCommand cmd, CancellationToken ct)
    {
        var found = (await drivers.QueryAsync("phone = @p", new { p = cmd.DriverPhone })).FirstOrDefault();
        if (found is null)
        {
            logger.LogInformation("Unknown driver {Phone} with plate {Plate} at {Serial}", cmd.DriverPhone, cmd.Plate, cmd.ChargerSerial);
            return new StartSessionResult(Guid.Empty, false);
        }
        var s = new ChargingSession(Guid.NewGuid(), found.Id, cmd.ChargerSerial, DateTimeOffset.UtcNow, 0, 0);
        await sessions.InsertAsync(s);
        logger.LogInformation("Session {SessionId} started for driver {DriverId} on {Serial}", s.Id, found.Id, cmd.ChargerSerial);
        return new StartSessionResult(s.Id, true);
    }
}

public sealed class ListSessionsHandler(IRepository<ChargingSession> sessions) : IStreamRequestHandler<ListSessionsQuery, ChargingSession>
{
    public async IAsyncEnumerable<ChargingSession> Handle(ListSessionsQuery q, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var s in await sessions.QueryAsync("driverid = @d", new { d = q.DriverId }))
            yield return s;
    }
}

public sealed record RegisterDriverCommand(string FullName, string Phone, string Email, string Plate, string? IdNumber) : IRequest<Guid>;

public sealed class RegisterDriverHandler(IRepository<Driver> drivers, ILogger<RegisterDriverHandler> logger) : IRequestHandler<RegisterDriverCommand, Guid>
{
    public async Task<Guid> Handle(RegisterDriverCommand cmd, CancellationToken ct)
    {
        logger.LogDebug("Register {@Command}", cmd);
        if (!cmd.Email.Contains('@'))
            throw new ArgumentException($"invalid email '{cmd.Email}' for {cmd.FullName}");
        var d = new Driver(Guid.NewGuid(), cmd.FullName, cmd.Phone, cmd.Email, cmd.Plate, cmd.IdNumber);
        await drivers.InsertAsync(d);
        logger.LogInformation("Driver {DriverId} registered", d.Id);
        return d.Id;
    }
}

public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken ct)
    {
        logger.LogInformation("Handling {RequestType}", typeof(TRequest).Name);
        var response = await next();
        logger.LogDebug("Handled {RequestType}: {@Request}", typeof(TRequest).Name, request);
        return response;
    }
}
