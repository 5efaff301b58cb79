using System;
using System.Configuration;
using System.Data;
using System.Data.SqlClient;

namespace Cemetery.WebService
{
    /// <summary>
    /// 数据访问基础类
    /// </summary>
    public abstract class DbHelperSQL
    {
        public static string connectionString = ConfigurationManager.ConnectionStrings["CemeteryDB"] != null
            ? ConfigurationManager.ConnectionStrings["CemeteryDB"].ConnectionString
            : "Data Source=.;Initial Catalog=CemeteryDB;User ID=sa;Password=123456;";

        public static DataTable Query(string sql, params SqlParameter[] parms)
        {
            using (SqlConnection conn = new SqlConnection(connectionString))
            using (SqlCommand cmd = new SqlCommand(sql, conn))
            {
                if (parms != null) cmd.Parameters.AddRange(parms);
                using (SqlDataAdapter da = new SqlDataAdapter(cmd))
                {
                    DataTable dt = new DataTable();
                    da.Fill(dt);
                    return dt;
                }
            }
        }

        public static int ExecuteSql(string sql, params SqlParameter[] parms)
        {
            using (SqlConnection conn = new SqlConnection(connectionString))
            using (SqlCommand cmd = new SqlCommand(sql, conn))
            {
                if (parms != null) cmd.Parameters.AddRange(parms);
                conn.Open();
                try
                {
                    return cmd.ExecuteNonQuery();
                }
                catch (SqlException ex)
                {
                    LogHelper.Error("SQL执行出错：" + sql, ex);
                    throw;
                }
            }
        }

        public static object GetSingle(string sql, params SqlParameter[] parms)
        {
            using (SqlConnection conn = new SqlConnection(connectionString))
            using (SqlCommand cmd = new SqlCommand(sql, conn))
            {
                if (parms != null) cmd.Parameters.AddRange(parms);
                conn.Open();
                object obj = cmd.ExecuteScalar();
                return (obj == null || obj == DBNull.Value) ? null : obj;
            }
        }
    }
}
