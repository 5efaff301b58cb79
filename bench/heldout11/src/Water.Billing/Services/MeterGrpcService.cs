using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Grpc;
using Water.Billing.Tariff;

namespace Water.Billing.Services;

/// <summary>Handheld readers (抄表机) submit manual readings; smart meters come through MQTT instead.</summary>
public class MeterGrpcService : MeterService.MeterServiceBase
{
    private readonly BillingDbContext _db;
    private readonly ILogger<MeterGrpcService> _logger;

    public MeterGrpcService(BillingDbContext db, ILogger<MeterGrpcService> logger)
    {
        _db = db;
        _logger = logger;
    }

    public override async Task<ReadingReply> SubmitReading(ReadingRequest request, ServerCallContext context)
    {
        var last = await _db.Readings.Where(r => r.MeterNo == request.MeterNo).OrderByDescending(r => r.ReadAt).FirstOrDefaultAsync();
        var value = (decimal)request.Value;
        if (last != null && value < last.Value)
        {
            _logger.LogWarning("meter {MeterNo} went backwards {Last} -> {Value} (reader {Reader})", request.MeterNo, last.Value, value, request.ReaderId);
            return new ReadingReply { Accepted = false, Reason = "读数小于上次读数，请复核" };
        }
        _db.Readings.Add(new Reading
        {
            MeterNo = request.MeterNo,
            Value = value,
            ReadAt = DateTimeOffset.FromUnixTimeSeconds(request.ReadAt).UtcDateTime,
            ReaderId = request.ReaderId,
            PhotoSha = request.PhotoSha,
        });
        await _db.SaveChangesAsync();
        return new ReadingReply { Accepted = true, Usage = (double)(value - (last?.Value ?? 0)) };
    }

    public override async Task<BillReply> GetBill(BillRequest request, ServerCallContext context)
    {
        var bill = await _db.Bills.AsNoTracking().FirstOrDefaultAsync(b => b.AccountNo == request.AccountNo && b.Period == request.Period)
                   ?? throw new RpcException(new Status(StatusCode.NotFound, "bill not found"));
        return new BillReply { AccountNo = bill.AccountNo, Period = bill.Period, Usage = (double)bill.Usage, Amount = (double)bill.Amount, Tiers = bill.TierDetail ?? "" };
    }

    public static decimal Usage(decimal previous, decimal current, decimal rolloverAt = 99999.999m)
        => current >= previous ? current - previous : rolloverAt - previous + current;
}
