namespace Donate.Contracts;

public sealed record DonationPaid(long DonationId, string OrderNo, long ProjectId, long DonorId, string DonorName, string DonorMobile, long AmountCents, DateTime PaidAt);

public sealed record BeneficiaryVerified(long BeneficiaryId, string Name, string IdCardNo, string Hospital, string Diagnosis, bool Approved, string? Reason);

public sealed record ProjectFunded(long ProjectId, long RaisedCents, DateTime FundedAt);

public sealed record ReceiptRequested(long DonationId, string DonorName, string DonorIdCardNo, long AmountCents);
