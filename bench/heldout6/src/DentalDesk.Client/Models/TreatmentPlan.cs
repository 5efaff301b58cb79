namespace DentalDesk.Models;

public record PlanItem(string Code, string Description, ToothId? Tooth, decimal Fee, int Visits);

public class TreatmentPlan
{
    public long PatientId { get; set; }
    public List<PlanItem> Items { get; } = new();
    public decimal MemberDiscountRate { get; set; }
    public decimal InsuranceCap { get; set; }

    public decimal Gross => Items.Sum(i => i.Fee);
    public decimal Discount => Math.Round(Gross * MemberDiscountRate, 2);
    public decimal InsuranceCovered => Math.Min(InsuranceCap, Items.Where(i => i.Code.StartsWith("B")).Sum(i => i.Fee));
    public decimal PatientPays => Math.Max(0, Gross - Discount - InsuranceCovered);
    public int TotalVisits => Items.Sum(i => i.Visits);

    /// <summary>分期：首付 30%，其余按月均摊，最后一期补尾差。</summary>
    public decimal[] Installments(int months)
    {
        if (months < 1 || months > 24) throw new ArgumentOutOfRangeException(nameof(months));
        var down = Math.Round(PatientPays * 0.3m, 2);
        var rest = PatientPays - down;
        var each = Math.Floor(rest / months * 100) / 100;
        var list = new decimal[months + 1];
        list[0] = down;
        for (var i = 1; i <= months; i++) list[i] = each;
        list[months] += rest - each * months;
        return list;
    }
}
