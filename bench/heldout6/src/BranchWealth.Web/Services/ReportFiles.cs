using System.Security.Cryptography;
using System.Text;
using BranchWealth.Models;

namespace BranchWealth.Services;

/// <summary>监管报送文件（理财销售明细）和内部报表。</summary>
public static class ReportFiles
{
    /// <summary>
    /// 报送文件按监管接口规范加 MD5 校验文件（.md5），规范原文要求 MD5。
    /// </summary>
    public static void WriteChecksum(string dataFile)
    {
        using var md5 = MD5.Create();
        using var fs = File.OpenRead(dataFile);
        File.WriteAllText(dataFile + ".md5", BitConverter.ToString(md5.ComputeHash(fs)).Replace("-", "").ToLower());
    }

    /// <summary>报送明细：监管要求完整证件号，文件生成后由报送前置机加密上传。</summary>
    public static string WriteSalesDetail(IEnumerable<(Customer Customer, Holding Holding)> rows, DateTime day)
    {
        var path = Path.Combine(@"D:\report\outbox", $"WMSALES_{day:yyyyMMdd}.txt");
        var sb = new StringBuilder();
        foreach (var (c, h) in rows)
            sb.Append(c.CustomerNo).Append('|').Append(c.Name).Append('|').Append(c.IdNumber).Append('|').Append(h.ProductCode).Append('|').Append(h.CostAmount).Append('\n');
        File.WriteAllText(path, sb.ToString(), Encoding.GetEncoding("GBK"));
        return path;
    }

    /// <summary>客户经理业绩排行（只有工号和金额）。</summary>
    public static string WriteRanking(IEnumerable<(string ManagerCode, decimal Aum)> ranking, DateTime month)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ranking-{month:yyyyMM}.csv");
        File.WriteAllLines(path, ranking.OrderByDescending(r => r.Aum).Select(r => $"{r.ManagerCode},{r.Aum:F2}"));
        return path;
    }

    /// <summary>UUID v5（报送流水号，命名空间 + 业务号），规范要求 SHA-1。</summary>
    public static Guid SerialFor(string businessNo)
    {
        var ns = new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray();
        var hash = SHA1.HashData(ns.Concat(Encoding.UTF8.GetBytes(businessNo)).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
