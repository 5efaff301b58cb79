namespace Recycle.Worker.Models;

/// <summary>质检完成消息（质检中心发出）</summary>
public record InspectionDone(
    string OrderNo,
    string Imei,
    string Model,
    string Grade,
    decimal Quote,
    decimal FinalPrice,
    string SellerName,
    string SellerMobile,
    string SellerIdCard,
    string Inspector,
    string[] PhotoKeys);

/// <summary>打款请求</summary>
public record PayoutRequest(
    string OrderNo,
    string PayeeName,
    string BankCard,
    string BankName,
    decimal Amount);

/// <summary>数据擦除报告（擦除工位发出）</summary>
public record WipeReport(string OrderNo, string Imei, string Method, bool Verified, DateTime FinishedAt, string Station);

public class RecycleOrder
{
    public long Id { get; set; }
    public string OrderNo { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Imei { get; set; } = "";
    public string ImeiHash { get; set; } = "";
    public string Model { get; set; } = "";
    public string Grade { get; set; } = "";
    public decimal Quote { get; set; }
    public decimal FinalPrice { get; set; }
    public string SellerName { get; set; } = "";
    public string SellerMobile { get; set; } = "";
    public string SellerIdCard { get; set; } = "";
    public string? BankCardCipher { get; set; }
    public string? PickupAddress { get; set; }
    public int Status { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class SellerSummary
{
    public string SellerName { get; set; } = "";
    public string SellerMobile { get; set; } = "";
    public int Orders { get; set; }
    public decimal Amount { get; set; }
}
