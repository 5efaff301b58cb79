using System.Collections.ObjectModel;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Rider.Mobile.Core.Services;

namespace Rider.Mobile.Core.ViewModels;

public partial class EarningsViewModel(ApiClient api) : ObservableObject
{
    public sealed record DayEarning(DateOnly Day, int Orders, decimal Fees, decimal Penalties, decimal Bonus)
    {
        public decimal Net => Fees + Bonus - Penalties;
    }

    public ObservableCollection<DayEarning> Days { get; } = new();

    [ObservableProperty] private decimal _weekTotal;
    [ObservableProperty] private int _weekOrders;
    [ObservableProperty] private string _rankText = "";
    [ObservableProperty] private double _onTimeRate;

    [RelayCommand]
    private async Task LoadAsync()
    {
        var orders = await api.MyOrdersAsync();
        Days.Clear();
        foreach (var g in orders.GroupBy(o => DateOnly.FromDateTime(o.PromisedAt)).OrderByDescending(g => g.Key).Take(7))
            Days.Add(new DayEarning(g.Key, g.Count(), g.Sum(o => o.Fee), 0m, g.Count() >= 40 ? 30m : g.Count() >= 25 ? 15m : 0m));
        WeekTotal = Days.Sum(d => d.Net);
        WeekOrders = Days.Sum(d => d.Orders);
        RankText = WeekOrders switch
        {
            >= 300 => "王者骑士",
            >= 200 => "钻石骑士",
            >= 120 => "黄金骑士",
            _ => "青铜骑士",
        };
    }

    public static string FormatMoney(decimal v) => v.ToString("¥#,0.00");
}
