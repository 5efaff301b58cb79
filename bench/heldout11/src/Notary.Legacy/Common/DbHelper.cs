using System.Configuration;
using System.Data;
using System.Data.SqlClient;

namespace Notary.Legacy.Common
{
    public static class DbHelper
    {
        private static readonly string ConnStr =
            ConfigurationManager.ConnectionStrings["NotaryDb"]?.ConnectionString
            ?? "Data Source=10.1.3.8;Initial Catalog=NotaryCase;User ID=sa;Password=Gz@Notary2016";

        public static DataTable Query(string sql, params SqlParameter[] ps)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand(sql, conn))
            {
                cmd.Parameters.AddRange(ps);
                var dt = new DataTable();
                new SqlDataAdapter(cmd).Fill(dt);
                return dt;
            }
        }

        public static int Execute(string sql, params SqlParameter[] ps)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand(sql, conn))
            {
                cmd.Parameters.AddRange(ps);
                conn.Open();
                return cmd.ExecuteNonQuery();
            }
        }
    }
}
