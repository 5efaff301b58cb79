using ClaimsDesk.Worker.Domain;
using ClaimsDesk.Worker.Integration;
using ClaimsDesk.Worker.Messages;
using log4net;
using MassTransit;

namespace ClaimsDesk.Worker.Consumers;

public sealed class SurveyorAssignedConsumer : IConsumer<SurveyorAssigned>
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(SurveyorAssignedConsumer));
    private readonly ClaimStore _store;
    private readonly NotificationMailer _mailer;

    public SurveyorAssignedConsumer(ClaimStore store, NotificationMailer mailer)
    {
        _store = store;
        _mailer = mailer;
    }

    public async Task Consume(ConsumeContext<SurveyorAssigned> context)
    {
        var claim = await _store.GetAsync(context.Message.ClaimNo);
        if (claim is null)
        {
            throw new InvalidOperationException($"Unknown claim {context.Message.ClaimNo}");
        }

        claim.SurveyorId = context.Message.SurveyorId;
        ClaimStateMachine.Move(claim, ClaimStatus.SurveyorAssigned, DateTimeOffset.Now);
        await _store.UpdateStatusAsync(claim);

        if (!string.IsNullOrEmpty(claim.Holder.Email))
        {
            await _mailer.SendAppointmentAsync(claim.Holder.Email, claim.Holder.Name, claim.ClaimNo, context.Message.AppointmentAt);
        }

        Log.Info("Surveyor " + context.Message.SurveyorId + " assigned to " + claim.ClaimNo + " for " + claim.Holder.Name + " (" + claim.Holder.Phone + ")");
    }
}
