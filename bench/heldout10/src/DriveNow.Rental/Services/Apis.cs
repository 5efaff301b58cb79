using Refit;

namespace DriveNow.Rental.Services;

public sealed record LicenseVerifyRequest(string Name, string IdCardNo, string LicenseNo);
public sealed record LicenseVerifyResult(bool Valid, string Status, int RemainingPoints, string? Message);
public sealed record CreditQuery(string Name, string IdCardNo, string Mobile);
public sealed record CreditReply(int Score, string Level, bool OnBlacklist);
public sealed record SmsRequest(string Mobile, string TemplateId, Dictionary<string, string> Params);

public interface ILicenseVerifyApi
{
    [Post("/v2/license/verify")]
    Task<LicenseVerifyResult> VerifyAsync([Body] LicenseVerifyRequest req);
}

[Headers("X-Partner-Id: drivenow", "X-Partner-Key: ZCTL9FxBzR9MgkH3vVVIR7eF")]
public interface ICreditBureauApi
{
    [Post("/credit/personal/score")]
    Task<CreditReply> QueryAsync([Body] CreditQuery q);
}

public interface ISmsGatewayApi
{
    [Post("/send")]
    Task SendAsync([Body] SmsRequest req, [Header("X-Sms-Token")] string token);

    [Get("/balance?account=drivenow&password=Sms8848drv")]
    Task<int> BalanceAsync();
}

public interface IViolationApi
{
    [Get("/vio/query")]
    Task<List<ViolationRecord>> QueryAsync(string plate, [AliasAs("engine")] string engineTail);
}

public sealed record ViolationRecord(string PlateNo, DateTime OccurredAt, string Location, int Points, decimal Fine, string DecisionNo);
