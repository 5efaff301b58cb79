using System.Text.Json.Serialization;
using Donate.Json;

namespace Donate.Models;

public sealed class Donor
{
    public long Id { get; set; }
    public string OpenId { get; set; } = "";
    public string RealName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? IdCardNo { get; set; }
    public string? Email { get; set; }
    public bool Anonymous { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class Donation
{
    public long Id { get; set; }
    public string OrderNo { get; set; } = "";
    public long ProjectId { get; set; }
    public long DonorId { get; set; }
    public long AmountCents { get; set; }
    public string Channel { get; set; } = "alipay";
    public string Status { get; set; } = "created";
    public string? TradeNo { get; set; }
    public string? Message { get; set; }
    public bool WantsReceipt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PaidAt { get; set; }
}

public sealed class FundraisingProject
{
    public long Id { get; set; }
    public string Title { get; set; } = "";
    public long TargetCents { get; set; }
    public long RaisedCents { get; set; }
    public long BeneficiaryId { get; set; }
    public string Status { get; set; } = "open";
    public DateTime EndsAt { get; set; }
}

/// <summary>受助人: the person a medical crowdfunding project is for.</summary>
public sealed class Beneficiary
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Hospital { get; set; } = "";
    public string Diagnosis { get; set; } = "";
    public string BankName { get; set; } = "";
    public string BankCardCipher { get; set; } = "";
    public string Payee { get; set; } = "";
    public string VerifyStatus { get; set; } = "pending";
}

/// <summary>Public wall of thanks; the converter masks the donor's name unless they agreed to show it.</summary>
public sealed record DonationWallItem(
    [property: JsonConverter(typeof(DonorMaskingConverter))] string DonorName,
    long AmountCents,
    string? Message,
    DateTime PaidAt);
