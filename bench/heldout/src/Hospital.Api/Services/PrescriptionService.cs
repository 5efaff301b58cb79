using MedLink.Hospital.Api.Data;
using MedLink.Hospital.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace MedLink.Hospital.Api.Services;

public class PrescriptionService(HisDbContext db, ILogger<PrescriptionService> logger)
{
    public async Task<Prescription> CreateAsync(CreatePrescriptionRequest request)
    {
        var patient = await db.Patients.FindAsync(request.PatientId)
            ?? throw new KeyNotFoundException($"Patient {request.PatientId} does not exist");

        var prescription = new Prescription
        {
            PrescriptionNo = $"RX{DateTime.Now:yyyyMMddHHmmss}{Random.Shared.Next(100, 999)}",
            PatientId = patient.Id,
            PatientName = patient.Name,
            DoctorCode = request.DoctorCode,
            Diagnosis = request.Diagnosis,
            Status = PrescriptionStatus.Draft,
            CreatedAt = DateTime.Now,
        };
        foreach (var item in request.Items)
        {
            prescription.Items.Add(new PrescriptionItem { DrugCode = item.DrugCode, Dosage = item.Dosage, Quantity = item.Quantity });
        }
        db.Prescriptions.Add(prescription);
        await db.SaveChangesAsync();

        logger.LogInformation("Prescription {PrescriptionNo} created for {PatientName} ({IdCard}), diagnosis {Diagnosis}",
            prescription.PrescriptionNo, patient.Name, patient.IdCardNo, request.Diagnosis);
        return prescription;
    }

    public async Task DispenseAsync(long id, string pharmacistCode)
    {
        var rx = await db.Prescriptions.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id)
                 ?? throw new KeyNotFoundException($"Prescription {id} not found");
        if (rx.Status != PrescriptionStatus.Signed)
        {
            throw new InvalidOperationException($"Prescription {rx.PrescriptionNo} is in status {rx.Status}, cannot dispense");
        }
        rx.Status = PrescriptionStatus.Dispensed;
        await db.SaveChangesAsync();
        logger.LogInformation("Prescription {PrescriptionNo} dispensed by {Pharmacist}, {ItemCount} items", rx.PrescriptionNo, pharmacistCode, rx.Items.Count);
    }

    public async Task<string> ExportDailyAsync(DateTime day, string folder)
    {
        var list = await db.Prescriptions.Where(p => p.CreatedAt.Date == day.Date).ToListAsync();
        var path = Path.Combine(folder, $"rx-{day:yyyyMMdd}.csv");
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("PrescriptionNo,PatientName,Diagnosis,Amount");
        foreach (var rx in list)
        {
            await writer.WriteLineAsync($"{rx.PrescriptionNo},{rx.PatientName},{rx.Diagnosis},{rx.TotalAmount}");
        }
        Console.WriteLine($"Exported {list.Count} prescriptions to {path}");
        return path;
    }
}
