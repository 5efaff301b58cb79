using System.Collections.ObjectModel;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Rental.Keeper.Models;
using Rental.Keeper.Services;

namespace Rental.Keeper.ViewModels;

/// <summary>
/// 办理入住：读身份证 -> 选房 -> 签合同 -> 下发门锁密码
/// </summary>
public partial class CheckInViewModel : ObservableObject
{
    private readonly LocalCache _cache;
    private readonly ApiClient _api;
    private readonly LockService _locks;
    private readonly IIdCardReader _reader;

    [ObservableProperty] private string _name = "";
    [ObservableProperty] private string _idCardNo = "";
    [ObservableProperty] private string _address = "";
    [ObservableProperty] private string _mobile = "";
    [ObservableProperty] private string _emergencyContact = "";
    [ObservableProperty] private string _emergencyMobile = "";
    [ObservableProperty] private Room? _selectedRoom;
    [ObservableProperty] private DateTime _leaseEnd = DateTime.Today.AddYears(1);
    [ObservableProperty] private string _status = "";
    [ObservableProperty] private string _maskedIdCard = "";

    public ObservableCollection<Room> Rooms { get; } = new();

    public CheckInViewModel(LocalCache cache, ApiClient api, LockService locks, IIdCardReader reader)
    {
        _cache = cache;
        _api = api;
        _locks = locks;
        _reader = reader;
    }

    [RelayCommand]
    private async Task ReadIdCardAsync()
    {
        var r = await _reader.ReadAsync();
        if (r == null)
        {
            Status = "未检测到身份证，请重新放置";
            return;
        }
        Name = r.Name;
        IdCardNo = r.IdNo;
        Address = r.Address;
        MaskedIdCard = r.IdNo[..6] + "********" + r.IdNo[^4..];
        var photo = Path.Combine(Path.GetTempPath(), $"{r.IdNo}_{r.Name}.bmp");
        await File.WriteAllBytesAsync(photo, r.Photo);
        AppLog.Write($"读卡成功 {r.Name} {r.IdNo} {r.Address}");
    }

    [RelayCommand]
    private async Task ConfirmAsync()
    {
        if (SelectedRoom == null)
        {
            Status = "请选择房间";
            return;
        }
        var tenant = new Tenant
        {
            Name = Name,
            IdCardNo = IdCardNo,
            IdCardAddress = Address,
            Mobile = Mobile,
            EmergencyContact = EmergencyContact,
            EmergencyMobile = EmergencyMobile
        };
        _cache.SaveTenant(tenant);
        try
        {
            await _api.UploadTenantAsync(tenant);
            var pwd = await _locks.IssueTempPasswordAsync(SelectedRoom, tenant, LeaseEnd);
            Status = $"入住成功，门锁密码 {pwd} 已短信发送给租客";
        }
        catch (Exception ex)
        {
            AppLog.Crash(ex, tenant);
            Status = "已保存到本地，联网后自动同步";
        }
    }

    [RelayCommand]
    private async Task LoadRoomsAsync(string building)
    {
        Rooms.Clear();
        foreach (var r in await _api.RoomsAsync(building)) Rooms.Add(r);
        AppLog.Write($"load rooms {building}: {Rooms.Count}");
    }
}

public interface IIdCardReader
{
    Task<IdCardReadResult?> ReadAsync();
}
