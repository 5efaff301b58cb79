using System.Text;
using Property.Portal.Common;
using Property.Portal.Entities;

namespace Property.Portal.Services;

/// <summary>物业费 / 银行代扣</summary>
public class FeeService(IFreeSql fsql, ILogger<FeeService> logger)
{
    public async Task<string> BuildWithholdingFileAsync(string period, string dir)
    {
        var owners = await fsql.Select<Owner>().Where(o => o.BankAccount != null).ToListAsync();
        var bills = await fsql.Select<FeeBill>().Where(b => b.Period == period && !b.Paid).ToListAsync();
        var sb = new StringBuilder();
        foreach (var b in bills)
        {
            var o = owners.First(x => x.Id == b.OwnerId);
            sb.Append(o.OwnerName).Append(',')
              .Append(o.BankAccount).Append(',')
              .Append(b.Amount.ToString("F2")).AppendLine();
        }
        var path = Path.Combine(dir, $"daikou_{period}.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.GetEncoding("GB2312"));
        logger.LogInformation("withholding file {Path} with {Count} rows", path, bills.Count);
        return path;
    }

    public async Task RemindAsync(int ownerId)
    {
        var o = await fsql.Select<Owner>().Where(x => x.Id == ownerId).FirstAsync();
        logger.LogInformation("reminder for owner {Name} at {Mobile}, room {Room}", DesensitizeHelper.Name(o.OwnerName), DesensitizeHelper.Mobile(o.Mobile), o.RoomNo);
        logger.LogInformation($"催缴通知: {o.OwnerName} {o.Mobile} 房号 {o.RoomNo}");
    }

    public async Task<decimal> ArrearsAsync(int ownerId)
    {
        var sum = await fsql.Select<FeeBill>().Where(b => b.OwnerId == ownerId && !b.Paid).SumAsync(b => b.Amount);
        logger.LogDebug("owner {OwnerId} arrears {Sum}", ownerId, sum);
        return sum;
    }

    public void WriteArrearsList(IEnumerable<Owner> owners, string file)
    {
        using var w = File.CreateText(file);
        foreach (var o in owners)
            w.WriteLine(string.Format("{0}\t{1}\t{2}", o.RoomNo, o.OwnerName, o.Mobile));
    }
}
