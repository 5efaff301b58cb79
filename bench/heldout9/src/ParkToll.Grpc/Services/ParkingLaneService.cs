using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using ParkToll.Billing;
using ParkToll.Data;
using ParkToll.Infrastructure.Cloud;
using ParkToll.Models;
using ParkToll.Protos;
using Serilog.Context;

namespace ParkToll.Services;

public sealed class ParkingLaneService : ParkingLane.ParkingLaneBase
{
    private readonly ParkingRepository _parking;
    private readonly EtcAccountRepository _etc;
    private readonly TariffCalculator _tariff;
    private readonly UnionPayDeductionClient _deduction;
    private readonly LaneEventBus _bus;
    private readonly ILogger<ParkingLaneService> _logger;

    public ParkingLaneService(ParkingRepository parking, EtcAccountRepository etc, TariffCalculator tariff,
        UnionPayDeductionClient deduction, LaneEventBus bus, ILogger<ParkingLaneService> logger)
    {
        _parking = parking;
        _etc = etc;
        _tariff = tariff;
        _deduction = deduction;
        _bus = bus;
        _logger = logger;
    }

    public override async Task<EntryReply> VehicleEntered(EntryRequest request, ServerCallContext context)
    {
        using var _ = LogContext.PushProperty("LotCode", request.LotCode);
        using var __ = LogContext.PushProperty("LaneId", request.LaneId);

        if (await _parking.IsBlacklistedAsync(request.PlateNo))
        {
            _logger.LogWarning("Blacklisted vehicle refused at lane {LaneId}", request.LaneId);
            return new EntryReply { BarrierOpen = false, DisplayText = "请联系管理员" };
        }

        var session = new ParkingSession
        {
            SessionNo = $"{request.LotCode}-{DateTime.UtcNow:yyyyMMddHHmmss}-{Random.Shared.Next(1000, 9999)}",
            LotCode = request.LotCode,
            PlateNo = request.PlateNo,
            PlateColor = request.PlateColor,
            EnteredAt = request.CapturedAt.ToDateTime(),
            EntrySnapshotKey = request.SnapshotObjectKey,
        };
        session.Id = await _parking.InsertSessionAsync(session);

        _logger.LogInformation("Session {SessionNo} opened, confidence {Confidence:0.00}", session.SessionNo, request.RecognitionConfidence);
        _bus.Publish(new LaneEvent { LaneId = request.LaneId, Kind = "entry", PlateNo = request.PlateNo, At = request.CapturedAt });

        return new EntryReply { SessionId = session.SessionNo, BarrierOpen = true, DisplayText = "欢迎光临" };
    }

    public override async Task<ExitReply> VehicleExited(ExitRequest request, ServerCallContext context)
    {
        var session = await _parking.FindOpenSessionAsync(request.LotCode, request.PlateNo);
        if (session is null)
        {
            _logger.LogWarning("No open session for plate {PlateNo} at {LotCode}", request.PlateNo, request.LotCode);
            return new ExitReply { BarrierOpen = false, DisplayText = "无入场记录" };
        }

        var exitAt = request.CapturedAt.ToDateTime();
        var fee = _tariff.Compute(session, exitAt);
        var paidByEtc = false;

        if (fee > 0 && !string.IsNullOrEmpty(request.EtcObuId))
        {
            var account = await _etc.FindByObuAsync(request.EtcObuId);
            if (account is not null)
            {
                var result = await _deduction.DeductAsync(account, fee, session.SessionNo, context.CancellationToken);
                paidByEtc = result.Success;
                if (!result.Success)
                {
                    _logger.LogWarning("ETC deduction failed for {Account}: {Code}", account, result.Code);
                }
            }
        }

        session.ExitedAt = exitAt;
        session.FeeCents = fee;
        session.Status = paidByEtc || fee == 0 ? "closed" : "unpaid";
        await _parking.CloseSessionAsync(session);

        _logger.LogInformation("Session {SessionNo} closed: fee {Fee} cents, etc={PaidByEtc}", session.SessionNo, fee, paidByEtc);
        return new ExitReply
        {
            SessionId = session.SessionNo,
            FeeCents = fee,
            PaidByEtc = paidByEtc,
            BarrierOpen = session.Status == "closed",
            DisplayText = session.Status == "closed" ? "一路顺风" : $"请缴费 {_tariff.FormatFee(fee)}",
        };
    }

    public override async Task<SessionReply> QuerySession(SessionQuery request, ServerCallContext context)
    {
        var session = await _parking.FindBySessionNoAsync(request.SessionId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"session {request.SessionId} not found"));

        var mobile = session.EtcAccountId is long id ? (await _etc.FindByIdAsync(id))?.Mobile ?? "" : "";
        return new SessionReply
        {
            SessionId = session.SessionNo,
            PlateNo = session.PlateNo,
            OwnerMobile = MaskMobile(mobile),
            FeeCents = session.FeeCents,
            Status = session.Status,
        };
    }

    public override async Task StreamLaneEvents(LaneSubscribe request, IServerStreamWriter<LaneEvent> responseStream, ServerCallContext context)
    {
        await foreach (var e in _bus.Subscribe(request.LotCode, context.CancellationToken))
        {
            await responseStream.WriteAsync(e);
        }
    }

    private static string MaskMobile(string mobile) =>
        mobile.Length == 11 ? mobile[..3] + "****" + mobile[7..] : "";
}
