using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Rider.Mobile.Core.Services;

namespace Rider.Mobile.Core.ViewModels;

public partial class SettingsViewModel(IPreferences prefs) : ObservableObject
{
    [ObservableProperty] private NavigationHelper.MapApp _mapApp = NavigationHelper.MapApp.Amap;
    [ObservableProperty] private bool _voiceBroadcast = true;
    [ObservableProperty] private bool _autoAcceptNearby;
    [ObservableProperty] private int _maxBagSize = 5;
    [ObservableProperty] private string _language = "zh-CN";

    public IReadOnlyList<int> BagSizes { get; } = [3, 4, 5, 6, 8];

    public void Load()
    {
        if (Enum.TryParse<NavigationHelper.MapApp>(prefs.Get("map.app"), out var app)) MapApp = app;
        VoiceBroadcast = prefs.Get("voice") != "off";
        AutoAcceptNearby = prefs.Get("auto.accept") == "on";
        if (int.TryParse(prefs.Get("bag.max"), out var bag) && BagSizes.Contains(bag)) MaxBagSize = bag;
        Language = prefs.Get("lang") ?? "zh-CN";
    }

    [RelayCommand]
    private void Save()
    {
        prefs.Set("map.app", MapApp.ToString());
        prefs.Set("voice", VoiceBroadcast ? "on" : "off");
        prefs.Set("auto.accept", AutoAcceptNearby ? "on" : "off");
        prefs.Set("bag.max", MaxBagSize.ToString());
        prefs.Set("lang", Language);
    }

    [RelayCommand]
    private void Logout()
    {
        prefs.Remove("auth.token");
        prefs.Remove("login.password");
    }
}
