using System.Data;
using Dapper;
using MySqlConnector;

namespace Pawn.Entity;

/// <summary>
/// 实体基类（XCode 风格：静态 Find/FindAll，实例 Insert/Update/Delete）
/// </summary>
public abstract class EntityBase<TEntity> where TEntity : EntityBase<TEntity>, new()
{
    public static string TableName { get; protected set; } = typeof(TEntity).Name;

    internal static Func<IDbConnection> ConnectionFactory = () => new MySqlConnection(Setting.Current.ConnectionString);

    public static TEntity Find(string where, object param = null)
    {
        using var conn = ConnectionFactory();
        return conn.QueryFirstOrDefault<TEntity>($"select * from {TableName} where {where} limit 1", param);
    }

    public static TEntity FindByKey(int id) => Find("Id=@id", new { id });

    public static IList<TEntity> FindAll(string where, object param = null, string order = "Id desc", int start = 0, int max = 0)
    {
        using var conn = ConnectionFactory();
        var sql = $"select * from {TableName}";
        if (!string.IsNullOrEmpty(where)) sql += " where " + where;
        if (!string.IsNullOrEmpty(order)) sql += " order by " + order;
        if (max > 0) sql += $" limit {start},{max}";
        return conn.Query<TEntity>(sql, param).ToList();
    }

    public static int FindCount(string where, object param = null)
    {
        using var conn = ConnectionFactory();
        var sql = $"select count(*) from {TableName}";
        if (!string.IsNullOrEmpty(where)) sql += " where " + where;
        return conn.ExecuteScalar<int>(sql, param);
    }

    public static PageResult<TEntity> Search(string where, object param, Pager pager)
    {
        var total = FindCount(where, param);
        var list = FindAll(where, param, pager.Sort ?? "Id desc", (pager.PageIndex - 1) * pager.PageSize, pager.PageSize);
        return new PageResult<TEntity> { Total = total, PageIndex = pager.PageIndex, PageSize = pager.PageSize, Rows = list };
    }

    public virtual int Insert()
    {
        using var conn = ConnectionFactory();
        var props = typeof(TEntity).GetProperties().Where(p => p.Name != "Id" && p.CanWrite).ToList();
        var sql = $"insert into {TableName}({string.Join(",", props.Select(p => p.Name))}) values({string.Join(",", props.Select(p => "@" + p.Name))}); select last_insert_id();";
        return conn.ExecuteScalar<int>(sql, this);
    }

    public virtual int Update()
    {
        using var conn = ConnectionFactory();
        var props = typeof(TEntity).GetProperties().Where(p => p.Name != "Id" && p.CanWrite).ToList();
        var sql = $"update {TableName} set {string.Join(",", props.Select(p => p.Name + "=@" + p.Name))} where Id=@Id";
        return conn.Execute(sql, this);
    }

    public virtual int Delete()
    {
        using var conn = ConnectionFactory();
        return conn.Execute($"delete from {TableName} where Id=@Id", this);
    }
}

/// <summary>分页参数</summary>
public class Pager
{
    public int PageIndex { get; set; } = 1;
    public int PageSize { get; set; } = 20;
    public string Sort { get; set; }
    public string Q { get; set; }
}

/// <summary>分页结果（前端 layui table 直接用）</summary>
public class PageResult<T>
{
    public int Code { get; set; }
    public string Msg { get; set; } = "";
    public int Total { get; set; }
    public int PageIndex { get; set; }
    public int PageSize { get; set; }
    public IList<T> Rows { get; set; }
}
