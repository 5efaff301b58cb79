using Orleans;
using VetClinic.Contracts;

namespace VetClinic.Grains;

/// <summary>One grain per vet per clinic ("clinicId/vetId"); keeps the booked slots of the next 60 days in memory.</summary>
public sealed class ScheduleGrain : Grain, IScheduleGrain
{
    private static readonly TimeOnly DayStart = new(8, 30);
    private static readonly TimeOnly DayEnd = new(18, 0);
    private static readonly TimeOnly LunchStart = new(12, 0);
    private static readonly TimeOnly LunchEnd = new(13, 30);
    private const int SlotMinutes = 20;

    private readonly Dictionary<DateTime, (string PetId, string OwnerId)> _booked = new();

    public Task<IReadOnlyList<AppointmentSlot>> FreeSlots(DateOnly day)
    {
        var vetId = this.GetPrimaryKeyString().Split('/')[1];
        var result = new List<AppointmentSlot>();
        for (var t = DayStart; t.AddMinutes(SlotMinutes) <= DayEnd; t = t.AddMinutes(SlotMinutes))
        {
            if (t >= LunchStart && t < LunchEnd) continue;
            var start = day.ToDateTime(t, DateTimeKind.Utc);
            if (!_booked.ContainsKey(start))
            {
                result.Add(new AppointmentSlot(vetId, start, SlotMinutes));
            }
        }
        return Task.FromResult<IReadOnlyList<AppointmentSlot>>(result);
    }

    public Task<bool> Book(AppointmentSlot slot, string petId, string ownerId)
    {
        if (slot.StartUtc < DateTime.UtcNow || _booked.ContainsKey(slot.StartUtc))
        {
            return Task.FromResult(false);
        }
        _booked[slot.StartUtc] = (petId, ownerId);
        return Task.FromResult(true);
    }

    public Task Cancel(AppointmentSlot slot)
    {
        _booked.Remove(slot.StartUtc);
        return Task.CompletedTask;
    }

    public static double Utilisation(int booked, int free) => booked + free == 0 ? 0 : Math.Round(booked * 100.0 / (booked + free), 1);
}
