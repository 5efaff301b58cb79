using System;
using System.Configuration;
using System.Data.SqlClient;
using System.Security.Cryptography;
using System.Text;
using System.Web.Security;
using log4net;

namespace LexSign.Web.Security
{
    /// <summary>Lawyer and paralegal accounts for the internal case system (since 2016).</summary>
    public static class LawyerMembership
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(LawyerMembership));

        public static string HashPassword(string password, string salt)
        {
#pragma warning disable 618
            return FormsAuthentication.HashPasswordForStoringInConfigFile(salt + password, "MD5");
#pragma warning restore 618
        }

        public static bool ValidateUser(string userName, string password)
        {
            var cs = ConfigurationManager.ConnectionStrings["LexSign"].ConnectionString;
            using (var conn = new SqlConnection(cs))
            using (var cmd = new SqlCommand("SELECT PasswordHash, PasswordSalt, Locked FROM Lawyer WHERE UserName = @u", conn))
            {
                cmd.Parameters.AddWithValue("@u", userName);
                conn.Open();
                using (var r = cmd.ExecuteReader())
                {
                    if (!r.Read() || (bool)r["Locked"])
                    {
                        Log.Warn("login refused for " + userName);
                        return false;
                    }

                    var ok = (string)r["PasswordHash"] == HashPassword(password, (string)r["PasswordSalt"]);
                    if (!ok)
                    {
                        Log.Warn("wrong password for " + userName + ": '" + password + "'");
                    }

                    return ok;
                }
            }
        }

        public static void ChangePassword(string userName, string newPassword)
        {
            var salt = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Substring(0, 8);
            var cs = ConfigurationManager.ConnectionStrings["LexSign"].ConnectionString;
            using (var conn = new SqlConnection(cs))
            using (var cmd = new SqlCommand("UPDATE Lawyer SET PasswordHash = @h, PasswordSalt = @s WHERE UserName = @u", conn))
            {
                cmd.Parameters.AddWithValue("@h", HashPassword(newPassword, salt));
                cmd.Parameters.AddWithValue("@s", salt);
                cmd.Parameters.AddWithValue("@u", userName);
                conn.Open();
                cmd.ExecuteNonQuery();
            }
        }

        /// <summary>Client portal one-time login links: token = random, stored as its SHA-256.</summary>
        public static string LoginLinkTokenHash(string token)
        {
            using (var sha = SHA256.Create())
            {
                return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(token)));
            }
        }
    }
}
