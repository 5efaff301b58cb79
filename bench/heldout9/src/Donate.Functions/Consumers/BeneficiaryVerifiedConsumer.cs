using Donate.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Donate.Consumers;

/// <summary>The verification team checked the hospital documents; publish or reject the project.</summary>
public sealed class BeneficiaryVerifiedConsumer : IConsumer<BeneficiaryVerified>
{
    private readonly ILogger<BeneficiaryVerifiedConsumer> _logger;

    public BeneficiaryVerifiedConsumer(ILogger<BeneficiaryVerifiedConsumer> logger) => _logger = logger;

    public Task Consume(ConsumeContext<BeneficiaryVerified> context)
    {
        var m = context.Message;
        if (!m.Approved)
        {
            _logger.LogWarning("Beneficiary {Id} rejected: {Reason}", m.BeneficiaryId, m.Reason);
            return Task.CompletedTask;
        }

        if (m.IdCardNo.Length != 18)
        {
            throw new InvalidOperationException($"受助人 {m.Name} 身份证号 {m.IdCardNo} 位数不对");
        }

        _logger.LogInformation("Beneficiary {Name} at {Hospital} verified, diagnosis {Diagnosis}", m.Name, m.Hospital, m.Diagnosis);
        return Task.CompletedTask;
    }
}
