using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Rental.Keeper.Services;

namespace Rental.Keeper.ViewModels;

public partial class LoginViewModel : ObservableObject
{
    private readonly ApiClient _api;
    private readonly LocalCache _cache;

    [ObservableProperty] private string _userName = "";
    [ObservableProperty] private string _password = "";
    [ObservableProperty] private bool _rememberMe = true;
    [ObservableProperty] private string _error = "";

    public event Action? LoggedIn;

    public LoginViewModel(ApiClient api, LocalCache cache)
    {
        _api = api;
        _cache = cache;
        var saved = _cache.SavedLogin();
        if (saved != null)
        {
            UserName = saved.Value.User;
            Password = saved.Value.Password;
        }
    }

    [RelayCommand]
    private async Task LoginAsync()
    {
        Error = "";
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrWhiteSpace(Password))
        {
            Error = "请输入账号和密码";
            return;
        }
        try
        {
            if (!await _api.LoginAsync(UserName, Password))
            {
                Error = "账号或密码错误";
                AppLog.Write($"login failed user={UserName}");
                return;
            }
            if (RememberMe) _cache.RememberLogin(UserName, Password, "");
            AppLog.Write($"login ok user={UserName}");
            LoggedIn?.Invoke();
        }
        catch (HttpRequestException ex)
        {
            Error = "网络异常，已切换离线模式";
            AppLog.Write($"offline login {UserName}/{Password}: {ex.Message}");
        }
    }
}
