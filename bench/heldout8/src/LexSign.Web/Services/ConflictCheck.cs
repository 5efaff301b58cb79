using System.Collections.Generic;
using System.Configuration;
using System.Data.SqlClient;

namespace LexSign.Web.Services
{
    /// <summary>利益冲突检索: does a prospective party appear on the other side of one of our cases?</summary>
    public class ConflictCheck
    {
        public List<string> Find(string name, string idNo)
        {
            var hits = new List<string>();
            var cs = ConfigurationManager.ConnectionStrings["LexSign"].ConnectionString;
            using (var conn = new SqlConnection(cs))
            using (var cmd = new SqlCommand(
                "SELECT CaseNo FROM CaseFile WHERE OpposingPartyIdNo = @id OR (OpposingPartyIdNo IS NULL AND OpposingParty = @n)", conn))
            {
                cmd.Parameters.AddWithValue("@id", (object)idNo ?? System.DBNull.Value);
                cmd.Parameters.AddWithValue("@n", name);
                conn.Open();
                using (var r = cmd.ExecuteReader())
                {
                    while (r.Read())
                    {
                        hits.Add(r.GetString(0));
                    }
                }
            }

            return hits;
        }
    }

    public static class Masking
    {
        public static string Mobile(string m) =>
            string.IsNullOrEmpty(m) || m.Length < 11 ? "***" : m.Substring(0, 3) + "****" + m.Substring(7);

        public static string Last4(string s) =>
            string.IsNullOrEmpty(s) || s.Length < 4 ? "****" : s.Substring(s.Length - 4);
    }

    public static class IdCard
    {
        private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        private const string CheckCodes = "10X98765432";

        public static bool IsValid(string id)
        {
            if (string.IsNullOrEmpty(id) || id.Length != 18)
            {
                return false;
            }

            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                if (!char.IsDigit(id[i]))
                {
                    return false;
                }

                sum += (id[i] - '0') * Weights[i];
            }

            return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
        }

        public static string Mask(string id) =>
            string.IsNullOrEmpty(id) || id.Length < 18 ? "" : id.Substring(0, 6) + "********" + id.Substring(14);
    }
}
