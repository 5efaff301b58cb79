using MediatR;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Integration;

namespace RxPharmacy.Api.Features.Prescriptions;

public sealed record ReviewPrescriptionCommand(string Number, long PharmacistId, bool Approve, string? Reason) : IRequest<PrescriptionStatus>;

public sealed class ReviewPrescriptionHandler : IRequestHandler<ReviewPrescriptionCommand, PrescriptionStatus>
{
    private readonly PrescriptionRepository _prescriptions;
    private readonly PharmacistCaSigner _signer;
    private readonly ILogger<ReviewPrescriptionHandler> _logger;

    public ReviewPrescriptionHandler(PrescriptionRepository prescriptions, PharmacistCaSigner signer, ILogger<ReviewPrescriptionHandler> logger)
    {
        _prescriptions = prescriptions;
        _signer = signer;
        _logger = logger;
    }

    public async Task<PrescriptionStatus> Handle(ReviewPrescriptionCommand request, CancellationToken cancellationToken)
    {
        var prescription = await _prescriptions.GetByNumberAsync(request.Number)
            ?? throw new KeyNotFoundException($"Prescription {request.Number} not found");
        var now = DateTimeOffset.Now;
        if (prescription.IsExpired(now))
        {
            prescription.Status = PrescriptionStatus.Cancelled;
            await _prescriptions.UpdateStatusAsync(prescription);
            return prescription.Status;
        }

        if (request.Approve)
        {
            prescription.Approve(request.PharmacistId, now);
            var signature = await _signer.SignAsync(prescription, request.PharmacistId);
            await _prescriptions.SaveSignatureAsync(prescription.Id, signature);
        }
        else
        {
            prescription.Reject(request.PharmacistId, request.Reason ?? "不符合用药规范", now);
            _logger.LogInformation("Prescription {Number} rejected: {Reason}", prescription.Number, request.Reason);
        }

        await _prescriptions.UpdateStatusAsync(prescription);
        _logger.LogInformation("Prescription {Number} reviewed by pharmacist {PharmacistId}: {Status}", prescription.Number, request.PharmacistId, prescription.Status);
        return prescription.Status;
    }
}
