using System.Text;
using Microsoft.Extensions.Logging;
using ZLogger;

namespace VetClinic.Services;

/// <summary>Imports the reference lab's daily result file (pipe-separated) and files each result under the pet.</summary>
public sealed class LabResultImporter
{
    private readonly Orleans.IGrainFactory _grains;
    private readonly ILogger<LabResultImporter> _logger;
    private readonly string _inbox;

    public LabResultImporter(Orleans.IGrainFactory grains, ILogger<LabResultImporter> logger, Microsoft.Extensions.Configuration.IConfiguration config)
    {
        _grains = grains;
        _logger = logger;
        _inbox = config["Lab:InboxPath"] ?? "/data/lab-inbox";
    }

    public async Task<int> ImportAsync(string fileName, CancellationToken ct)
    {
        var imported = 0;
        var rejected = new StringBuilder();
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(_inbox, fileName), ct))
        {
            var cols = line.Split('|');
            if (cols.Length < 6)
            {
                _logger.ZLogWarning($"Malformed lab line in {fileName}: {line}");
                rejected.AppendLine(line);
                continue;
            }
            var (petId, ownerName, ownerPhone, test, value, unit) = (cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]);
            var pet = _grains.GetGrain<Contracts.IPetGrain>(petId);
            if (await pet.GetProfile() is null)
            {
                rejected.Append(ownerName).Append('|').Append(ownerPhone).Append('|').AppendLine(test);
                continue;
            }
            await pet.RecordVisit(new Contracts.Visit(Guid.NewGuid().ToString("N"), petId, DateTime.UtcNow, "LAB", $"{test}={value}{unit}", null, new()));
            imported++;
        }
        if (rejected.Length > 0)
        {
            await File.WriteAllTextAsync(Path.Combine(_inbox, fileName + ".rejected"), rejected.ToString(), ct);
        }
        _logger.ZLogInformation($"Lab file {fileName}: {imported} imported");
        return imported;
    }
}
