using System.Data;
using Dapper;
using MySqlConnector;

namespace ChargeHub.Service.Data;

public interface IRepository<T> where T : class
{
    Task<T?> GetAsync(object id);
    Task<IEnumerable<T>> QueryAsync(string where, object? args = null);
    Task<int> InsertAsync(T entity);
}

public sealed class DapperRepository<T>(IDbConnectionFactory factory) : IRepository<T> where T : class
{
    private static readonly string Table = typeof(T).Name.ToLowerInvariant() + "s";

    public async Task<T?> GetAsync(object id)
    {
        using var conn = factory.Open();
        return await conn.QueryFirstOrDefaultAsync<T>($"select * from {Table} where id = @id", new { id });
    }

    public async Task<IEnumerable<T>> QueryAsync(string where, object? args = null)
    {
        using var conn = factory.Open();
        return await conn.QueryAsync<T>($"select * from {Table} where {where}", args);
    }

    public async Task<int> InsertAsync(T entity)
    {
        using var conn = factory.Open();
        var props = typeof(T).GetProperties();
        var sql = $"insert into {Table} ({string.Join(",", props.Select(p => p.Name))}) values ({string.Join(",", props.Select(p => "@" + p.Name))})";
        return await conn.ExecuteAsync(sql, entity);
    }
}

public interface IDbConnectionFactory { IDbConnection Open(); }

public sealed class MySqlConnectionFactory(IConfiguration cfg) : IDbConnectionFactory
{
    private static readonly string Fallback =
        "Server=mysql-0.mysql.chargehub.svc;Port=3306;Database=chargehub;User Id=hub;Password=hub@Mysql!77;SslMode=Required";

    public IDbConnection Open()
    {
        var cs = cfg.GetConnectionString("Hub") ?? Fallback;
        var conn = new MySqlConnection(cs);
        conn.Open();
        return conn;
    }
}
