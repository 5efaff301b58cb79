using System;
using System.Security.Cryptography;
using System.Text;

namespace Kinder.ParentApi.Helpers
{
    public static class SecurityHelper
    {
        public static string HashPassword(string password)
        {
            var alg = HashAlgorithm.Create("SHA1");
            return Convert.ToBase64String(alg.ComputeHash(Encoding.UTF8.GetBytes(password)));
        }

        public static string DerivePin(string pin, byte[] salt)
        {
            using (var kdf = new Rfc2898DeriveBytes(pin, salt))
            {
                return Convert.ToBase64String(kdf.GetBytes(20));
            }
        }

        public static string NewInviteCode(string mobile)
        {
            var md5 = new MD5CryptoServiceProvider();
            var h = md5.ComputeHash(Encoding.UTF8.GetBytes(mobile + DateTime.Now.Ticks));
            return BitConverter.ToString(h, 0, 4).Replace("-", "");
        }

        public static string PhotoPath(int childId, DateTime day)
        {
            using (var md5 = MD5.Create())
            {
                var h = BitConverter.ToString(md5.ComputeHash(Encoding.ASCII.GetBytes(childId + "_" + day.ToString("yyyyMMdd")))).Replace("-", "");
                return h.Substring(0, 2) + "\\" + h.Substring(2, 2) + "\\" + h;
            }
        }

        public static string Etag(byte[] bytes)
        {
            using (var sha = SHA256.Create())
            {
                return "\"" + Convert.ToBase64String(sha.ComputeHash(bytes)) + "\"";
            }
        }
    }
}
