using System.Data;
using System.Linq.Expressions;
using Dapper;
using MySqlConnector;

namespace Estate.Agency.Framework;

[AttributeUsage(AttributeTargets.Class)]
public sealed class SugarTableAttribute : Attribute
{
    public SugarTableAttribute(string tableName, string? description = null) { TableName = tableName; Description = description; }
    public string TableName { get; }
    public string? Description { get; }
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class SugarColumnAttribute : Attribute
{
    public string? ColumnDescription { get; set; }
    public bool IsPrimaryKey { get; set; }
    public bool IsIgnore { get; set; }
    public int Length { get; set; }
    public bool IsNullable { get; set; }
}

public abstract class EntityBase
{
    [SugarColumn(IsPrimaryKey = true, ColumnDescription = "主键")]
    public long Id { get; set; }
    public DateTime CreateTime { get; set; } = DateTime.Now;
    public DateTime? UpdateTime { get; set; }
    public long? CreateUserId { get; set; }
    public bool IsDelete { get; set; }
}

public interface ISqlConnectionFactory
{
    IDbConnection Open();
}

public sealed class MySqlConnectionFactory : ISqlConnectionFactory
{
    private readonly string _connectionString;
    public MySqlConnectionFactory(IConfiguration configuration)
        => _connectionString = configuration.GetConnectionString("Default") ?? throw new InvalidOperationException("ConnectionStrings:Default missing");

    public IDbConnection Open()
    {
        var c = new MySqlConnection(_connectionString);
        c.Open();
        return c;
    }
}

/// <summary>Thin repository in the style of SqlSugarRepository&lt;T&gt;: table name from [SugarTable], soft delete, snowflake-ish ids.</summary>
public class SqlSugarRepository<T> where T : EntityBase, new()
{
    private static long _seq = DateTime.UtcNow.Ticks % 100000;
    protected readonly ISqlConnectionFactory Factory;

    public SqlSugarRepository(ISqlConnectionFactory factory) => Factory = factory;

    protected static string Table =>
        (typeof(T).GetCustomAttributes(typeof(SugarTableAttribute), false).FirstOrDefault() as SugarTableAttribute)?.TableName
        ?? typeof(T).Name.ToLowerInvariant();

    public async Task<T?> GetByIdAsync(long id)
    {
        using var db = Factory.Open();
        return await db.QueryFirstOrDefaultAsync<T>($"SELECT * FROM {Table} WHERE Id = @id AND IsDelete = 0", new { id });
    }

    public async Task<List<T>> GetListAsync(string where, object? args = null)
    {
        using var db = Factory.Open();
        return (await db.QueryAsync<T>($"SELECT * FROM {Table} WHERE IsDelete = 0 AND ({where})", args)).ToList();
    }

    public async Task<(List<T> Items, long Total)> GetPageAsync(string where, object? args, int skip, int take, string orderBy = "Id DESC")
    {
        using var db = Factory.Open();
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(1) FROM {Table} WHERE IsDelete = 0 AND ({where})", args);
        var rows = await db.QueryAsync<T>($"SELECT * FROM {Table} WHERE IsDelete = 0 AND ({where}) ORDER BY {orderBy} LIMIT {skip},{take}", args);
        return (rows.ToList(), total);
    }

    public async Task<long> InsertReturnIdAsync(T entity)
    {
        entity.Id = NextId();
        var props = typeof(T).GetProperties().Where(p => p.CanWrite && !IsIgnored(p)).ToList();
        var sql = $"INSERT INTO {Table} ({string.Join(",", props.Select(p => p.Name))}) VALUES ({string.Join(",", props.Select(p => "@" + p.Name))})";
        using var db = Factory.Open();
        await db.ExecuteAsync(sql, entity);
        return entity.Id;
    }

    public async Task<int> UpdateAsync(T entity)
    {
        entity.UpdateTime = DateTime.Now;
        var props = typeof(T).GetProperties().Where(p => p.CanWrite && p.Name != "Id" && !IsIgnored(p)).ToList();
        var sql = $"UPDATE {Table} SET {string.Join(",", props.Select(p => p.Name + "=@" + p.Name))} WHERE Id=@Id";
        using var db = Factory.Open();
        return await db.ExecuteAsync(sql, entity);
    }

    public async Task<int> FakeDeleteAsync(long id)
    {
        using var db = Factory.Open();
        return await db.ExecuteAsync($"UPDATE {Table} SET IsDelete = 1, UpdateTime = NOW() WHERE Id = @id", new { id });
    }

    private static bool IsIgnored(System.Reflection.PropertyInfo p)
        => p.GetCustomAttributes(typeof(SugarColumnAttribute), false).FirstOrDefault() is SugarColumnAttribute { IsIgnore: true };

    private static long NextId() => DateTime.UtcNow.Ticks / 10000 * 1000 + Interlocked.Increment(ref _seq) % 1000;
}
