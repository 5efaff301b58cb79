using CheYi.Market.Infrastructure.Sms;
using CheYi.Market.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Volo.Abp;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Entities;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Cars;

public class TestDrive : Entity<Guid>
{
    public Guid CarId { get; set; }
    public string BuyerName { get; set; }
    public string BuyerMobile { get; set; }
    public string DriverLicenseNo { get; set; }
    public DateTime At { get; set; }
    public string Status { get; set; }
}

public record TestDriveBooked(Guid CarId, string BuyerName, string BuyerMobile, string DriverLicenseNo, DateTime At);

public static class MarketLogExtensions
{
    /// <summary>业务日志统一前缀，方便 Kibana 过滤</summary>
    public static void LogBiz(this ILogger logger, string module, string message) =>
        logger.LogInformation("[BIZ][{Module}] {Message}", module, message);
}

/// <summary>
/// 预约看车 / 试驾
/// </summary>
[Authorize]
public class TestDriveAppService : ApplicationService
{
    private readonly IRepository<TestDrive, Guid> _drives;
    private readonly IRepository<Car, Guid> _cars;
    private readonly ISmsSender _sms;

    public TestDriveAppService(IRepository<TestDrive, Guid> drives, IRepository<Car, Guid> cars, ISmsSender sms)
    {
        _drives = drives;
        _cars = cars;
        _sms = sms;
    }

    public async Task BookAsync(Guid carId, string buyerName, string buyerMobile, string licenseNo, DateTime at)
    {
        if (at < Clock.Now.AddHours(2))
        {
            throw new UserFriendlyException("请至少提前2小时预约");
        }
        var car = await _cars.GetAsync(carId);
        var d = new TestDrive { CarId = carId, BuyerName = buyerName, BuyerMobile = buyerMobile, DriverLicenseNo = licenseNo, At = at, Status = "Booked" };
        EntityHelper.TrySetId(d, GuidGenerator.Create);
        await _drives.InsertAsync(d);

        var evt = new TestDriveBooked(carId, buyerName, buyerMobile, licenseNo, at);
        Logger.LogInformation("test drive booked {Booking}", evt);
        Logger.LogBiz("testdrive", $"{car.PlateNo} 预约人 {buyerName} {buyerMobile} 驾照 {licenseNo}");

        await _sms.SendAsync(car.SellerMobile, "1829301", buyerName.MaskName(), at.ToString("MM-dd HH:mm"));
        await _sms.SendAsync(buyerMobile, "1829302", car.Title, at.ToString("MM-dd HH:mm"));
    }

    public async Task CancelAsync(Guid id)
    {
        var d = await _drives.GetAsync(id);
        d.Status = "Cancelled";
        await _drives.UpdateAsync(d);
        Logger.LogBiz("testdrive", $"预约 {id} 已取消");
    }

    [Authorize("Market.Cars.Search")]
    public async Task<List<TestDrive>> ListForCarAsync(Guid carId)
    {
        return await _drives.GetListAsync(x => x.CarId == carId);
    }
}
