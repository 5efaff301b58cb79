namespace DentalDesk.Models;

/// <summary>收费项目表（2024 版），价格单位：元。</summary>
public static class FeeSchedule
{
    private static readonly Dictionary<string, (string Name, decimal Fee, int Visits)> Items = new()
    {
        ["A001"] = ("口腔检查", 30m, 1),
        ["A010"] = ("全景片", 120m, 1),
        ["B101"] = ("超声洁治", 260m, 1),
        ["B201"] = ("树脂充填（单面）", 300m, 1),
        ["B202"] = ("树脂充填（双面）", 420m, 1),
        ["C301"] = ("根管治疗（前牙）", 900m, 2),
        ["C302"] = ("根管治疗（磨牙）", 1600m, 3),
        ["D401"] = ("拔牙（简单）", 200m, 1),
        ["D402"] = ("阻生齿拔除", 1200m, 1),
        ["E501"] = ("种植体（国产）", 6800m, 3),
        ["E502"] = ("种植体（进口）", 12800m, 3),
        ["F601"] = ("全瓷冠", 3200m, 2),
    };

    public static PlanItem Item(string code, ToothId? tooth = null)
    {
        if (!Items.TryGetValue(code, out var v)) throw new KeyNotFoundException($"收费项目不存在: {code}");
        return new PlanItem(code, v.Name, tooth, v.Fee, v.Visits);
    }

    public static IEnumerable<string> Codes => Items.Keys.OrderBy(k => k, StringComparer.Ordinal);
}
