namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// GitHub's token formats end with 6 base62 characters holding a CRC32 of the 30 random characters
    /// before them (github.blog, 2021-04-05). Checking it removes look-alikes such as made-up docs examples.
    /// </summary>
    public static class GitHubTokenChecksum
    {
        private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        private static readonly uint[] Table = BuildTable();

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }

        public static uint Crc32(string text)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var ch in text)
            {
                crc = (crc >> 8) ^ Table[(crc ^ (byte)ch) & 0xFF];
            }

            return crc ^ 0xFFFFFFFFu;
        }

        /// <summary>The 6-character checksum GitHub appends to <paramref name="random30"/>.</summary>
        public static string Checksum(string random30)
        {
            var value = Crc32(random30);
            var chars = new char[6];
            for (var i = 5; i >= 0; i--)
            {
                chars[i] = Base62[(int)(value % 62)];
                value /= 62;
            }

            return new string(chars);
        }

        /// <summary>True when the part after the last '_' is 30 random characters followed by their checksum.</summary>
        public static bool IsValid(string token)
        {
            var underscore = token.LastIndexOf('_');
            if (underscore < 0)
            {
                return false;
            }

            var body = token.Substring(underscore + 1);
            if (body.Length != 36)
            {
                return false;
            }

            return string.Equals(Checksum(body.Substring(0, 30)), body.Substring(30), System.StringComparison.Ordinal);
        }
    }
}
