using Dapper;
using MySqlConnector;
using Rider.Dispatch.Models;

namespace Rider.Dispatch.Services;

public sealed class RiderRepository(IConfiguration cfg, ILogger<RiderRepository> log)
{
    private MySqlConnection Open() => new(cfg.GetConnectionString("Dispatch"));

    public async Task<RiderProfile?> FindAsync(int id)
    {
        await using var conn = Open();
        return await conn.QuerySingleOrDefaultAsync<RiderProfile>("select * from rider where id=@id", new { id });
    }

    public async Task<IReadOnlyList<OrderCard>> BoardAsync(string station)
    {
        await using var conn = Open();
        var orders = await conn.QueryAsync<DeliveryOrder>("select * from delivery_order where station=@station and status='Open'", new { station });
        return orders.Select(o => new OrderCard(o.OrderId, o.ShopName, Area(o.DropoffAddress),
            o.CustomerPhone[..3] + "****" + o.CustomerPhone[^4..], o.Fee, o.PromisedAt)).ToList();
    }

    public async Task<IReadOnlyList<RiderProfile>> ListAsync(string station)
    {
        await using var conn = Open();
        return (await conn.QueryAsync<RiderProfile>("select * from rider where station=@station", new { station })).ToList();
    }

    public async Task OnboardAsync(RiderProfile r)
    {
        await using var conn = Open();
        await conn.ExecuteAsync("insert into rider(name, phone, id_card_no, bank_card_no, station) values(@Name,@Phone,@IdCardNo,@BankCardNo,@Station)", r);
        log.LogInformation("rider onboarded: {@Rider}", r);
    }

    public async Task SetOnlineAsync(int id, string phone, bool online)
    {
        using var scope = log.BeginScope("Rider {RiderId} {Phone}", id, phone);
        await using var conn = Open();
        await conn.ExecuteAsync("update rider set online=@online where id=@id", new { id, online });
        log.LogInformation("online state changed to {Online}", online);
    }

    private static string Area(string address) => address.Length > 6 ? address[..6] + "…" : address;
}
