namespace Campus.Admissions.Domain;

/// <summary>Province codes used by the national admissions system and whether the province runs the new gaokao (3+1+2).</summary>
public static class Provinces
{
    public sealed record Province(string Code, string Name, bool NewGaokao, int FullScore);

    public static readonly IReadOnlyList<Province> All =
    [
        new("11", "北京", true, 750), new("12", "天津", true, 750), new("13", "河北", true, 750),
        new("14", "山西", true, 750), new("15", "内蒙古", true, 750), new("21", "辽宁", true, 750),
        new("22", "吉林", true, 750), new("23", "黑龙江", true, 750), new("31", "上海", true, 660),
        new("32", "江苏", true, 750), new("33", "浙江", true, 750), new("34", "安徽", true, 750),
        new("35", "福建", true, 750), new("36", "江西", true, 750), new("37", "山东", true, 750),
        new("41", "河南", true, 750), new("42", "湖北", true, 750), new("43", "湖南", true, 750),
        new("44", "广东", true, 750), new("45", "广西", true, 750), new("46", "海南", true, 900),
        new("50", "重庆", true, 750), new("51", "四川", true, 750), new("52", "贵州", true, 750),
        new("53", "云南", true, 750), new("54", "西藏", false, 750), new("61", "陕西", true, 750),
        new("62", "甘肃", true, 750), new("63", "青海", true, 750), new("64", "宁夏", true, 750),
        new("65", "新疆", false, 750),
    ];

    private static readonly Dictionary<string, Province> ByCode = All.ToDictionary(p => p.Code);

    public static Province? FromExamNo(string examNo) =>
        examNo.Length >= 4 && ByCode.TryGetValue(examNo.Substring(2, 2), out var p) ? p : null;

    public static int ExamYear(string examNo) => examNo.Length >= 2 && int.TryParse(examNo[..2], out var yy) ? 2000 + yy : 0;
}
