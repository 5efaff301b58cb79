using Dapper;
using GovHall.Pages.Models;
using Npgsql;

namespace GovHall.Pages.Data;

public sealed class AppointmentRepository
{
    private readonly string _connectionString;
    private readonly ILogger<AppointmentRepository> _logger;

    public AppointmentRepository(IConfiguration configuration, ILogger<AppointmentRepository> logger)
    {
        _connectionString = configuration.GetConnectionString("Hall")
            ?? "Host=pg-govhall-0.pg-govhall;Database=govhall;Username=hall_app;Password=Wq8#Tz3Lk6Rp1Vn";
        _logger = logger;
    }

    private NpgsqlConnection Open() => new(_connectionString);

    public async Task<long> InsertAsync(Appointment a)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO appointment (service_code, day, start, applicant_name, applicant_id_number, applicant_mobile, by_proxy, proxy_name, queue_number, status, created_at)
            VALUES (@ServiceCode, @Day, @Start, @ApplicantName, @ApplicantIdNumber, @ApplicantMobile, @ByProxy, @ProxyName, @QueueNumber, @Status, @CreatedAt)
            RETURNING id
            """, a);
    }

    public async Task<IReadOnlyDictionary<TimeOnly, int>> BookedAsync(string serviceCode, DateOnly day)
    {
        await using var c = Open();
        var rows = await c.QueryAsync<(TimeOnly Start, int Count)>(
            "SELECT start, COUNT(*) FROM appointment WHERE service_code = @serviceCode AND day = @day AND status <> 5 GROUP BY start",
            new { serviceCode, day });
        return rows.ToDictionary(r => r.Start, r => r.Count);
    }

    public async Task<int> NextSequenceAsync(string serviceCode, DateOnly day)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) + 1 FROM appointment WHERE service_code = @serviceCode AND day = @day", new { serviceCode, day });
    }

    public async Task<bool> HasOpenBookingAsync(string idNumber, string serviceCode)
    {
        await using var c = Open();
        var count = await c.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM appointment WHERE applicant_id_number = @idNumber AND service_code = @serviceCode AND status = 0",
            new { idNumber, serviceCode });
        if (count > 0)
        {
            _logger.LogInformation("Applicant {IdNumber} already has an open booking for {Service}", idNumber, serviceCode);
        }

        return count > 0;
    }

    public async Task<IReadOnlyList<Appointment>> ForDayAsync(DateOnly day)
    {
        await using var c = Open();
        return (await c.QueryAsync<Appointment>("SELECT * FROM appointment WHERE day = @day ORDER BY start, queue_number", new { day })).ToList();
    }

    public async Task<IReadOnlyList<AppointmentSummary>> MineAsync(string idNumber)
    {
        await using var c = Open();
        return (await c.QueryAsync<AppointmentSummary>(
            "SELECT id, service_code, day, start, queue_number, status FROM appointment WHERE applicant_id_number = @idNumber ORDER BY day DESC LIMIT 20",
            new { idNumber })).ToList();
    }

    public async Task UpdateStatusAsync(long id, AppointmentStatus status, int? window)
    {
        await using var c = Open();
        await c.ExecuteAsync("UPDATE appointment SET status = @status, \"window\" = @window WHERE id = @id", new { id, status, window });
    }
}
