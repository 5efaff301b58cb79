using Donor.Functions.Models;

namespace Donor.Functions.Services;

/// <summary>献血者健康检查要求（GB 18467）</summary>
public class EligibilityRules
{
    public (bool ok, string? reason) Check(DonorEntity donor, HealthQuestionnaire q, DateTime today)
    {
        var age = today.Year - donor.BirthDate.Year - (today.DayOfYear < donor.BirthDate.DayOfYear ? 1 : 0);
        if (age < 18) return (false, "年龄未满18周岁");
        if (age > 60 && donor.DonationCount == 0) return (false, "首次献血者年龄不超过55周岁");
        if (age > 60) return (false, "年龄超过60周岁");
        if (q.WeightKg < (donor.Gender == "F" ? 45 : 50)) return (false, "体重不足");
        if (q.SystolicBp < 90 || q.SystolicBp >= 140 || q.DiastolicBp < 60 || q.DiastolicBp >= 90) return (false, "血压不合格");
        var hbMin = donor.Gender == "F" ? 115 : 120;
        if (q.HemoglobinGdl * 10 < hbMin) return (false, "血红蛋白偏低");
        if (q.Tattoo12Months) return (false, "一年内纹身");
        if (q.HighRiskSex) return (false, "高危行为");
        if (q.Pregnant) return (false, "妊娠期");
        if (q.RecentSurgery) return (false, "近期手术");
        if (donor.LastDonationAt is { } last)
        {
            var gap = donor.LastDonationKind == "PLT" ? 14 : 180;
            if ((today - last).TotalDays < gap) return (false, $"距上次献血不足{gap}天");
        }
        return (true, null);
    }

    public int MaxVolumeMl(double weightKg, int count) => count == 0 ? 200 : weightKg >= 60 ? 400 : 300;
}
