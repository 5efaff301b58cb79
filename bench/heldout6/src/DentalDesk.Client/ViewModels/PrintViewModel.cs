using System.Diagnostics;
using DentalDesk.Models;
using DentalDesk.Services;
using NLog;

namespace DentalDesk.ViewModels;

/// <summary>打印收费小票和就诊卡。</summary>
public class PrintViewModel : ViewModelBase
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    public void PrintCard(PatientCard card)
    {
        Log.Info("Printing patient card {0}", card);
        Debug.WriteLine("print card: " + card.ChartNo);
    }

    public void PrintReceipt(Patient p, TreatmentPlan plan, string invoiceNo)
    {
        var lines = new List<string>
        {
            "微笑口腔 收费小票",
            $"票号：{invoiceNo}",
            $"患者：{p.Name[0]}**  病历号：{p.ChartNo}",
        };
        lines.AddRange(plan.Items.Select(i => $"{i.Code} {i.Description} {i.Tooth} {i.Fee:F2}"));
        lines.Add($"合计：{plan.Gross:F2}  优惠：{plan.Discount:F2}  自付：{plan.PatientPays:F2}");
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), $"receipt-{invoiceNo}.txt"), lines);
        FileLog.Info($"receipt {invoiceNo} printed, {plan.Items.Count} items, total {plan.Gross:F2}");
    }

    public void PrintConsent(Patient p, string procedure)
    {
        if (p.IsMinor(DateTime.Today) && string.IsNullOrEmpty(p.GuardianName))
            throw new InvalidOperationException($"未成年患者 {p.Name}（{p.IdNumber}）缺少监护人信息，不能打印知情同意书");
        Log.Info("Consent for {0} printed: {1}", p.ChartNo, procedure);
    }
}
