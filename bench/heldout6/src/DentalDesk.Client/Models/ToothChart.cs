namespace DentalDesk.Models;

public enum ToothSurface { Mesial, Distal, Occlusal, Buccal, Lingual }
public enum ToothFinding { Healthy, Caries, Filled, Crown, Missing, Implant, RootCanalTreated }

/// <summary>FDI 两位牙位记法：象限 1-4（恒牙）/5-8（乳牙），牙位 1-8。</summary>
public readonly record struct ToothId(int Quadrant, int Position)
{
    public bool IsPrimary => Quadrant >= 5;
    public bool IsValid => Quadrant is >= 1 and <= 8 && Position >= 1 && Position <= (IsPrimary ? 5 : 8);
    public override string ToString() => $"{Quadrant}{Position}";

    public static ToothId Parse(string fdi)
    {
        if (fdi is not { Length: 2 } || !char.IsDigit(fdi[0]) || !char.IsDigit(fdi[1]))
            throw new FormatException($"牙位格式错误: {fdi}");
        var id = new ToothId(fdi[0] - '0', fdi[1] - '0');
        return id.IsValid ? id : throw new FormatException($"无效牙位: {fdi}");
    }

    /// <summary>转成通用编号 1-32（美国诊所转诊单用）。</summary>
    public int ToUniversal()
    {
        if (IsPrimary) throw new NotSupportedException("乳牙没有 1-32 编号");
        return Quadrant switch
        {
            1 => 9 - Position,
            2 => 8 + Position,
            3 => 25 - Position,
            4 => 24 + Position,
            _ => throw new InvalidOperationException()
        };
    }
}

public class ToothChart
{
    private readonly Dictionary<ToothId, ToothFinding> _findings = new();
    private readonly Dictionary<ToothId, HashSet<ToothSurface>> _surfaces = new();

    public void Record(ToothId tooth, ToothFinding finding, params ToothSurface[] surfaces)
    {
        _findings[tooth] = finding;
        if (surfaces.Length > 0)
        {
            if (!_surfaces.TryGetValue(tooth, out var set)) _surfaces[tooth] = set = new HashSet<ToothSurface>();
            set.UnionWith(surfaces);
        }
    }

    public ToothFinding this[ToothId tooth] => _findings.GetValueOrDefault(tooth, ToothFinding.Healthy);

    public int DmftIndex() => _findings.Values.Count(f => f is ToothFinding.Caries or ToothFinding.Missing or ToothFinding.Filled);

    public IEnumerable<ToothId> NeedsTreatment() => _findings.Where(kv => kv.Value == ToothFinding.Caries).Select(kv => kv.Key).OrderBy(t => t.Quadrant).ThenBy(t => t.Position);
}
