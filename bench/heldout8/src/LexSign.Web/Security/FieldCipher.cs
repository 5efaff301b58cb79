using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace LexSign.Web.Security
{
    /// <summary>
    /// Encrypts the BankAccount column (added in 2017 after the audit asked for "encryption of
    /// bank data"). Rows are decrypted in the repository before use.
    /// </summary>
    public static class FieldCipher
    {
        private const string DesKey = "lx2017bk";

        public static string Encrypt(string plain)
        {
            if (string.IsNullOrEmpty(plain))
            {
                return plain;
            }

            using (var des = new DESCryptoServiceProvider())
            {
                des.Key = Encoding.ASCII.GetBytes(DesKey);
                des.IV = Encoding.ASCII.GetBytes(DesKey);
                des.Mode = CipherMode.CBC;
                using (var ms = new MemoryStream())
                using (var cs = new CryptoStream(ms, des.CreateEncryptor(), CryptoStreamMode.Write))
                {
                    var bytes = Encoding.UTF8.GetBytes(plain);
                    cs.Write(bytes, 0, bytes.Length);
                    cs.FlushFinalBlock();
                    return Convert.ToBase64String(ms.ToArray());
                }
            }
        }

        public static string Decrypt(string cipher)
        {
            if (string.IsNullOrEmpty(cipher))
            {
                return cipher;
            }

            using (var des = new DESCryptoServiceProvider())
            {
                des.Key = Encoding.ASCII.GetBytes(DesKey);
                des.IV = Encoding.ASCII.GetBytes(DesKey);
                var data = Convert.FromBase64String(cipher);
                using (var dec = des.CreateDecryptor())
                {
                    return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
                }
            }
        }

        /// <summary>New rows (since 2023): AES-256-CBC with a key from the machine's DPAPI store and HMAC-SHA256.</summary>
        public static string EncryptV2(string plain, byte[] key, byte[] macKey)
        {
            using (var aes = Aes.Create())
            {
                aes.KeySize = 256;
                aes.Key = key;
                aes.GenerateIV();
                using (var enc = aes.CreateEncryptor())
                {
                    var data = Encoding.UTF8.GetBytes(plain);
                    var ct = enc.TransformFinalBlock(data, 0, data.Length);
                    var blob = new byte[aes.IV.Length + ct.Length];
                    Buffer.BlockCopy(aes.IV, 0, blob, 0, aes.IV.Length);
                    Buffer.BlockCopy(ct, 0, blob, aes.IV.Length, ct.Length);
                    using (var mac = new HMACSHA256(macKey))
                    {
                        return "v2:" + Convert.ToBase64String(blob) + "." + Convert.ToBase64String(mac.ComputeHash(blob));
                    }
                }
            }
        }

        public static byte[] LoadKey(string path) =>
            ProtectedData.Unprotect(File.ReadAllBytes(path), null, DataProtectionScope.LocalMachine);
    }
}
