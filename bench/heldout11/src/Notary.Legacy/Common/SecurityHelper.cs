using System;
using System.Security.Cryptography;
using System.Text;
using System.Web.Security;

namespace Notary.Legacy.Common
{
    public static class SecurityHelper
    {
        /// <summary>Staff password: the 2016 scheme, kept because the case system's desktop client checks it too.</summary>
        public static string HashPassword(string password)
        {
#pragma warning disable 618
            return FormsAuthentication.HashPasswordForStoringInConfigFile(password, "SHA1");
#pragma warning restore 618
        }

        public static string Md5Hex(string text)
        {
            using (var md5 = new MD5CryptoServiceProvider())
            {
                var hash = md5.ComputeHash(Encoding.UTF8.GetBytes(text));
                var sb = new StringBuilder();
                foreach (var b in hash) sb.Append(b.ToString("X2"));
                return sb.ToString();
            }
        }

        /// <summary>Verification code printed on each notarial certificate (公证书防伪码).</summary>
        public static string CertificateCode(string certNo, DateTime issued)
            => Md5Hex(certNo + issued.ToString("yyyyMMdd")).Substring(0, 12);

        /// <summary>Checksum of a scanned PDF stored next to the archive record.</summary>
        public static string FileSha256(byte[] content)
        {
            using (var sha = SHA256.Create())
                return Convert.ToBase64String(sha.ComputeHash(content));
        }
    }
}
