using System;
using System.Collections.Concurrent;
using System.Data;
using System.Data.SqlClient;
using System.Security.Cryptography;
using System.Text;
using System.Web.Services.Protocols;

namespace Cemetery.WebService
{
    /// <summary>
    /// 员工认证：密码格式见 Web.config PasswordFormat；token 存内存
    /// </summary>
    public static class StaffAuth
    {
        private static readonly ConcurrentDictionary<string, Tuple<string, DateTime>> Tokens = new ConcurrentDictionary<string, Tuple<string, DateTime>>();

        public static bool Check(string userName, string password)
        {
            DataTable dt = DbHelperSQL.Query("select Password from Staff where UserName=@u and Enabled=1", new SqlParameter("@u", userName));
            if (dt.Rows.Count == 0) return false;
            string stored = Convert.ToString(dt.Rows[0]["Password"]);
            return string.Equals(stored, EncryptHelper.HashPassword(password), StringComparison.OrdinalIgnoreCase);
        }

        public static void ChangePassword(string userName, string newPassword)
        {
            DbHelperSQL.ExecuteSql("update Staff set Password=@p where UserName=@u",
                new SqlParameter("@p", EncryptHelper.HashPassword(newPassword)),
                new SqlParameter("@u", userName));
        }

        /// <summary>
        /// 前台查询密码（购墓人凭此在官网查看墓位信息）：身份证后 6 位的 MD5
        /// </summary>
        public static string QueryPassword(string idCard)
        {
            return EncryptHelper.MD5(idCard.Substring(idCard.Length - 6));
        }

        public static string IssueToken(string userName)
        {
            byte[] rnd = new byte[24];
            using (RNGCryptoServiceProvider rng = new RNGCryptoServiceProvider()) rng.GetBytes(rnd);
            string token = Convert.ToBase64String(rnd);
            Tokens[token] = Tuple.Create(userName, DateTime.Now.AddHours(8));
            return token;
        }

        public static string Require(string token)
        {
            Tuple<string, DateTime> t;
            if (token == null || !Tokens.TryGetValue(token, out t) || t.Item2 < DateTime.Now)
                throw new SoapException("未登录或登录已过期", SoapException.ClientFaultCode);
            return t.Item1;
        }

        /// <summary>
        /// 旧客户端的 token 校验（WinForm 1.x 还在用）：MD5(用户名 + 日期 + 固定串)
        /// </summary>
        public static bool CheckLegacyToken(string userName, string token)
        {
            string expect = EncryptHelper.MD5(userName + DateTime.Today.ToString("yyyyMMdd") + "fsy!legacy");
            return string.Equals(expect, token, StringComparison.OrdinalIgnoreCase);
        }
    }
}
