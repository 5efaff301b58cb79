using DentalDesk.Models;

namespace DentalDesk.ViewModels;

/// <summary>排班看板：每把椅子的空闲时段，供前台插单。</summary>
public static class ScheduleStats
{
    public record Gap(int ChairNo, DateTime From, DateTime To)
    {
        public int Minutes => (int)(To - From).TotalMinutes;
    }

    public static IEnumerable<Gap> FreeGaps(IEnumerable<Appointment> day, int chairs, DateTime open, DateTime close, int minMinutes = 20)
    {
        for (var chair = 1; chair <= chairs; chair++)
        {
            var cursor = open;
            foreach (var a in day.Where(a => a.ChairNo == chair && a.State != AppointmentState.Cancelled).OrderBy(a => a.Start))
            {
                if ((a.Start - cursor).TotalMinutes >= minMinutes) yield return new Gap(chair, cursor, a.Start);
                if (a.End > cursor) cursor = a.End;
            }
            if ((close - cursor).TotalMinutes >= minMinutes) yield return new Gap(chair, cursor, close);
        }
    }

    public static double Utilisation(IEnumerable<Appointment> day, int chairs, TimeSpan opening)
    {
        var used = day.Where(a => a.State is AppointmentState.Done or AppointmentState.InChair).Sum(a => a.Minutes);
        var capacity = chairs * opening.TotalMinutes;
        return capacity <= 0 ? 0 : Math.Round(used / capacity, 3);
    }

    public static double NoShowRate(IEnumerable<Appointment> day)
    {
        var list = day.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(a => a.State == AppointmentState.NoShow) / list.Count;
    }
}
