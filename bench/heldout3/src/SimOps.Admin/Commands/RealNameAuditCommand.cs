using System.Diagnostics;
using System.Text;
using ClosedXML.Excel;
using SimOps.Admin.Data;
using SimOps.Admin.Util;

namespace SimOps.Admin.Commands;

/// <summary>未实名 / 实名不一致的号码清单：屏幕核对 + 导出 Excel 给渠道经理。</summary>
public sealed class RealNameAuditCommand(SubscriberRepository repo)
{
    public async Task<int> RunAsync()
    {
        var list = await repo.FindUnverifiedAsync(200);
        Console.WriteLine($"未实名号码 {list.Count} 个");
        foreach (var s in list)
        {
            Console.WriteLine($"{s.Msisdn}\t{s.CustName}\t{s.CertNo}\t{s.RealNameStatus}");
            Debug.WriteLine($"audit row {s.Iccid} status={s.RealNameStatus}");
        }
        foreach (var s in list.Where(x => x.Channel == "agent"))
            Console.WriteLine($"代理商渠道：{DesensitizeUtil.Phone(s.Msisdn)} {DesensitizeUtil.Name(s.CustName)} {DesensitizeUtil.IdCard(s.CertNo)}");
        return 0;
    }

    public async Task<int> ExportAsync(string dir)
    {
        var list = await repo.FindUnverifiedAsync(5000);
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("未实名");
        ws.Cell(1, 1).Value = "号码"; ws.Cell(1, 2).Value = "客户"; ws.Cell(1, 3).Value = "证件号"; ws.Cell(1, 4).Value = "地址";
        var row = 2;
        foreach (var s in list)
        {
            ws.Cell(row, 1).Value = s.Msisdn;
            ws.Cell(row, 2).Value = s.CustName;
            ws.Cell(row, 3).Value = s.CertNo;
            ws.Cell(row, 4).Value = s.CertAddress;
            row++;
        }
        var path = Path.Combine(dir, $"unverified-{DateTime.Now:yyyyMMdd}.xlsx");
        wb.SaveAs(path);
        Console.WriteLine($"导出完成：{path}（{list.Count} 行）");

        var agentCsv = new StringBuilder("号码,客户,证件号\n");
        foreach (var s in list.Where(x => x.Channel == "agent"))
            agentCsv.AppendLine($"{DesensitizeUtil.Phone(s.Msisdn)},{DesensitizeUtil.Name(s.CustName)},{DesensitizeUtil.IdCard(s.CertNo)}");
        await File.WriteAllTextAsync(Path.Combine(dir, "agent.csv"), agentCsv.ToString(), Encoding.UTF8);

        var rawTsv = list.Select(s => string.Join('\t', s.Msisdn, s.Iccid, s.CustName, s.CertNo));
        await File.WriteAllLinesAsync(Path.Combine(dir, "unverified-raw.tsv"), rawTsv);
        return 0;
    }
}
