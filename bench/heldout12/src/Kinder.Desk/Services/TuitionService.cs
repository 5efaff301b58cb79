using System;

namespace Kinder.Desk.Services
{
    /// <summary>保育费按出勤计算：请假满5天退伙食费</summary>
    public class TuitionService
    {
        public decimal MonthFee(string grade, int schoolDays, int presentDays)
        {
            decimal care = grade switch { "托班" => 3800m, "小班" => 3200m, "中班" => 3000m, "大班" => 2900m, _ => 3000m };
            decimal mealPerDay = 22m;
            int absent = schoolDays - presentDays;
            decimal mealRefund = absent >= 5 ? absent * mealPerDay : 0;
            return care + schoolDays * mealPerDay - mealRefund;
        }

        public decimal SiblingDiscount(decimal fee, int siblingIndex) => siblingIndex >= 2 ? Math.Round(fee * 0.9m, 2) : fee;

        public string ReceiptNo(int childId, DateTime month) => $"XTY{month:yyyyMM}{childId:D5}";
    }
}
