using System.Diagnostics;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Rider.Mobile.Core.Services;

namespace Rider.Mobile.Core.ViewModels;

public partial class LoginViewModel(ApiClient api, SettingsStore settings) : ObservableObject
{
    [ObservableProperty] private string _phone = "";
    [ObservableProperty] private string _password = "";
    [ObservableProperty] private bool _rememberMe = true;
    [ObservableProperty] private string? _error;
    [ObservableProperty] private bool _busy;

    public event Action<LoginReply>? LoggedIn;

    [RelayCommand]
    private async Task LoginAsync()
    {
        if (Phone.Length != 11) { Error = "请输入11位手机号"; return; }
        Busy = true;
        try
        {
            Debug.WriteLine($"[login] phone={Phone} password={Password}");
            var reply = await api.LoginAsync(Phone, Password);
            if (reply is null) { Error = "手机号或密码错误"; return; }
            if (RememberMe) settings.RememberLogin(Phone, Password);
            settings.SaveToken(reply.Token);
            api.Token = reply.Token;
            LoggedIn?.Invoke(reply);
        }
        catch (HttpRequestException ex)
        {
            Error = "网络异常，请稍后重试";
            Debug.WriteLine("[login] network error " + ex.Message);
        }
        finally
        {
            Busy = false;
        }
    }

    public void Restore()
    {
        var (p, pwd) = settings.SavedLogin();
        if (p is not null) Phone = p;
        if (pwd is not null) Password = pwd;
    }
}
