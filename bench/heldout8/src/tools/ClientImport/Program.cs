using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.SqlClient;

namespace ClientImport;

/// <summary>
/// Usage: ClientImport &lt;register.csv&gt; [--dry-run]
/// Register columns: 编号,姓名,身份证号,手机,邮箱,地址,开户行账号,旧系统密码
/// </summary>
public static class Program
{
    private static readonly ActivitySource Source = new("LexSign.ClientImport");

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ClientImport <register.csv> [--dry-run]");
            return 2;
        }

        var dryRun = args.Contains("--dry-run");
        var cs = Environment.GetEnvironmentVariable("LEXSIGN_SQL")
                 ?? "Data Source=10.1.4.20;Initial Catalog=LexSign;User ID=sa;Password=Sa#LexSign2016";
        var lines = await File.ReadAllLinesAsync(args[0], Encoding.GetEncoding("GB18030"));
        var rejected = new List<string>();
        var imported = 0;

        await using var conn = new SqlConnection(cs);
        if (!dryRun)
        {
            await conn.OpenAsync();
        }

        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 8)
            {
                Console.WriteLine($"skipping malformed row: {line}");
                rejected.Add(line);
                continue;
            }

            var row = new LegacyClient(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
            using var activity = Source.StartActivity("import-client");
            activity?.SetTag("client.legacy_id", row.LegacyId);
            activity?.SetTag("client.id_card", row.IdCardNo);

            if (!IdCardValid(row.IdCardNo))
            {
                Trace.TraceWarning("invalid ID card {0} for {1}", row.IdCardNo, row.Name);
                rejected.Add(line);
                continue;
            }

            Debug.WriteLine($"importing legacy client {row.LegacyId} ({row.Mobile[..3]}****{row.Mobile[^4..]})");

            if (!dryRun)
            {
                await using var cmd = new SqlCommand(
                    "INSERT INTO Client (Name, IdCardNo, Mobile, Email, Address, BankAccount, IsCompany, LegacyPasswordHash) " +
                    "VALUES (@n, @i, @m, @e, @a, @b, 0, @p)", conn);
                cmd.Parameters.AddWithValue("@n", row.Name);
                cmd.Parameters.AddWithValue("@i", row.IdCardNo);
                cmd.Parameters.AddWithValue("@m", row.Mobile);
                cmd.Parameters.AddWithValue("@e", row.Email);
                cmd.Parameters.AddWithValue("@a", row.Address);
                cmd.Parameters.AddWithValue("@b", row.BankAccount);
                cmd.Parameters.AddWithValue("@p", LegacyPortalHash(row.LegacyPassword));
                await cmd.ExecuteNonQueryAsync();
            }

            imported++;
        }

        await File.WriteAllLinesAsync(Path.ChangeExtension(args[0], ".rejected.csv"), rejected, Encoding.UTF8);
        Console.WriteLine($"imported {imported}, rejected {rejected.Count}");
        return rejected.Count == 0 ? 0 : 1;
    }

    /// <summary>The old client portal stored upper-case MD5 of the password; kept so old logins keep working.</summary>
    private static string LegacyPortalHash(string password) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));

    private static bool IdCardValid(string id)
    {
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        if (id.Length != 18 || !id[..17].All(char.IsDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * w[i];
        }

        return char.ToUpperInvariant(id[17]) == "10X98765432"[sum % 11];
    }

    private sealed record LegacyClient(string LegacyId, string Name, string IdCardNo, string Mobile, string Email, string Address, string BankAccount, string LegacyPassword);
}
