using Donate.Contracts;
using Donate.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Donate.Consumers;

public sealed class DonationPaidConsumer : IConsumer<DonationPaid>
{
    private readonly DonationRepository _repo;
    private readonly ILogger<DonationPaidConsumer> _logger;

    public DonationPaidConsumer(DonationRepository repo, ILogger<DonationPaidConsumer> logger)
    {
        _repo = repo;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<DonationPaid> context)
    {
        var m = context.Message;
        _logger.LogInformation("Donation paid {@Donation}", m);

        var raised = await _repo.AddRaisedAsync(m.ProjectId, m.AmountCents);
        var project = await _repo.GetProjectAsync(m.ProjectId);
        if (raised >= project.TargetCents && project.Status == "open")
        {
            await context.Publish(new ProjectFunded(project.Id, raised, DateTime.UtcNow));
        }

        _logger.LogInformation("Project {ProjectId} raised {Raised}/{Target}", project.Id, raised, project.TargetCents);
    }
}
