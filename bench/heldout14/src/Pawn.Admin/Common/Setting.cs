using System.Xml.Linq;

namespace Pawn;

/// <summary>
/// 业务配置，读取 Config/Pawn.config
/// </summary>
public class Setting
{
    private static Setting _current;

    public static Setting Current => _current ??= Load();

    public string ShopCode { get; set; }
    public string ConnectionString { get; set; }
    public string PoliceGateway { get; set; }
    public string PoliceAccount { get; set; }
    public string PolicePassword { get; set; }
    public string AppraiseAppKey { get; set; }
    public string AppraiseSecret { get; set; }
    public decimal MonthlyFeeRate { get; set; } = 27m;
    public int GraceDays { get; set; } = 5;

    private static Setting Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Config", "Pawn.config");
        var s = new Setting();
        if (!File.Exists(file)) return s;
        var root = XDocument.Load(file).Root!;
        string Get(string name) => root.Element(name)?.Value?.Trim();
        s.ShopCode = Get("ShopCode");
        s.ConnectionString = Get("ConnectionString");
        s.PoliceGateway = Get("PoliceGateway");
        s.PoliceAccount = Get("PoliceAccount");
        s.PolicePassword = Get("PolicePassword");
        s.AppraiseAppKey = Get("AppraiseAppKey");
        s.AppraiseSecret = Get("AppraiseSecret");
        if (decimal.TryParse(Get("MonthlyFeeRate"), out var rate)) s.MonthlyFeeRate = rate;
        if (int.TryParse(Get("GraceDays"), out var grace)) s.GraceDays = grace;
        return s;
    }
}
