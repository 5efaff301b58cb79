using Donate.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Donate.Consumers;

public sealed class ProjectFundedConsumer : IConsumer<ProjectFunded>
{
    private readonly ILogger<ProjectFundedConsumer> _logger;

    public ProjectFundedConsumer(ILogger<ProjectFundedConsumer> logger) => _logger = logger;

    public Task Consume(ConsumeContext<ProjectFunded> context)
    {
        _logger.LogInformation("Project {ProjectId} fully funded with {Raised} cents at {At}", context.Message.ProjectId, context.Message.RaisedCents, context.Message.FundedAt);
        return Task.CompletedTask;
    }
}
