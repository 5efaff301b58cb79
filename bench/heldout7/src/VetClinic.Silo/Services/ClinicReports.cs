using System.Text;
using Microsoft.Extensions.Logging;
using VetClinic.Contracts;
using ZLogger;

namespace VetClinic.Services;

/// <summary>Files the clinic hands out or sends: referral letters, the daily appointment sheet, the rabies register.</summary>
public sealed class ClinicReports
{
    private readonly ILogger<ClinicReports> _logger;
    private readonly string _outDir;

    public ClinicReports(ILogger<ClinicReports> logger, Microsoft.Extensions.Configuration.IConfiguration config)
    {
        _logger = logger;
        _outDir = config["Reports:OutputDir"] ?? "/data/reports";
    }

    /// <summary>Rabies vaccination register the district animal-control office collects monthly (SFTP drop folder).</summary>
    public async Task WriteRabiesRegisterAsync(IEnumerable<(OwnerProfile Owner, PetProfile Pet, DateOnly GivenOn, string Batch)> rows, DateOnly month)
    {
        var path = Path.Combine(_outDir, $"rabies-{month:yyyyMM}.csv");
        await using var writer = new StreamWriter(path, false, Encoding.UTF8);
        await writer.WriteLineAsync("owner,id_number,mobile,address,pet,chip,given_on,batch");
        foreach (var (owner, pet, givenOn, batch) in rows)
        {
            await writer.WriteLineAsync($"{owner.FullName},{owner.IdNumber},{owner.Mobile},{owner.Address},{pet.Name},{pet.MicrochipNumber},{givenOn:yyyy-MM-dd},{batch}");
        }
        _logger.ZLogInformation($"Rabies register {month:yyyy-MM} written to {path}");
    }

    /// <summary>Appointment sheet printed at the front desk each morning (names shortened, no phone).</summary>
    public string AppointmentSheet(IEnumerable<(DateTime At, string OwnerName, string PetName, string Vet)> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows.OrderBy(r => r.At))
        {
            sb.AppendLine($"{r.At:HH:mm}  {r.OwnerName[..1]}**  {r.PetName,-12} {r.Vet}");
        }
        return sb.ToString();
    }

    public async Task<string> ReferralLetterAsync(OwnerProfile owner, PetProfile pet, Visit visit, string hospital)
    {
        var letter = new StringBuilder()
            .AppendLine($"To: {hospital}")
            .AppendLine($"Patient: {pet.Name} ({pet.Species}, {pet.Breed}), chip {pet.MicrochipNumber}")
            .AppendLine($"Owner: {owner.FullName}, tel {owner.Mobile}")
            .AppendLine($"Reason: {visit.Reason}; diagnosis: {visit.Diagnosis}")
            .ToString();
        var path = Path.Combine(_outDir, "referrals", $"{visit.VisitId}.txt");
        await File.WriteAllTextAsync(path, letter);
        return path;
    }

    public void OnCrash(Exception ex, OwnerProfile? currentOwner)
    {
        var dump = $"{DateTime.UtcNow:O} {ex}\ncurrent owner: {currentOwner}";
        File.AppendAllText(Path.Combine(_outDir, "crash.log"), dump);
    }
}
