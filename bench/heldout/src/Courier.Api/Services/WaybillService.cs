using System.Diagnostics;
using System.Text;
using NLog;
using SwiftRoute.Courier.Api.Models;

namespace SwiftRoute.Courier.Api.Services;

public class WaybillService
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IWaybillStore _store;
    private readonly CourierDirectory _couriers;

    public WaybillService(IWaybillStore store, CourierDirectory couriers)
    {
        _store = store;
        _couriers = couriers;
    }

    public async Task<Waybill> CreateAsync(CreateWaybillRequest req)
    {
        if (req.WeightKg <= 0 || req.WeightKg > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(req), $"Weight {req.WeightKg}kg out of range");
        }
        if (string.IsNullOrWhiteSpace(req.Receiver.Street))
        {
            throw new ArgumentException($"收件地址不完整：{req.Receiver.Name} {req.Receiver.Phone} {req.Receiver.FullAddress}");
        }

        var waybill = new Waybill(NewWaybillNo(), req.Sender, req.Receiver, req.WeightKg, req.GoodsDescription, WaybillState.Created, DateTimeOffset.Now)
        {
            PickupCode = Random.Shared.Next(100000, 999999).ToString(),
        };
        await _store.SaveAsync(waybill);
        Log.Info($"create waybill {waybill.WaybillNo}, receiver={req.Receiver.Name}, tel={req.Receiver.Phone}, addr={req.Receiver.FullAddress}");
        Log.Info("create waybill {0}, weight {1}", waybill.WaybillNo, waybill.WeightKg);
        return waybill;
    }

    public Task<Waybill?> GetAsync(string waybillNo) => _store.GetAsync(waybillNo);

    public async Task<IReadOnlyList<Waybill>> FindByReceiverPhoneAsync(string phone)
    {
        var list = await _store.FindByPhoneAsync(phone);
        Debug.WriteLine($"FindByReceiverPhone({phone}) -> {list.Count}");
        return list;
    }

    public async Task SignAsync(string waybillNo, string signerName, string signerPhone)
    {
        var w = await _store.GetAsync(waybillNo) ?? throw new InvalidOperationException($"waybill {waybillNo} not found");
        if (w.State == WaybillState.Delivered)
        {
            throw new InvalidOperationException($"waybill {waybillNo} already signed");
        }
        await _store.SaveAsync(w with { State = WaybillState.Delivered });
        Log.Info("waybill {0} signed by {1} ({2})", waybillNo, signerName, signerPhone);
        Trace.TraceInformation("Signed {0} courier {1}", waybillNo, w.CourierCode);
    }

    public async Task AssignAsync(string waybillNo, string courierCode)
    {
        var w = await _store.GetAsync(waybillNo) ?? throw new InvalidOperationException("not found");
        var courier = _couriers.Find(courierCode) ?? throw new InvalidOperationException($"courier {courierCode} unknown");
        await _store.SaveAsync(w with { CourierCode = courier.Code, State = WaybillState.OutForDelivery });
        Log.Info("assign {0} to {1} tel {2}, notify receiver {3}", waybillNo, courier.Name, courier.Phone, w.Receiver.Phone);
    }

    public async Task<string> ExportCsvAsync(DateOnly day)
    {
        var rows = await _store.ListByDayAsync(day);
        var sb = new StringBuilder();
        sb.AppendLine("运单号,寄件人,寄件电话,收件人,收件电话,收件地址,重量");
        foreach (var w in rows)
        {
            sb.AppendLine(string.Join(",", w.WaybillNo, w.Sender.Name, w.Sender.Phone, w.Receiver.Name, w.Receiver.Phone, w.Receiver.FullAddress, w.WeightKg));
        }
        Log.Info("export {0} rows for {1}", rows.Count, day);
        return sb.ToString();
    }

    public async Task ArchiveAsync(DateOnly day, string folder)
    {
        var rows = await _store.ListByDayAsync(day);
        var lines = rows.Select(w => $"{w.WaybillNo}\t{w.Receiver.Name}\t{w.Receiver.Phone}\t{w.Receiver.FullAddress}");
        await File.WriteAllLinesAsync(Path.Combine(folder, $"archive-{day:yyyyMMdd}.tsv"), lines);
        var masked = rows.Select(w => $"{w.WaybillNo}\t{Common.Infrastructure.Masking.DesensitizeHelper.MaskName(w.Receiver.Name)}\t{Common.Infrastructure.Masking.DesensitizeHelper.MaskPhone(w.Receiver.Phone)}");
        await File.WriteAllLinesAsync(Path.Combine(folder, $"summary-{day:yyyyMMdd}.tsv"), masked);
    }

    private static string NewWaybillNo() => "SR" + DateTime.UtcNow.ToString("yyMMdd") + Random.Shared.NextInt64(10_000_000, 99_999_999);
}
