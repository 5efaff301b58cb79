using BoxOffice.Domain;
using Dapper;
using Npgsql;

namespace BoxOffice.Infrastructure;

public interface IOrderStore
{
    Task<Order?> GetAsync(Guid id);
    Task InsertAsync(Order order);
    Task UpdateAsync(Order order);
    Task<IReadOnlyList<Order>> ForShowAsync(Guid showId);
    Task<Show> GetShowAsync(Guid id);
    Task<Customer?> GetCustomerAsync(Guid id);
    Task<Customer?> FindCustomerByEmailAsync(string email);
    Task InsertCustomerAsync(Customer customer);
    Task<IReadOnlyList<Customer>> MarketingOptInsAsync();
    Task QueueRefundAsync(Guid orderId, decimal amount, string bankAccount, string holder);
}

public interface IShowStore { Task<Show?> GetAsync(Guid id); }
public interface IMailer { Task SendAsync(string to, string subject, string body); }

public sealed class PgCustomerQueries
{
    private readonly string _cs;

    public PgCustomerQueries(IConfiguration config) =>
        _cs = config.GetConnectionString("BoxOffice") ?? throw new InvalidOperationException("ConnectionStrings:BoxOffice missing");

    public async Task<Customer?> FindByEmailAsync(string email)
    {
        await using var conn = new NpgsqlConnection(_cs);
        return await conn.QuerySingleOrDefaultAsync<Customer>("select * from customers where lower(email) = lower(@email)", new { email });
    }

    public async Task InsertAsync(Customer c)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.ExecuteAsync("insert into customers(id,name,email,mobile,password_hash,marketing_opt_in) values (@Id,@Name,@Email,@Mobile,@PasswordHash,@MarketingOptIn)", c);
    }

    public async Task<int> CountByShowAsync(Guid showId)
    {
        await using var conn = new NpgsqlConnection(_cs);
        return await conn.ExecuteScalarAsync<int>("select count(*) from tickets t join orders o on o.id = t.order_id where o.show_id = @showId", new { showId });
    }
}

public sealed class ReportingDb
{
    // Read replica for the promoters' dashboard (BI team's account).
    private const string ReplicaConnection = "Host=pg-replica.boxoffice.internal;Port=5432;Database=boxoffice;Username=bi_reader;Password=gEVMJCa6r8ma5SPnIxQA";

    public async Task<decimal> RevenueAsync(Guid showId)
    {
        await using var conn = new NpgsqlConnection(ReplicaConnection);
        return await conn.ExecuteScalarAsync<decimal>("select coalesce(sum(total),0) from orders where show_id = @showId and status in ('paid','issued')", new { showId });
    }
}
