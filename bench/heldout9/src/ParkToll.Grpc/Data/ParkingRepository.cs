using Dapper;
using ParkToll.Models;

namespace ParkToll.Data;

public sealed class ParkingRepository
{
    private readonly DbConnectionFactory _db;

    public ParkingRepository(DbConnectionFactory db) => _db = db;

    public async Task<long> InsertSessionAsync(ParkingSession s)
    {
        using var conn = _db.Open();
        return await conn.ExecuteScalarAsync<long>(
            @"INSERT INTO parking_session (session_no, lot_code, plate_no, plate_color, entered_at, entry_snapshot_key, status)
              VALUES (@SessionNo, @LotCode, @PlateNo, @PlateColor, @EnteredAt, @EntrySnapshotKey, 'open');
              SELECT LAST_INSERT_ID();", s);
    }

    public async Task<ParkingSession?> FindOpenSessionAsync(string lotCode, string plateNo)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<ParkingSession>(
            "SELECT * FROM parking_session WHERE lot_code = @lotCode AND plate_no = @plateNo AND status = 'open' ORDER BY entered_at DESC LIMIT 1",
            new { lotCode, plateNo });
    }

    public async Task<ParkingSession?> FindBySessionNoAsync(string sessionNo)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<ParkingSession>(
            "SELECT * FROM parking_session WHERE session_no = @sessionNo", new { sessionNo });
    }

    public async Task CloseSessionAsync(ParkingSession s)
    {
        using var conn = _db.Open();
        await conn.ExecuteAsync(
            "UPDATE parking_session SET exited_at = @ExitedAt, fee_cents = @FeeCents, status = @Status WHERE id = @Id", s);
    }

    public async Task<bool> IsBlacklistedAsync(string plateNo)
    {
        using var conn = _db.Open();
        return await conn.ExecuteScalarAsync<int>("SELECT COUNT(1) FROM plate_blacklist WHERE plate_no = @plateNo", new { plateNo }) > 0;
    }

    public async Task ReplaceBlacklistAsync(IReadOnlyCollection<BlacklistEntry> entries)
    {
        using var conn = _db.Open();
        using var tx = conn.BeginTransaction();
        await conn.ExecuteAsync("DELETE FROM plate_blacklist", transaction: tx);
        await conn.ExecuteAsync("INSERT INTO plate_blacklist (plate_no, reason, listed_at) VALUES (@PlateNo, @Reason, @ListedAt)", entries, tx);
        tx.Commit();
    }

    public async Task<IReadOnlyList<(long Id, string LotCode, DateTime At, byte[] Jpeg)>> PendingSnapshotsAsync(int max)
    {
        using var conn = _db.Open();
        var rows = await conn.QueryAsync<(long, string, DateTime, byte[])>(
            "SELECT id, lot_code, captured_at, jpeg FROM snapshot_outbox WHERE uploaded = 0 ORDER BY id LIMIT @max", new { max });
        return rows.ToList();
    }

    public async Task MarkSnapshotUploadedAsync(long id, string objectKey)
    {
        using var conn = _db.Open();
        await conn.ExecuteAsync("UPDATE snapshot_outbox SET uploaded = 1, object_key = @objectKey, jpeg = NULL WHERE id = @id", new { id, objectKey });
    }

    public async Task<IReadOnlyList<DeductionRecord>> DeductionsForDayAsync(DateOnly day)
    {
        using var conn = _db.Open();
        var rows = await conn.QueryAsync<DeductionRecord>(
            @"SELECT d.session_id AS SessionId, a.account_no AS AccountNo, a.owner_name AS OwnerName, a.id_card_no AS IdCardNo,
                     d.card_no AS BankCardNo, d.amount_cents AS AmountCents, d.deducted_at AS DeductedAt, d.result AS Result
              FROM etc_deduction d JOIN etc_account a ON a.id = d.account_id
              WHERE d.deducted_at >= @from AND d.deducted_at < @to",
            new { from = day.ToDateTime(TimeOnly.MinValue), to = day.AddDays(1).ToDateTime(TimeOnly.MinValue) });
        return rows.ToList();
    }
}
