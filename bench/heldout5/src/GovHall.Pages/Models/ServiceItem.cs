namespace GovHall.Pages.Models;

/// <summary>A service item of the hall's catalogue (事项清单), e.g. household registration transfer.</summary>
public sealed class ServiceItem
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string Department { get; set; } = "";
    public int WindowGroup { get; set; }
    public int MinutesPerCase { get; set; } = 15;
    public bool RequiresRealName { get; set; } = true;
    public bool AllowsProxy { get; set; }
    public IReadOnlyList<string> Materials { get; set; } = Array.Empty<string>();
    public int PromisedWorkingDays { get; set; }
}

public static class ServiceCatalogue
{
    public static readonly IReadOnlyList<ServiceItem> Items = new List<ServiceItem>
    {
        new() { Code = "HJ-001", Title = "户口迁移", Department = "公安局", WindowGroup = 1, MinutesPerCase = 20, Materials = new[] { "居民身份证", "户口簿", "准迁证" }, PromisedWorkingDays = 5 },
        new() { Code = "SB-012", Title = "社保卡补换", Department = "人社局", WindowGroup = 2, MinutesPerCase = 10, AllowsProxy = true, Materials = new[] { "居民身份证" }, PromisedWorkingDays = 1 },
        new() { Code = "BDC-003", Title = "不动产登记", Department = "自然资源局", WindowGroup = 3, MinutesPerCase = 30, Materials = new[] { "居民身份证", "购房合同", "完税证明" }, PromisedWorkingDays = 5 },
        new() { Code = "YYZZ-001", Title = "营业执照设立", Department = "市场监管局", WindowGroup = 4, MinutesPerCase = 25, AllowsProxy = true, Materials = new[] { "法定代表人身份证", "公司章程", "住所证明" }, PromisedWorkingDays = 3 },
        new() { Code = "GJJ-007", Title = "公积金提取", Department = "公积金中心", WindowGroup = 5, MinutesPerCase = 10, Materials = new[] { "居民身份证", "银行卡" }, PromisedWorkingDays = 1 },
        new() { Code = "CRJ-002", Title = "出入境证件", Department = "公安局", WindowGroup = 1, MinutesPerCase = 15, Materials = new[] { "居民身份证", "照片回执" }, PromisedWorkingDays = 7 },
    };

    public static ServiceItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);
}
