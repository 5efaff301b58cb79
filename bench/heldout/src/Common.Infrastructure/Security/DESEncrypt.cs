using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security
{
    /// <summary>
    /// DES加密/解密类。用于身份证号、银行卡号落库加密
    /// </summary>
    public class DESEncrypt
    {
        private const string DefaultKey = "Hrm@2019";

        public static string Encrypt(string text)
        {
            return Encrypt(text, DefaultKey);
        }

        public static string Encrypt(string text, string sKey)
        {
            var des = DES.Create();
            byte[] inputByteArray = Encoding.Default.GetBytes(text);
            des.Key = Encoding.ASCII.GetBytes(sKey.Substring(0, 8));
            des.IV = Encoding.ASCII.GetBytes(sKey.Substring(0, 8));
            using var ms = new MemoryStream();
            using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
            {
                cs.Write(inputByteArray, 0, inputByteArray.Length);
                cs.FlushFinalBlock();
            }
            return Convert.ToBase64String(ms.ToArray());
        }

        public static string Decrypt(string text)
        {
            return Decrypt(text, DefaultKey);
        }

        public static string Decrypt(string text, string sKey)
        {
            var des = DES.Create();
            byte[] inputByteArray = Convert.FromBase64String(text);
            des.Key = Encoding.ASCII.GetBytes(sKey.Substring(0, 8));
            des.IV = Encoding.ASCII.GetBytes(sKey.Substring(0, 8));
            using var ms = new MemoryStream();
            using (var cs = new CryptoStream(ms, des.CreateDecryptor(), CryptoStreamMode.Write))
            {
                cs.Write(inputByteArray, 0, inputByteArray.Length);
                cs.FlushFinalBlock();
            }
            return Encoding.Default.GetString(ms.ToArray());
        }
    }
}
