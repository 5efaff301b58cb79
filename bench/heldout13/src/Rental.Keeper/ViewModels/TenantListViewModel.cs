using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Text;
using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using Rental.Keeper.Models;
using Rental.Keeper.Services;

namespace Rental.Keeper.ViewModels;

public partial class TenantListViewModel : ObservableObject
{
    private readonly LocalCache _cache;

    [ObservableProperty] private string _keyword = "";
    [ObservableProperty] private string _summary = "";

    public ObservableCollection<TenantRow> Rows { get; } = new();

    public TenantListViewModel(LocalCache cache) => _cache = cache;

    [RelayCommand]
    private void Search()
    {
        AppLog.Write($"search tenant: {Keyword}");
        Rows.Clear();
        foreach (var t in _cache.Unsynced().Where(t => t.Name.Contains(Keyword) || t.Mobile.Contains(Keyword) || t.IdCardNo.Contains(Keyword)))
        {
            Rows.Add(new TenantRow(t.Id, t.Name, t.Mobile[..3] + "****" + t.Mobile[^4..], t.IdCardNo[..4] + "**********" + t.IdCardNo[^4..]));
        }
        Summary = $"共 {Rows.Count} 位租客";
    }

    [RelayCommand]
    private void DumpForSupport(Tenant t)
    {
        Debug.WriteLine("tenant dump: " + t.Name + "," + t.Mobile + "," + t.IdCardNo + "," + t.EmergencyContact + "," + t.EmergencyMobile);
        Trace.TraceInformation("tenant {0} dumped", t);
    }

    [RelayCommand]
    private async Task ExportEmergencyContactsAsync()
    {
        var sb = new StringBuilder("房客,紧急联系人,紧急联系电话\n");
        foreach (var t in _cache.Unsynced())
        {
            sb.Append(t.Name).Append(',').Append(t.EmergencyContact).Append(',').Append(t.EmergencyMobile).Append('\n');
        }
        var desktop = Environment.GetFolderPath(Environment.SpecialFolder.Desktop);
        await File.WriteAllTextAsync(Path.Combine(desktop, "紧急联系人.csv"), sb.ToString(), Encoding.UTF8);
    }
}

public record TenantRow(long Id, string Name, string MaskedMobile, string MaskedIdCard);
