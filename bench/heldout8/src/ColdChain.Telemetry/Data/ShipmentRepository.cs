using System.Data;
using Microsoft.Data.SqlClient;

namespace ColdChain.Telemetry.Data;

public sealed class ShipmentRepository
{
    private readonly SqlConnectionFactory _db;

    public ShipmentRepository(SqlConnectionFactory db) => _db = db;

    public async Task<ShipmentSummary?> FindByDeviceAsync(string deviceId, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "SELECT TOP 1 s.WaybillNo, s.ConsigneeName, s.ConsigneePhone, s.DeliveryAddress, s.MinTempC, s.MaxTempC, s.ShippedAt " +
            "FROM dbo.Shipment s JOIN dbo.ShipmentDevice d ON d.ShipmentId = s.Id " +
            "WHERE d.DeviceId = @dev AND s.DeliveredAt IS NULL ORDER BY s.ShippedAt DESC", conn);
        cmd.Parameters.Add("@dev", SqlDbType.VarChar, 32).Value = deviceId;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        return new ShipmentSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetDouble(4), r.GetDouble(5), r.GetDateTime(6));
    }

    public async Task<int> PurgeReadingsBeforeAsync(DateTime cutoff, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand("DELETE FROM dbo.Reading WHERE RecordedAt < @c", conn) { CommandTimeout = 600 };
        cmd.Parameters.Add("@c", SqlDbType.DateTime2).Value = cutoff;
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task SaveReadingAsync(string deviceId, double tempC, double humidity, double lat, double lon, DateTime at, CancellationToken ct)
    {
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.Reading (DeviceId, TempC, Humidity, Lat, Lon, RecordedAt) VALUES (@d, @t, @h, @la, @lo, @at)", conn);
        cmd.Parameters.AddWithValue("@d", deviceId);
        cmd.Parameters.AddWithValue("@t", tempC);
        cmd.Parameters.AddWithValue("@h", humidity);
        cmd.Parameters.AddWithValue("@la", lat);
        cmd.Parameters.AddWithValue("@lo", lon);
        cmd.Parameters.AddWithValue("@at", at);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
