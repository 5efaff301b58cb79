using Dapper;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Infrastructure;

namespace RxPharmacy.Api.Data;

public sealed class PatientRepository
{
    private readonly DbConnectionFactory _db;
    private readonly ILogger<PatientRepository> _logger;

    public PatientRepository(DbConnectionFactory db, ILogger<PatientRepository> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<Patient?> GetAsync(long id)
    {
        using var c = _db.Open();
        return await c.QuerySingleOrDefaultAsync<Patient>("SELECT * FROM patient WHERE id = @id", new { id });
    }

    public async Task<Patient?> FindByMobileAsync(string mobile)
    {
        using var c = _db.Open();
        var found = await c.QuerySingleOrDefaultAsync<Patient>("SELECT * FROM patient WHERE mobile = @mobile", new { mobile });
        _logger.LogDebug("Lookup by mobile {Mobile}: {Found}", mobile, found is not null);
        return found;
    }

    public async Task<bool> ExistsByIdCardAsync(string idCard)
    {
        using var c = _db.Open();
        return await c.ExecuteScalarAsync<int>("SELECT COUNT(1) FROM patient WHERE id_card = @idCard", new { idCard }) > 0;
    }

    public async Task<long> InsertAsync(Patient p)
    {
        const string sql = """
            INSERT INTO patient (name, id_card, mobile, birth_date, gender, password_hash, password_salt, created_at)
            VALUES (@Name, @IdCardNumber, @Mobile, @BirthDate, @Gender, @PasswordHash, @PasswordSalt, @CreatedAt);
            SELECT LAST_INSERT_ID();
            """;
        using var c = _db.Open();
        return await c.ExecuteScalarAsync<long>(sql, p);
    }

    public async Task UpdatePasswordAsync(long id, string hash, string salt)
    {
        using var c = _db.Open();
        await c.ExecuteAsync("UPDATE patient SET password_hash = @hash, password_salt = @salt WHERE id = @id", new { id, hash, salt });
    }

    public async Task<IReadOnlyList<ShippingAddress>> AddressesAsync(long patientId)
    {
        using var c = _db.Open();
        var rows = await c.QueryAsync<ShippingAddress>("SELECT receiver, phone, province, city, detail FROM shipping_address WHERE patient_id = @patientId", new { patientId });
        return rows.ToList();
    }
}
