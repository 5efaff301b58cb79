using Microsoft.Extensions.Logging;
using VetClinic.Contracts;

namespace VetClinic.Services;

/// <summary>Online booking from the WeChat mini-program: picks a free slot and confirms by SMS.</summary>
public sealed class BookingService
{
    private readonly Orleans.IGrainFactory _grains;
    private readonly SmsGateway _sms;
    private readonly ILogger<BookingService> _logger;

    public BookingService(Orleans.IGrainFactory grains, SmsGateway sms, ILogger<BookingService> logger)
    {
        _grains = grains;
        _sms = sms;
        _logger = logger;
    }

    public async Task<AppointmentSlot?> BookFirstFreeAsync(string clinic, string vet, DateOnly day, string petId, string ownerId)
    {
        var schedule = _grains.GetGrain<IScheduleGrain>($"{clinic}/{vet}");
        var owner = await _grains.GetGrain<IOwnerGrain>(ownerId).GetProfile();
        if (owner is null)
        {
            _logger.LogWarning("Booking for unknown owner {OwnerId}", ownerId);
            return null;
        }
        foreach (var slot in await schedule.FreeSlots(day))
        {
            if (await schedule.Book(slot, petId, ownerId))
            {
                _logger.LogDebug("Booked {@Slot} for {@Owner}", slot, owner);
                await _sms.SendAsync(owner.Mobile, $"【爱宠动物医院】已为您预约 {slot.StartUtc.AddHours(8):MM-dd HH:mm}，请准时到院。");
                return slot;
            }
        }
        Console.Error.WriteLine($"no slot on {day} for {owner.FullName} {owner.Mobile}");
        return null;
    }

    public static IEnumerable<DateOnly> NextWorkingDays(DateOnly from, int count, ISet<DateOnly> holidays)
    {
        var d = from;
        while (count > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is DayOfWeek.Sunday || holidays.Contains(d)) continue;
            count--;
            yield return d;
        }
    }
}
