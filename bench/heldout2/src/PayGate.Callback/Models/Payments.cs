namespace PayGate.Callback.Models;

public sealed record PayOrder(string OrderNo, string MerchantId, decimal Amount, string Currency, string Status)
{
    public string? PayerName { get; init; }
    public string? PayerPhone { get; init; }
    public string? PayerIdNo { get; init; }
    public string? BankCardNo { get; init; }
    public string? PayerEmail { get; init; }
}

public sealed record RefundRequest(string OrderNo, decimal Amount, string Reason, string OperatorId);

public sealed record BindCardRequest(string UserId, string CardNo, string HolderName, string IdNo, string Mobile, string Cvv);

public sealed record CallbackEnvelope(string Channel, IDictionary<string, string> Fields, string RawBody);

public sealed record MerchantKeyInfo(string MerchantId, string KeyVersion, string KeyRef);
