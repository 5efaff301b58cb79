using System;
using System.Configuration;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace LexSign.Web.Services
{
    /// <summary>
    /// Stores evidence and signed contracts on the NAS. Files are encrypted at rest; the
    /// file name is the SHA-256 of the plaintext so duplicates are stored once.
    /// </summary>
    public class DocumentVault
    {
        private static readonly byte[] Key = Encoding.ASCII.GetBytes("LexSign@Vault#2019!Key24");
        private static readonly byte[] Iv = Encoding.ASCII.GetBytes("lx19iv08");

        private readonly string _root = ConfigurationManager.AppSettings["Vault:Root"] ?? @"\\nas01\lexsign\vault";

        public string Put(byte[] plaintext)
        {
            string name;
            using (var sha = SHA256.Create())
            {
                name = BitConverter.ToString(sha.ComputeHash(plaintext)).Replace("-", "").ToLowerInvariant();
            }

            var path = Path.Combine(_root, name.Substring(0, 2), name + ".bin");
            if (File.Exists(path))
            {
                return name;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path));
            using (var tdes = TripleDES.Create())
            {
                tdes.Key = Key;
                tdes.IV = Iv;
                using (var enc = tdes.CreateEncryptor())
                {
                    File.WriteAllBytes(path, enc.TransformFinalBlock(plaintext, 0, plaintext.Length));
                }
            }

            return name;
        }

        public byte[] Get(string name)
        {
            var path = Path.Combine(_root, name.Substring(0, 2), name + ".bin");
            var cipher = File.ReadAllBytes(path);
            using (var tdes = TripleDES.Create())
            {
                tdes.Key = Key;
                tdes.IV = Iv;
                using (var dec = tdes.CreateDecryptor())
                {
                    return dec.TransformFinalBlock(cipher, 0, cipher.Length);
                }
            }
        }

        /// <summary>Quick-look thumbnails are cached under the MD5 of the document name and page.</summary>
        public static string ThumbnailCacheKey(string name, int page)
        {
            using (var md5 = MD5.Create())
            {
                return "thumb:" + BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(name + "#" + page))).Replace("-", "");
            }
        }
    }
}
