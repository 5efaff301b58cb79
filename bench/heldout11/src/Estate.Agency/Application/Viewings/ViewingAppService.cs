using Estate.Agency.Application.Customers;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Application.Viewings;

public record BookViewingInput(long CustomerId, long ListingId, DateTime AppointAt);
public record ViewingFeedbackInput(long Id, int Result, string? Feedback);

[ApiDescriptionSettings("CRM", Name = "Viewing", Order = 130)]
[Authorize]
public class ViewingAppService : ApplicationService
{
    private readonly SqlSugarRepository<Viewing> _viewings;
    private readonly SqlSugarRepository<Customer> _customers;
    private readonly SqlSugarRepository<Listing> _listings;
    private readonly SmsHelper _sms;
    private readonly ILogger<ViewingAppService> _logger;

    public ViewingAppService(SqlSugarRepository<Viewing> viewings, SqlSugarRepository<Customer> customers,
        SqlSugarRepository<Listing> listings, SmsHelper sms, ILogger<ViewingAppService> logger)
    {
        _viewings = viewings;
        _customers = customers;
        _listings = listings;
        _sms = sms;
        _logger = logger;
    }

    [HttpPost]
    public async Task<long> Book([FromBody] BookViewingInput input)
    {
        if (input.AppointAt < DateTime.Now.AddMinutes(30)) throw new UserFriendlyException("带看时间至少提前 30 分钟");
        var c = await _customers.GetByIdAsync(input.CustomerId) ?? throw new UserFriendlyException("客户不存在");
        var l = await _listings.GetByIdAsync(input.ListingId) ?? throw new UserFriendlyException("房源不存在");
        var clash = await _viewings.GetListAsync("ListingId = @ListingId AND ABS(TIMESTAMPDIFF(MINUTE, AppointAt, @AppointAt)) < 30", input);
        if (clash.Count > 0) throw new UserFriendlyException($"该时段房源 {l.Id} 已有带看安排");
        var id = await _viewings.InsertReturnIdAsync(new Viewing { CustomerId = c.Id, ListingId = l.Id, AgentId = CurrentUser.Id ?? 0, AppointAt = input.AppointAt });
        await _sms.SendTemplateAsync(c.Phone, "SMS_VIEWING", new { time = input.AppointAt.ToString("MM-dd HH:mm"), community = l.Community });
        await _sms.SendTemplateAsync(l.OwnerPhone, "SMS_OWNER_VIEWING", new { time = input.AppointAt.ToString("MM-dd HH:mm"), customer = c.RealName, phone = c.Phone });
        return id;
    }

    [HttpPost]
    public async Task Feedback([FromBody] ViewingFeedbackInput input)
    {
        var v = await _viewings.GetByIdAsync(input.Id) ?? throw new UserFriendlyException("带看记录不存在");
        v.Result = input.Result;
        v.Feedback = input.Feedback;
        await _viewings.UpdateAsync(v);
        _logger.LogInformation("viewing {Id} result {Result}", v.Id, v.Result);
    }

    /// <summary>Route planner for an agent's afternoon: greedy nearest-next by community coordinates.</summary>
    public static IReadOnlyList<long> PlanRoute((long Id, double Lat, double Lng)[] stops, double startLat, double startLng)
    {
        var left = stops.ToList();
        var order = new List<long>();
        var (lat, lng) = (startLat, startLng);
        while (left.Count > 0)
        {
            var next = left.MinBy(s => Haversine(lat, lng, s.Lat, s.Lng));
            order.Add(next.Id);
            (lat, lng) = (next.Lat, next.Lng);
            left.Remove(next);
        }
        return order;
    }

    private static double Haversine(double lat1, double lng1, double lat2, double lng2)
    {
        const double R = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLng = (lng2 - lng1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }
}
