namespace BranchWealth.Models;

/// <summary>风险承受能力评估问卷（10 题，每题 A-E），按监管模板计分。</summary>
public static class RiskQuestionnaire
{
    private static readonly int[][] Scores =
    {
        new[] { 1, 2, 4, 6, 8 },
        new[] { 1, 3, 5, 7, 9 },
        new[] { 0, 2, 4, 6, 8 },
        new[] { 1, 2, 4, 6, 10 },
        new[] { 2, 4, 6, 8, 10 },
        new[] { 1, 3, 5, 7, 9 },
        new[] { 0, 3, 6, 9, 12 },
        new[] { 1, 2, 3, 4, 5 },
        new[] { 2, 4, 6, 8, 10 },
        new[] { 1, 3, 5, 7, 9 },
    };

    public static int Score(string answers)
    {
        if (answers == null || answers.Length != Scores.Length)
            throw new ArgumentException($"需要 {Scores.Length} 个答案");
        var total = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            var idx = char.ToUpperInvariant(answers[i]) - 'A';
            if (idx < 0 || idx > 4) throw new ArgumentException($"第 {i + 1} 题答案无效: {answers[i]}");
            total += Scores[i][idx];
        }
        return total;
    }

    public static RiskLevel LevelFor(int score) => score switch
    {
        <= 20 => RiskLevel.C1,
        <= 40 => RiskLevel.C2,
        <= 60 => RiskLevel.C3,
        <= 80 => RiskLevel.C4,
        _ => RiskLevel.C5
    };

    /// <summary>65 岁以上客户最高评为 C3（行内规定）。</summary>
    public static RiskLevel Cap(RiskLevel level, int age) => age >= 65 && level > RiskLevel.C3 ? RiskLevel.C3 : level;
}
