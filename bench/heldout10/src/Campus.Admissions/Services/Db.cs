using System.Data;
using Microsoft.Data.SqlClient;

namespace Campus.Admissions.Services;

public sealed class Db(IConfiguration cfg)
{
    public IDbConnection Open()
    {
        var conn = new SqlConnection(cfg.GetConnectionString("Admissions"));
        conn.Open();
        return conn;
    }
}
