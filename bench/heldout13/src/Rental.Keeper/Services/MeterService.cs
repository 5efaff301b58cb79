using Rental.Keeper.Models;

namespace Rental.Keeper.Services;

/// <summary>
/// 水电抄表与分摊：电 1.2 元/度（商业电价），水 6.5 元/吨，公摊按面积
/// </summary>
public static class MeterService
{
    public const decimal ElectricPrice = 1.2m;
    public const decimal WaterPrice = 6.5m;

    public static decimal Bill(MeterReading last, MeterReading current, decimal shareArea, decimal totalArea, decimal publicKwh)
    {
        if (current.ElectricKwh < last.ElectricKwh || current.WaterTon < last.WaterTon)
        {
            throw new InvalidOperationException($"{current.RoomNo} 读数小于上期，请复核");
        }
        var e = (current.ElectricKwh - last.ElectricKwh) * ElectricPrice;
        var w = (current.WaterTon - last.WaterTon) * WaterPrice;
        var share = totalArea == 0 ? 0 : publicKwh * ElectricPrice * shareArea / totalArea;
        return Math.Round(e + w + share, 2);
    }

    public static decimal Prorate(decimal monthlyRent, DateTime start, DateTime end)
    {
        var days = (end - start).Days + 1;
        var dim = DateTime.DaysInMonth(start.Year, start.Month);
        return Math.Round(monthlyRent * days / dim, 2);
    }

    public static decimal CheckoutRefund(Lease lease, DateTime moveOut, decimal damages)
    {
        var early = moveOut < lease.End;
        var deposit = early ? 0 : lease.Deposit;
        return Math.Max(0, deposit - damages);
    }
}
