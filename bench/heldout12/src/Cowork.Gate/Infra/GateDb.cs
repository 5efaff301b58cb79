using System.Data;
using Microsoft.Data.SqlClient;

namespace Cowork.Gate.Infra;

public class GateDb
{
    private readonly string _cs;

    public GateDb(IConfiguration cfg)
    {
        _cs = cfg["Gate:Db"] ?? throw new InvalidOperationException("Gate:Db missing");
    }

    public IDbConnection Open()
    {
        var c = new SqlConnection(_cs);
        c.Open();
        return c;
    }
}
