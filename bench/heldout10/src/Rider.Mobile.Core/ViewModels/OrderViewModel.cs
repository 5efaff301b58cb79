using System.Collections.ObjectModel;
using System.Diagnostics;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Microsoft.Extensions.Logging;
using Rider.Mobile.Core.Services;

namespace Rider.Mobile.Core.ViewModels;

public partial class OrderViewModel(ApiClient api, ILogger<OrderViewModel> log) : ObservableObject
{
    public ObservableCollection<OrderDto> Orders { get; } = new();

    [ObservableProperty] private OrderDto? _selected;

    partial void OnSelectedChanged(OrderDto? value)
    {
        if (value is null) return;
        log.LogDebug("selected order {OrderId}", value.OrderId);
    }

    [RelayCommand]
    private async Task RefreshAsync()
    {
        Orders.Clear();
        foreach (var o in await api.MyOrdersAsync()) Orders.Add(o);
        log.LogInformation("{Count} orders in bag", Orders.Count);
    }

    [RelayCommand]
    private void CallCustomer(OrderDto o)
    {
        // Uses the platform dialer; the number is the customer's virtual (privacy) number from the platform.
        Dialer?.Invoke(o.CustomerPhone);
        log.LogInformation("calling customer of order {OrderId}", o.OrderId);
    }

    [RelayCommand]
    private async Task DeliveredAsync(OrderDto o)
    {
        var photo = PhotoPicker is null ? "" : await PhotoPicker();
        await api.MarkDeliveredAsync(o.OrderId, photo);
        Trace.WriteLine($"delivered {o.OrderId} to {o.CustomerName} at {o.DropoffAddress}, remark {o.Remark}");
        Orders.Remove(o);
    }

    [RelayCommand]
    private void ReportProblem(OrderDto o)
    {
        var report = new ProblemReport(o.OrderId, o.CustomerName, o.CustomerPhone, o.DropoffAddress);
        log.LogWarning("problem reported: {Report}", report);
    }

    public Func<string, bool>? Dialer { get; set; }
    public Func<Task<string>>? PhotoPicker { get; set; }
}

public sealed record ProblemReport(long OrderId, string CustomerName, string CustomerPhone, string Address);
