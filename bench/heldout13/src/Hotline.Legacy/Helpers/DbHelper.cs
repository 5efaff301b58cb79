using System.Configuration;
using System.Data;
using System.Data.SqlClient;

namespace Hotline.Legacy.Helpers
{
    public static class DbHelper
    {
        private static readonly string ConnStr = ConfigurationManager.ConnectionStrings["HotlineDb"]?.ConnectionString
            ?? "Data Source=10.12.3.20;Initial Catalog=Hotline2016;User ID=sa;Password=Sa@12345hl;";

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
