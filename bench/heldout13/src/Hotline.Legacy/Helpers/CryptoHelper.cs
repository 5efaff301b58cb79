using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Web.Security;

namespace Hotline.Legacy.Helpers
{
    public static class CryptoHelper
    {
        private const string DesKey = "hl12345k";

        /// <summary>后台密码（2016 版沿用）</summary>
        public static string HashPassword(string pwd)
        {
            return FormsAuthentication.HashPasswordForStoringInConfigFile(pwd, "MD5");
        }

        /// <summary>查询码：市民用来查进度</summary>
        public static string NewQueryCode(string phone)
        {
            var md5 = new MD5CryptoServiceProvider();
            var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(phone + DateTime.Today.ToString("yyyyMMdd")));
            return BitConverter.ToString(bytes).Replace("-", "").Substring(0, 8);
        }

        /// <summary>身份证号入库加密</summary>
        public static string EncryptIdCard(string plain)
        {
            using (var des = new DESCryptoServiceProvider())
            {
                des.Key = Encoding.ASCII.GetBytes(DesKey);
                des.IV = Encoding.ASCII.GetBytes(DesKey);
                using (var ms = new MemoryStream())
                using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
                {
                    var b = Encoding.UTF8.GetBytes(plain);
                    cs.Write(b, 0, b.Length);
                    cs.FlushFinalBlock();
                    return Convert.ToBase64String(ms.ToArray());
                }
            }
        }

        /// <summary>附件文件名</summary>
        public static string FileKey(Stream s)
        {
            using (var sha = SHA1.Create())
            {
                return BitConverter.ToString(sha.ComputeHash(s)).Replace("-", "");
            }
        }
    }
}
