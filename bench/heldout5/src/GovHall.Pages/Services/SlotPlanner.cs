using GovHall.Pages.Models;

namespace GovHall.Pages.Services;

/// <summary>
/// Cuts a working day into bookable slots per service: mornings 9:00–12:00, afternoons 13:30–17:00
/// (summer timetable from May to September starts the afternoon at 14:00). A fifth of the capacity
/// stays open for walk-ins.
/// </summary>
public sealed class SlotPlanner
{
    private const double WalkInShare = 0.2;

    public IReadOnlyList<TimeSlot> Plan(DateOnly day, ServiceItem item, int windows, IReadOnlyDictionary<TimeOnly, int> booked)
    {
        var slots = new List<TimeSlot>();
        var afternoon = day.Month is >= 5 and <= 9 ? new TimeOnly(14, 0) : new TimeOnly(13, 30);
        AddRange(slots, day, new TimeOnly(9, 0), new TimeOnly(12, 0), item, windows, booked);
        AddRange(slots, day, afternoon, new TimeOnly(17, 0), item, windows, booked);
        return slots;
    }

    private static void AddRange(List<TimeSlot> slots, DateOnly day, TimeOnly from, TimeOnly to, ServiceItem item, int windows, IReadOnlyDictionary<TimeOnly, int> booked)
    {
        const int slotMinutes = 30;
        var perSlot = Math.Max(1, (int)Math.Floor(windows * slotMinutes / (double)item.MinutesPerCase * (1 - WalkInShare)));
        for (var t = from; t < to; t = t.AddMinutes(slotMinutes))
        {
            booked.TryGetValue(t, out var taken);
            slots.Add(new TimeSlot(day, t, perSlot, taken));
        }
    }

    public static string QueueNumber(ServiceItem item, int sequence) =>
        $"{(char)('A' + item.WindowGroup - 1)}{sequence:D3}";
}
