using System.Text;
using RxPharmacy.Api.Domain;

namespace RxPharmacy.Api.Features.Prescriptions;

/// <summary>
/// Weekly register of psychotropic and narcotic dispensing (精麻药品专册登记) that the drug regulator
/// requires, uploaded over the regulator's portal. The register must contain the patient's name and
/// ID number; the file is written to the encrypted upload volume and deleted after upload.
/// </summary>
public sealed class ControlledDrugReport
{
    private readonly ILogger<ControlledDrugReport> _logger;

    public ControlledDrugReport(ILogger<ControlledDrugReport> logger) => _logger = logger;

    public async Task<string> WriteAsync(IReadOnlyList<(Prescription Rx, Patient Patient, Drug Drug, int Packs)> rows, DateOnly weekStart)
    {
        var sb = new StringBuilder("prescription_no,patient_name,id_number,drug_code,drug_name,packs,dispensed_at\n");
        foreach (var (rx, patient, drug, packs) in rows)
        {
            sb.Append(rx.Number).Append(',').Append(patient.Name).Append(',').Append(patient.IdCardNumber).Append(',')
              .Append(drug.Code).Append(',').Append(drug.GenericName).Append(',').Append(packs).Append(',')
              .Append(rx.ReviewedAt?.ToString("yyyy-MM-dd HH:mm")).Append('\n');
        }

        var path = $"/mnt/regulator-upload/controlled-{weekStart:yyyyMMdd}.csv";
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        _logger.LogInformation("Controlled-drug register for week {Week}: {Rows} rows", weekStart, rows.Count);
        foreach (var (rx, patient, _, _) in rows.Where(r => r.Packs > 2))
        {
            _logger.LogWarning("Unusual quantity on {Number} for {Patient} ({Diagnosis})", rx.Number, patient.Name, rx.Diagnosis);
        }

        return path;
    }
}
