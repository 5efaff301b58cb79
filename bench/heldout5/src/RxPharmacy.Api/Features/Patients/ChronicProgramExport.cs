using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using RxPharmacy.Api.Domain;

namespace RxPharmacy.Api.Features.Patients;

/// <summary>
/// Monthly list of patients enrolled in the diabetes follow-up programme, for the partner clinic's
/// nurses who phone them. The partner's import tool expects a CSV, AES-encrypted with the agreed key.
/// </summary>
public sealed class ChronicProgramExport
{
    private static readonly byte[] PartnerKey = Encoding.ASCII.GetBytes("Qm7Rt2Wz9Lp4Kx8V");

    public async Task<byte[]> BuildAsync(IEnumerable<Patient> patients)
    {
        await using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(buffer, CultureInfo.InvariantCulture))
        {
            csv.WriteField("name");
            csv.WriteField("mobile");
            csv.WriteField("allergies");
            await csv.NextRecordAsync();
            foreach (var p in patients.OrderBy(p => p.Id))
            {
                csv.WriteField(p.Name);
                csv.WriteField(p.Mobile);
                csv.WriteField(p.Allergies ?? "");
                await csv.NextRecordAsync();
            }
        }

        using var aes = Aes.Create();
        aes.Key = PartnerKey;
        aes.Mode = CipherMode.ECB;
        var bytes = Encoding.UTF8.GetBytes(buffer.ToString());
        return aes.CreateEncryptor().TransformFinalBlock(bytes, 0, bytes.Length);
    }

    public static void PrintEnrolmentProblems(IEnumerable<Patient> patients)
    {
        foreach (var p in patients.Where(p => p.Mobile.Length != 11))
        {
            Console.WriteLine($"Cannot enrol {p.Name} ({p.IdCardNumber}): mobile '{p.Mobile}' is not valid");
        }
    }

    public static void EnsureAdult(Patient p, DateOnly today)
    {
        if (Utils.IdCard.AgeOn(p.IdCardNumber, today) < 18)
        {
            throw new ArgumentException($"Patient {p.IdCardNumber} is under 18 and needs a guardian's consent");
        }
    }
}
