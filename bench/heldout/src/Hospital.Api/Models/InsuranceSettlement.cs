namespace MedLink.Hospital.Api.Models;

/// <summary>医保结算请求（对接省医保平台）</summary>
public sealed record InsuranceSettlementRequest
{
    public required string InsuranceNo { get; init; }
    public required string PatientName { get; init; }
    public required string IdCardNo { get; init; }
    public required string VisitNo { get; init; }
    public decimal TotalFee { get; init; }
    public string? HospitalCode { get; init; }
}

public sealed record InsuranceSettlementResult(string SettlementNo, decimal FundPay, decimal SelfPay, string Status);

public class InsuranceException : Exception
{
    public string? ErrorCode { get; }

    public InsuranceException(string message, string? errorCode = null) : base(message)
    {
        ErrorCode = errorCode;
    }
}
