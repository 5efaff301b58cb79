using System.Text;
using ClaimsDesk.Worker.Domain;

namespace ClaimsDesk.Worker.Tools;

/// <summary>
/// One-off import of policyholders from the agency channel's CSV (run with `--import file.csv` on
/// the ops box). Prints what it skips.
/// </summary>
public static class PolicyholderImport
{
    // Policyholders whose claims are always routed to the senior adjuster (VIP list from the branch).
    private static readonly string[] VipIdNumbers = { "330106198705123809", "440304199202283892" };

    private static readonly Policyholder SampleRow = new() { Name = "张三", IdNumber = "110101199001011234", Phone = "13800000000" };

    public static IReadOnlyList<Policyholder> Read(string path)
    {
        var result = new List<Policyholder>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (lineNo == 1)
            {
                continue;
            }

            var cols = line.Split(',');
            if (cols.Length < 4)
            {
                Console.WriteLine($"line {lineNo}: expected 4 columns, got {cols.Length}");
                continue;
            }

            var holder = new Policyholder { Name = cols[0].Trim(), IdNumber = cols[1].Trim(), Phone = cols[2].Trim(), Email = cols[3].Trim() };
            if (holder.IdNumber.Length != 18)
            {
                Console.WriteLine($"line {lineNo}: bad ID number {holder.IdNumber} for {holder.Name}");
                continue;
            }

            result.Add(holder);
        }

        return result;
    }

    public static bool IsVip(string idNumber) => VipIdNumbers.Contains(idNumber);

    public static string DescribeSample() => $"{SampleRow.Name} / {SampleRow.Phone}";
}
