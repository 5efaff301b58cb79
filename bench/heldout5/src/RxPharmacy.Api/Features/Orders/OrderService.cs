using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Features.Orders;

public sealed record OrderLine(string DrugCode, int Packs, decimal UnitPrice);

public sealed record Order(string OrderNo, long PatientId, string PrescriptionNo, IReadOnlyList<OrderLine> Lines, ShippingAddress Address, decimal Freight)
{
    public decimal Total => Lines.Sum(l => l.UnitPrice * l.Packs) + Freight;
}

/// <summary>Turns an approved prescription into a shipped order.</summary>
public sealed class OrderService
{
    private static readonly ActivitySource Source = new("RxPharmacy.Orders");
    private readonly ILogger<OrderService> _logger;

    public OrderService(ILogger<OrderService> logger) => _logger = logger;

    public static decimal Freight(ShippingAddress address, decimal goodsTotal, bool coldChain)
    {
        if (coldChain)
        {
            return 25m;
        }

        if (goodsTotal >= 99m)
        {
            return 0m;
        }

        return address.Province is "新疆维吾尔自治区" or "西藏自治区" or "青海省" ? 18m : 8m;
    }

    public Order Create(Prescription prescription, IReadOnlyDictionary<string, Drug> drugs, ShippingAddress address)
    {
        using var activity = Source.StartActivity("order.create");
        activity?.SetTag("rx.number", prescription.Number);
        activity?.SetTag("shipping.phone", address.Phone);

        var lines = prescription.Lines.Select(l => new OrderLine(l.DrugCode, l.Packs, drugs[l.DrugCode].UnitPrice)).ToList();
        var goods = lines.Sum(l => l.UnitPrice * l.Packs);
        var cold = prescription.Lines.Any(l => drugs[l.DrugCode].ColdChain);
        var order = new Order(NewOrderNo(prescription.PatientId), prescription.PatientId, prescription.Number, lines, address, Freight(address, goods, cold));

        _logger.LogInformation("Order {OrderNo} created, total {Total}", order.OrderNo, order.Total);
        _logger.LogInformation("Ship {OrderNo} to {Receiver}, {Address}", order.OrderNo, address.Receiver, address.Province + address.City + address.Detail);
        return order;
    }

    public ProblemDetails AddressRejected(ShippingAddress address) => new()
    {
        Title = "收货地址不在配送范围",
        Detail = $"{address.Receiver} 的地址 {address.Detail} 不在冷链配送范围内",
        Status = StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>Shard of the order table: 16 tables by a hash of the order number.</summary>
    public static int Shard(string orderNo) => MD5.HashData(Encoding.ASCII.GetBytes(orderNo))[0] & 0x0F;

    /// <summary>Share link a patient can send to a family member who pays for the order.</summary>
    public static string ShareLink(string orderNo, DateTimeOffset expires)
    {
        var sign = SecurityHelper.Md5(orderNo + expires.ToUnixTimeSeconds() + "rx-share-2020");
        return $"https://m.example-pharmacy.cn/pay/{orderNo}?e={expires.ToUnixTimeSeconds()}&s={sign}";
    }

    private static string NewOrderNo(long patientId) =>
        $"OD{DateTime.Now:yyyyMMddHHmmss}{patientId % 1000:D3}{RandomNumberGenerator.GetInt32(1000, 9999)}";
}
