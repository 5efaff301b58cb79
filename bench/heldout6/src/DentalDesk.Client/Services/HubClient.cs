using DentalDesk.Models;
using Microsoft.AspNetCore.SignalR.Client;
using NLog;

namespace DentalDesk.Services;

/// <summary>候诊大屏和医生诊室的实时通知（SignalR）。</summary>
public class HubClient : IAsyncDisposable
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly HubConnection _connection;

    public event Action<Appointment> AppointmentChanged;

    public HubClient(string baseUrl, Func<string> token)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(baseUrl + "/hubs/front-desk", o => o.AccessTokenProvider = () => Task.FromResult(token()))
            .WithAutomaticReconnect(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30) })
            .Build();

        _connection.On<Appointment>("AppointmentChanged", a =>
        {
            Log.Debug("Appointment {0} -> {1} chair {2}", a.Id, a.State, a.ChairNo);
            AppointmentChanged?.Invoke(a);
        });
        _connection.Reconnecting += ex =>
        {
            Log.Warn(ex, "Hub reconnecting");
            return Task.CompletedTask;
        };
    }

    public Task StartAsync() => _connection.StartAsync();

    /// <summary>叫号：把患者显示在候诊大屏上（大屏只显示姓氏 + 牌号）。</summary>
    public Task CallPatientAsync(Appointment a, string ticketNo)
    {
        var display = a.PatientName[0] + "**";
        Log.Info("Calling ticket {0} ({1}) to chair {2}", ticketNo, display, a.ChairNo);
        return _connection.InvokeAsync("CallPatient", ticketNo, display, a.ChairNo);
    }

    /// <summary>通知医生诊室：下一位患者的病历摘要。</summary>
    public Task NotifyDentistAsync(Appointment a, Patient p)
    {
        Log.Info($"Notify dentist {a.DentistCode}: next patient {p.Name}, allergies {p.Allergies}");
        return _connection.InvokeAsync("NextPatient", a.DentistCode, p.ChartNo);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
