using System;
using System.Security.Cryptography;
using System.Text;

namespace Kinder.Desk.Common
{
    public static class EncryptUtil
    {
        private const string PwdSalt = "xty@kg";

        /// <summary>用户密码加密（与网页版一致）</summary>
        public static string EncryptPwd(string pwd)
        {
            using (var md5 = new MD5CryptoServiceProvider())
            {
                var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(PwdSalt + pwd));
                return BitConverter.ToString(bytes).Replace("-", "");
            }
        }

        public static string Sha1(string text)
        {
            using (var sha = new SHA1Managed())
            {
                return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text))).Replace("-", "").ToLower();
            }
        }

        public static string FileMd5(byte[] data)
        {
            using (var md5 = MD5.Create())
            {
                return BitConverter.ToString(md5.ComputeHash(data)).Replace("-", "");
            }
        }

        /// <summary>记住密码：存本机注册表</summary>
        public static string Protect(string plain)
        {
            var data = Encoding.UTF8.GetBytes(plain);
            return Convert.ToBase64String(ProtectedData.Protect(data, null, DataProtectionScope.CurrentUser));
        }
    }
}
