using DriveNow.Rental.Models;
using Polly;
using Polly.Retry;

namespace DriveNow.Rental.Services;

public sealed class CreditCheckService(ICreditBureauApi bureau, ILogger<CreditCheckService> log)
{
    private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.FromSeconds(1) })
        .AddTimeout(TimeSpan.FromSeconds(8))
        .Build();

    public async Task<int> CheckAsync(Customer c, string plainIdCard)
    {
        using var scope = log.BeginScope(new Dictionary<string, object>
        {
            ["CustomerId"] = c.Id,
            ["IdCardNo"] = plainIdCard,
        });
        try
        {
            var reply = await _pipeline.ExecuteAsync(async ct =>
                await bureau.QueryAsync(new CreditQuery(c.RealName, plainIdCard, c.Mobile)));
            log.LogInformation("credit score {Score} level {Level}", reply.Score, reply.Level);
            if (reply.OnBlacklist)
                log.LogWarning("Bureau blacklist hit: {Name} {IdCard}", c.RealName, plainIdCard);
            return reply.Score;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "credit check failed for customer {CustomerId}", c.Id);
            return -1;
        }
    }
}
