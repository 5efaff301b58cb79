using System.Collections.ObjectModel;
using DentalDesk.Models;
using DentalDesk.Services;
using NLog;

namespace DentalDesk.ViewModels;

public class AppointmentViewModel : ViewModelBase
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IClinicApi _api;
    private readonly HubClient _hub;
    private DateTime _day = DateTime.Today;

    public AppointmentViewModel(IClinicApi api, HubClient hub)
    {
        _api = api;
        _hub = hub;
        _hub.AppointmentChanged += OnChanged;
    }

    public ObservableCollection<Appointment> Day { get; } = new();
    public DateTime SelectedDay { get => _day; set { if (Set(ref _day, value)) _ = LoadAsync(); } }

    public async Task LoadAsync()
    {
        Day.Clear();
        foreach (var a in (await _api.ScheduleAsync(_day.ToString("yyyy-MM-dd"))).OrderBy(a => a.Start))
            Day.Add(a);
    }

    public async Task<Appointment> BookAsync(Patient p, AppointmentKind kind, int chair, DateTime start, string dentist)
    {
        var a = new Appointment
        {
            PatientId = p.Id,
            PatientName = p.Name,
            PatientPhone = p.Phone,
            ChairNo = chair,
            DentistCode = dentist,
            Kind = kind,
            Start = start,
            Minutes = Appointment.DefaultMinutes(kind),
        };
        var clash = Day.FirstOrDefault(x => x.Overlaps(a) && x.State != AppointmentState.Cancelled);
        if (clash != null)
            throw new InvalidOperationException($"椅位 {chair} 在 {start:HH:mm} 已被预约 (预约号 {clash.Id})");
        var saved = await _api.BookAsync(a);
        Log.Info("Booked {0} {1} for {2} ({3}) chair {4}", saved.Id, kind, p.Name, p.Phone, chair);
        return saved;
    }

    public void CheckIn(Appointment a)
    {
        a.State = AppointmentState.CheckedIn;
        FileLog.Info($"check-in appointment={a.Id} chair={a.ChairNo} at {DateTime.Now:HH:mm}");
        Raise(nameof(Day));
    }

    public void MarkNoShow(Appointment a)
    {
        a.State = AppointmentState.NoShow;
        Log.Warn("No-show {0}: {1}", a.Id, a);
    }

    private void OnChanged(Appointment a)
    {
        var existing = Day.FirstOrDefault(x => x.Id == a.Id);
        if (existing != null) Day[Day.IndexOf(existing)] = a;
        else if (a.Start.Date == _day) Day.Add(a);
    }
}
