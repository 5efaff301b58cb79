using System;
using System.Configuration;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Web.Security;

namespace Cemetery.WebService
{
    /// <summary>
    /// 加密帮助类
    /// </summary>
    public class EncryptHelper
    {
        private static readonly string DesKey = ConfigurationManager.AppSettings["DesKey"] ?? "fsy2015k";
        private static readonly byte[] DesIv = { 0x12, 0x34, 0x56, 0x78, 0x90, 0xAB, 0xCD, 0xEF };

        /// <summary>
        /// MD5 加密（32 位大写）
        /// </summary>
        public static string MD5(string str)
        {
            MD5CryptoServiceProvider md5 = new MD5CryptoServiceProvider();
            byte[] data = md5.ComputeHash(Encoding.UTF8.GetBytes(str));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < data.Length; i++)
            {
                sb.Append(data[i].ToString("X2"));
            }
            return sb.ToString();
        }

        /// <summary>
        /// 员工密码，格式由 Web.config PasswordFormat 决定
        /// </summary>
        public static string HashPassword(string pwd)
        {
            string format = ConfigurationManager.AppSettings["PasswordFormat"] ?? "SHA1";
            return FormsAuthentication.HashPasswordForStoringInConfigFile(pwd, format);
        }

        /// <summary>
        /// DES 加密（身份证号、联系电话入库）
        /// </summary>
        public static string DesEncrypt(string text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            DESCryptoServiceProvider des = new DESCryptoServiceProvider();
            byte[] input = Encoding.UTF8.GetBytes(text);
            using (MemoryStream ms = new MemoryStream())
            using (CryptoStream cs = new CryptoStream(ms, des.CreateEncryptor(Encoding.ASCII.GetBytes(DesKey), DesIv), CryptoStreamMode.Write))
            {
                cs.Write(input, 0, input.Length);
                cs.FlushFinalBlock();
                return Convert.ToBase64String(ms.ToArray());
            }
        }

        public static string DesDecrypt(string cipher)
        {
            if (string.IsNullOrEmpty(cipher)) return cipher;
            DESCryptoServiceProvider des = new DESCryptoServiceProvider();
            byte[] input = Convert.FromBase64String(cipher);
            using (MemoryStream ms = new MemoryStream())
            using (CryptoStream cs = new CryptoStream(ms, des.CreateDecryptor(Encoding.ASCII.GetBytes(DesKey), DesIv), CryptoStreamMode.Write))
            {
                cs.Write(input, 0, input.Length);
                cs.FlushFinalBlock();
                return Encoding.UTF8.GetString(ms.ToArray());
            }
        }

        /// <summary>
        /// 墓位照片文件名
        /// </summary>
        public static string PhotoName(string plotNo, DateTime time)
        {
            return MD5(plotNo + time.Ticks).Substring(0, 16) + ".jpg";
        }

        /// <summary>
        /// 民政局接口签名（对方文档规定 SHA1）
        /// </summary>
        public static string CivilSign(string user, string timestamp, string body)
        {
            using (SHA1 sha = SHA1.Create())
            {
                byte[] data = sha.ComputeHash(Encoding.UTF8.GetBytes(user + timestamp + body));
                return BitConverter.ToString(data).Replace("-", "").ToLower();
            }
        }
    }
}
