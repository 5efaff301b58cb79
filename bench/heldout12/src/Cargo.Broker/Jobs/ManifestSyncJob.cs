using System.Text;
using Cargo.Broker.Data;
using Cargo.Broker.Integrations;
using Dapper;

namespace Cargo.Broker.Jobs;

public class ManifestSyncJob
{
    private readonly IDbConnectionFactory _db;
    private readonly EdiFtpUploader _ftp;
    private readonly ILogger<ManifestSyncJob> _log;

    public ManifestSyncJob(IDbConnectionFactory db, EdiFtpUploader ftp, ILogger<ManifestSyncJob> log)
    {
        _db = db;
        _ftp = ftp;
        _log = log;
    }

    public Task RunAsync()
    {
        using var c = _db.Open();
        var rows = c.Query<Shipment>("select * from shipment where status='BOOKED' and manifest_sent=0").ToList();
        if (rows.Count == 0) return Task.CompletedTask;

        var sb = new StringBuilder();
        sb.AppendLine("HBL|MBL|CTN|SHIPPER|CONSIGNEE|PKGS|KG|CBM");
        foreach (var s in rows)
            sb.AppendLine(string.Join('|', s.HblNo, s.MblNo, s.ContainerNo, s.ShipperName, s.ConsigneeName, s.Pieces, s.GrossWeightKg, s.VolumeCbm));
        var name = $"MANIFEST_{DateTime.UtcNow:yyyyMMddHHmm}.txt";
        _ftp.Upload(name, Encoding.UTF8.GetBytes(sb.ToString()));

        var backup = Path.Combine(Path.GetTempPath(), name);
        File.WriteAllText(backup, sb.ToString());
        _log.LogInformation("manifest {Name} sent with {Count} rows", name, rows.Count);
        return Task.CompletedTask;
    }
}
