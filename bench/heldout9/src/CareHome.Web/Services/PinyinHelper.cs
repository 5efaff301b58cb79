namespace CareHome.Services;

/// <summary>Pinyin initials for quick search (张三 → ZS). Only the common surname/given-name characters are mapped.</summary>
public static class PinyinHelper
{
    private static readonly Dictionary<char, char> Map = new()
    {
        ['王'] = 'W', ['李'] = 'L', ['张'] = 'Z', ['刘'] = 'L', ['陈'] = 'C', ['杨'] = 'Y', ['黄'] = 'H', ['赵'] = 'Z',
        ['吴'] = 'W', ['周'] = 'Z', ['徐'] = 'X', ['孙'] = 'S', ['马'] = 'M', ['朱'] = 'Z', ['胡'] = 'H', ['郭'] = 'G',
        ['何'] = 'H', ['高'] = 'G', ['林'] = 'L', ['罗'] = 'L', ['郑'] = 'Z', ['梁'] = 'L', ['谢'] = 'X', ['宋'] = 'S',
        ['秀'] = 'X', ['英'] = 'Y', ['华'] = 'H', ['明'] = 'M', ['国'] = 'G', ['芳'] = 'F', ['兰'] = 'L', ['珍'] = 'Z',
        ['建'] = 'J', ['军'] = 'J', ['平'] = 'P', ['玉'] = 'Y', ['凤'] = 'F', ['桂'] = 'G', ['德'] = 'D', ['福'] = 'F',
    };

    public static string Initials(string name) =>
        new(name.Select(c => Map.TryGetValue(c, out var p) ? p : char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) : '_').ToArray());
}
