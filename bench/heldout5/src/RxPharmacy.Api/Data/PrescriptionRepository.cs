using Dapper;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Infrastructure;
using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Data;

public sealed class PrescriptionRepository
{
    private readonly DbConnectionFactory _db;

    public PrescriptionRepository(DbConnectionFactory db) => _db = db;

    public async Task<int> NextSequenceAsync(DateOnly day)
    {
        using var c = _db.Open();
        return await c.ExecuteScalarAsync<int>(
            "INSERT INTO rx_sequence (day, seq) VALUES (@day, 1) ON DUPLICATE KEY UPDATE seq = LAST_INSERT_ID(seq + 1); SELECT LAST_INSERT_ID();",
            new { day = day.ToDateTime(TimeOnly.MinValue) });
    }

    public async Task InsertAsync(Prescription p)
    {
        using var c = _db.Open();
        using var tx = c.BeginTransaction();
        p.Id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO prescription (number, patient_id, doctor_id, diagnosis, chronic, status, issued_at) VALUES (@Number, @PatientId, @DoctorId, @Diagnosis, @ChronicDisease, @Status, @IssuedAt); SELECT LAST_INSERT_ID();",
            p, tx);
        foreach (var line in p.Lines)
        {
            await c.ExecuteAsync(
                "INSERT INTO prescription_line (prescription_id, drug_code, dose, takes_per_day, days, packs, usage_text) VALUES (@id, @DrugCode, @DosePerTake, @TakesPerDay, @Days, @Packs, @Usage)",
                new { id = p.Id, line.DrugCode, line.DosePerTake, line.TakesPerDay, line.Days, line.Packs, line.Usage }, tx);
        }

        tx.Commit();
    }

    public async Task<Prescription?> GetByNumberAsync(string number)
    {
        using var c = _db.Open();
        var p = await c.QuerySingleOrDefaultAsync<Prescription>("SELECT * FROM prescription WHERE number = @number", new { number });
        if (p is not null)
        {
            p.Lines = (await c.QueryAsync<PrescriptionLine>("SELECT * FROM prescription_line WHERE prescription_id = @Id", new { p.Id })).ToList();
        }

        return p;
    }

    public async Task UpdateStatusAsync(Prescription p)
    {
        using var c = _db.Open();
        await c.ExecuteAsync(
            "UPDATE prescription SET status = @Status, pharmacist_id = @PharmacistId, reviewed_at = @ReviewedAt, reject_reason = @RejectReason WHERE id = @Id", p);
    }

    public async Task SaveSignatureAsync(long id, string signature)
    {
        using var c = _db.Open();
        await c.ExecuteAsync("UPDATE prescription SET ca_signature = @signature WHERE id = @id", new { id, signature });
    }

    public async Task<PagedResult<Prescription>> PendingAsync(int page, int pageSize)
    {
        var (offset, limit) = Paging.Window(page, pageSize);
        using var c = _db.Open();
        var total = await c.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM prescription WHERE status = 1");
        var items = await c.QueryAsync<Prescription>(
            "SELECT id, number, doctor_id, chronic, status, issued_at FROM prescription WHERE status = 1 ORDER BY issued_at LIMIT @offset, @limit",
            new { offset, limit });
        return new PagedResult<Prescription>(items.ToList(), page, limit, total);
    }
}
