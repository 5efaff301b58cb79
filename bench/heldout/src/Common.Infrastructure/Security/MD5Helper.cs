using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security
{
    /// <summary>
    /// MD5 工具类
    /// </summary>
    public static class MD5Helper
    {
        /// <summary>
        /// 32位MD5加密（小写）
        /// </summary>
        public static string MD5Encrypt32(string input)
        {
            using (var md5 = MD5.Create())
            {
                var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
                var sb = new StringBuilder();
                foreach (var b in bytes)
                {
                    sb.Append(b.ToString("x2"));
                }
                return sb.ToString();
            }
        }

        /// <summary>
        /// 16位MD5加密
        /// </summary>
        public static string MD5Encrypt16(string input)
        {
            return MD5Encrypt32(input).Substring(8, 16);
        }

        /// <summary>
        /// 文件MD5，用于秒传校验
        /// </summary>
        public static string GetFileMd5(Stream stream)
        {
            using var md5 = MD5.Create();
            var hash = md5.ComputeHash(stream);
            return Convert.ToHexString(hash).ToLowerInvariant();
        }

        /// <summary>
        /// 用户密码加密：MD5(密码+盐)
        /// </summary>
        public static string EncryptPassword(string password, string salt)
        {
            return MD5Encrypt32(password + salt);
        }
    }
}
