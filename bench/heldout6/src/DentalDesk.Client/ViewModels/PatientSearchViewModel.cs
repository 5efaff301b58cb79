using System.Collections.ObjectModel;
using DentalDesk.Models;
using DentalDesk.Services;
using NLog;

namespace DentalDesk.ViewModels;

public class PatientSearchViewModel : ViewModelBase
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IClinicApi _api;
    private string _keyword;
    private Patient _selected;

    public PatientSearchViewModel(IClinicApi api)
    {
        _api = api;
        SearchCommand = new RelayCommand(_ => SearchAsync(), _ => !string.IsNullOrWhiteSpace(Keyword));
    }

    public ObservableCollection<Patient> Results { get; } = new();
    public string Keyword { get => _keyword; set => Set(ref _keyword, value); }
    public RelayCommand SearchCommand { get; }

    public Patient Selected
    {
        get => _selected;
        set
        {
            if (Set(ref _selected, value))
            {
                CrashReporter.CurrentPatient = value;
                if (value != null) Log.Debug("Selected patient chart {0}", value.ChartNo);
            }
        }
    }

    private async Task SearchAsync()
    {
        Results.Clear();
        var list = await _api.SearchPatientsAsync(Keyword.Trim());
        foreach (var p in list.OrderBy(p => p.Name, StringComparer.Ordinal)) Results.Add(p);
        Log.Info("Patient search '{0}' -> {1} results", Keyword, list.Count);
        if (list.Count == 0)
            FileLog.Warn($"no patient found for {Keyword}");
    }

    public string AgeText(Patient p) => p == null ? "" : $"{p.AgeAt(DateTime.Today)} 岁{(p.IsMinor(DateTime.Today) ? "（未成年，需监护人签字）" : "")}";
}
