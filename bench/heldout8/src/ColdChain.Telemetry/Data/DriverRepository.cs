using System.Data;
using Microsoft.Data.SqlClient;

namespace ColdChain.Telemetry.Data;

public sealed class DriverRepository
{
    private readonly SqlConnectionFactory _db;
    private readonly ILogger<DriverRepository> _log;

    public DriverRepository(SqlConnectionFactory db, ILogger<DriverRepository> log)
    {
        _db = db;
        _log = log;
    }

    public async Task<Driver?> FindAsync(int id, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT Id, WorkNo, XingMing, ShouJiHao, Sfzh, LicenseNo, HomeAddress, PlateNo, Depot, Active, LicenseExpires " +
            "FROM dbo.Driver WHERE Id = @id", conn);
        cmd.Parameters.Add("@id", SqlDbType.Int).Value = id;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Map(reader) : null;
    }

    public async Task<Driver?> FindByPhoneAsync(string shoujihao, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT * FROM dbo.Driver WHERE ShouJiHao = @p", conn);
        cmd.Parameters.Add("@p", SqlDbType.VarChar, 20).Value = shoujihao;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            _log.LogInformation("No driver registered for phone {Phone}", shoujihao);
            return null;
        }

        return Map(reader);
    }

    public async Task<int> InsertAsync(Driver d, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.Driver (WorkNo, XingMing, ShouJiHao, Sfzh, LicenseNo, HomeAddress, PlateNo, Depot, Active, LicenseExpires) " +
            "OUTPUT INSERTED.Id VALUES (@w, @n, @m, @s, @l, @a, @p, @d, 1, @e)", conn);
        cmd.Parameters.AddWithValue("@w", d.WorkNo);
        cmd.Parameters.AddWithValue("@n", d.XingMing);
        cmd.Parameters.AddWithValue("@m", d.ShouJiHao);
        cmd.Parameters.AddWithValue("@s", d.Sfzh);
        cmd.Parameters.AddWithValue("@l", d.LicenseNo);
        cmd.Parameters.AddWithValue("@a", d.HomeAddress);
        cmd.Parameters.AddWithValue("@p", d.PlateNo);
        cmd.Parameters.AddWithValue("@d", d.Depot);
        cmd.Parameters.AddWithValue("@e", d.LicenseExpires);
        var id = (int)(await cmd.ExecuteScalarAsync(ct))!;
        _log.LogInformation("Driver {DriverId} ({WorkNo}) registered at depot {Depot}", id, d.WorkNo, d.Depot);
        return id;
    }

    public async Task<IReadOnlyList<Driver>> ListActiveAsync(CancellationToken ct)
    {
        var list = new List<Driver>();
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT * FROM dbo.Driver WHERE Active = 1 ORDER BY Depot, WorkNo", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(Map(reader));
        }

        return list;
    }

    private static Driver Map(SqlDataReader r) => new()
    {
        Id = r.GetInt32(r.GetOrdinal("Id")),
        WorkNo = r.GetString(r.GetOrdinal("WorkNo")),
        XingMing = r.GetString(r.GetOrdinal("XingMing")),
        ShouJiHao = r.GetString(r.GetOrdinal("ShouJiHao")),
        Sfzh = r.GetString(r.GetOrdinal("Sfzh")),
        LicenseNo = r.GetString(r.GetOrdinal("LicenseNo")),
        HomeAddress = r.GetString(r.GetOrdinal("HomeAddress")),
        PlateNo = r.GetString(r.GetOrdinal("PlateNo")),
        Depot = r.GetString(r.GetOrdinal("Depot")),
        Active = r.GetBoolean(r.GetOrdinal("Active")),
        LicenseExpires = r.GetDateTime(r.GetOrdinal("LicenseExpires")),
    };
}
