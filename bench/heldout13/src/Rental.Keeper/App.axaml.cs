using System.Text.Json;
using Avalonia;
using Avalonia.Controls.ApplicationLifetimes;
using Avalonia.Markup.Xaml;
using Rental.Keeper.Services;
using Rental.Keeper.ViewModels;

namespace Rental.Keeper;

public partial class App : Application
{
    public static LocalCache Cache { get; private set; } = null!;
    public static ApiClient Api { get; private set; } = null!;
    public static LockService Locks { get; private set; } = null!;

    public override void Initialize() => AvaloniaXamlLoader.Load(this);

    public override void OnFrameworkInitializationCompleted()
    {
        var settings = JsonDocument.Parse(File.ReadAllText("keeper.settings.json")).RootElement;
        Cache = new LocalCache(settings.GetProperty("CacheFile").GetString()!, settings.GetProperty("CachePassword").GetString()!);
        Cache.Init();
        Api = new ApiClient(settings.GetProperty("ServerUrl").GetString()!);
        var lockCfg = settings.GetProperty("LockVendor");
        Locks = new LockService(lockCfg.GetProperty("BaseUrl").GetString()!, lockCfg.GetProperty("ClientId").GetString()!,
            lockCfg.GetProperty("ClientSecret").GetString() ?? "e7b93a1f5c2d48e6a0b7c9d1f3e5a7b9", AppLog.Write);

        AppDomain.CurrentDomain.UnhandledException += (_, e) => AppLog.Crash((Exception)e.ExceptionObject, null);

        if (ApplicationLifetime is IClassicDesktopStyleApplicationLifetime desktop)
        {
            desktop.MainWindow = new Views.MainWindow { DataContext = new LoginViewModel(Api, Cache) };
        }
        base.OnFrameworkInitializationCompleted();
    }
}
