using System.Data;
using Dapper;
using MedLink.Hospital.Api.Models;
using Microsoft.Data.SqlClient;

namespace MedLink.Hospital.Api.Data;

public class PatientRepository
{
    private readonly string _connectionString;
    private readonly ILogger<PatientRepository> _logger;

    public PatientRepository(IConfiguration configuration, ILogger<PatientRepository> logger)
    {
        _connectionString = configuration.GetConnectionString("His")!;
        _logger = logger;
    }

    private IDbConnection Open() => new SqlConnection(_connectionString);

    public async Task<Patient?> FindByIdCardAsync(string idCardNo)
    {
        using var conn = Open();
        _logger.LogDebug("Query patient by id card {IdCardNo}", idCardNo);
        return await conn.QueryFirstOrDefaultAsync<Patient>(
            "SELECT * FROM pat_patient WHERE IdCardNo = @idCardNo", new { idCardNo });
    }

    public async Task<Patient?> GetAsync(long id)
    {
        using var conn = Open();
        return await conn.QueryFirstOrDefaultAsync<Patient>("SELECT * FROM pat_patient WHERE Id = @id", new { id });
    }

    public async Task<long> InsertAsync(Patient p)
    {
        using var conn = Open();
        const string sql = @"INSERT INTO pat_patient (Name, Gender, BirthDate, IdCardNo, Mobile, HomeAddress, MedicalInsuranceNo, MedicalRecordNo, CreatedAt)
                             VALUES (@Name, @Gender, @BirthDate, @IdCardNo, @Mobile, @HomeAddress, @MedicalInsuranceNo, @MedicalRecordNo, SYSDATETIME());
                             SELECT CAST(SCOPE_IDENTITY() AS BIGINT);";
        var id = await conn.ExecuteScalarAsync<long>(sql, p);
        _logger.LogInformation("Patient {PatientId} created with record no {MedicalRecordNo}", id, p.MedicalRecordNo);
        return id;
    }

    public async Task<IReadOnlyList<Patient>> SearchAsync(string keyword, int page, int size)
    {
        using var conn = Open();
        var rows = await conn.QueryAsync<Patient>(
            "SELECT * FROM pat_patient WHERE Name LIKE @kw OR Mobile = @mobile ORDER BY Id DESC OFFSET @skip ROWS FETCH NEXT @size ROWS ONLY",
            new { kw = "%" + keyword + "%", mobile = keyword, skip = (page - 1) * size, size });
        var list = rows.ToList();
        _logger.LogInformation("Patient search returned {Count} rows (page {Page})", list.Count, page);
        return list;
    }

    public async Task UpdateMobileAsync(long id, string mobile)
    {
        using var conn = Open();
        await conn.ExecuteAsync("UPDATE pat_patient SET Mobile = @mobile WHERE Id = @id", new { id, mobile });
    }
}
