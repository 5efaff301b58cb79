using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Microsoft.Extensions.Logging;

namespace Rider.Mobile.Core.ViewModels;

public partial class ProfileViewModel(ILogger<ProfileViewModel> log) : ObservableObject
{
    [ObservableProperty] private string _name = "";
    [ObservableProperty] private string _idCardNo = "";
    [ObservableProperty] private string _bankCardNo = "";
    [ObservableProperty] private string _healthCertNo = "";

    public string MaskedIdCard => IdCardNo.Length == 18 ? IdCardNo[..4] + "**********" + IdCardNo[^4..] : "";
    public string MaskedBankCard => BankCardNo.Length > 4 ? "**** **** **** " + BankCardNo[^4..] : "";

    [RelayCommand]
    private void Save()
    {
        log.LogInformation("profile saved, card {Card}", MaskedBankCard);
        log.LogInformation("profile saved for {Name}, ID {IdCard}, health cert {Cert}", Name, IdCardNo, HealthCertNo);
    }

    [RelayCommand]
    private void UploadFaceCheck(byte[] selfie)
    {
        // liveness check before going online (平台要求每日人脸核身)
        log.LogDebug("face check image {Bytes} bytes", selfie.Length);
    }
}
