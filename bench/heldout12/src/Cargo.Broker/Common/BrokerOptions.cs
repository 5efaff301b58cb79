namespace Cargo.Broker.Common;

public class BrokerOptions
{
    public string CompanyCode { get; set; } = "3122480K7Q";
    public string DeclarantName { get; set; } = "上海鸿远国际货运代理有限公司";
    public string SingleWindowIcCard { get; set; } = "";
    public string EdiHost { get; set; } = "";
    public string EdiUser { get; set; } = "";
    public string EdiPassword { get; set; } = "";
    public string StatementMailbox { get; set; } = "billing@hongyuan-cargo.cn";
    public int DemurrageFreeDays { get; set; } = 7;
}
