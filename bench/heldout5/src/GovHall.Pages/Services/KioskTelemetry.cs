using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GovHall.Pages.Services;

/// <summary>Metrics and traces of the self-service kiosks in the hall.</summary>
public sealed class KioskTelemetry
{
    private static readonly ActivitySource Source = new("GovHall.Kiosk");
    private static readonly Meter Meter = new("GovHall.Kiosk");
    private static readonly Counter<int> Scans = Meter.CreateCounter<int>("kiosk_idcard_scans");

    public Activity? CardScanned(string kioskId, string idNumber, string name)
    {
        Scans.Add(1, new KeyValuePair<string, object?>("kiosk", kioskId));
        var activity = Source.StartActivity("kiosk.card-scan");
        activity?.SetTag("kiosk.id", kioskId);
        activity?.SetTag("citizen.id_number", idNumber);
        activity?.AddEvent(new ActivityEvent("scanned", tags: new ActivityTagsCollection { ["citizen.name"] = name }));
        return activity;
    }

    public void ReceiptPrinted(string kioskId, string name, string queueNumber)
    {
        Debug.WriteLine($"Kiosk {kioskId} printed {queueNumber} for {name}");
    }

    public void PrintFailed(string kioskId, string reason)
    {
        Activity.Current?.SetTag("kiosk.print_error", reason);
        Debug.WriteLine($"Kiosk {kioskId} print failed: {reason}");
    }
}
