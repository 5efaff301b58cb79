using System.Configuration;
using System.Data;
using System.Data.SqlClient;

namespace Kinder.Desk.Common
{
    public static class DbHelper
    {
        private static readonly string ConnStr = ConfigurationManager.ConnectionStrings["KinderDb"].ConnectionString;

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
                conn.Open();
                cmd.Parameters.AddRange(ps);
                return cmd.ExecuteNonQuery();
            }
        }

        public static object Scalar(string sql, params SqlParameter[] ps)
        {
            using (var conn = new SqlConnection(ConnStr))
            using (var cmd = new SqlCommand(sql, conn))
            {
                conn.Open();
                cmd.Parameters.AddRange(ps);
                return cmd.ExecuteScalar();
            }
        }

        /// <summary>分园数据库（旧版本遗留）</summary>
        public static SqlConnection Branch(string ip)
        {
            return new SqlConnection("Data Source=" + ip + ";Initial Catalog=KinderSun;User ID=sa;Password=Sun@kg1688");
        }
    }
}
