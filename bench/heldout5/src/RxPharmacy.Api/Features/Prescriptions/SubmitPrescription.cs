using FluentValidation;
using MediatR;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Domain;
using Serilog.Context;

namespace RxPharmacy.Api.Features.Prescriptions;

public sealed record SubmitPrescriptionCommand(
    long PatientId,
    long DoctorId,
    string Diagnosis,
    bool ChronicDisease,
    IReadOnlyList<PrescriptionLine> Lines) : IRequest<string>;

public sealed class SubmitPrescriptionValidator : AbstractValidator<SubmitPrescriptionCommand>
{
    public SubmitPrescriptionValidator()
    {
        RuleFor(x => x.PatientId).GreaterThan(0);
        RuleFor(x => x.DoctorId).GreaterThan(0);
        RuleFor(x => x.Diagnosis).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Lines).NotEmpty().Must(l => l.Count <= 5).WithMessage("每张处方不超过 5 种药品");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.DrugCode).NotEmpty();
            line.RuleFor(l => l.Days).InclusiveBetween(1, DosageCalculator.ChronicMaxDays);
            line.RuleFor(l => l.TakesPerDay).InclusiveBetween(1, 6);
        });
    }
}

public sealed class SubmitPrescriptionHandler : IRequestHandler<SubmitPrescriptionCommand, string>
{
    private readonly PrescriptionRepository _prescriptions;
    private readonly DrugCatalogRepository _drugs;
    private readonly PatientRepository _patients;
    private readonly ILogger<SubmitPrescriptionHandler> _logger;

    public SubmitPrescriptionHandler(
        PrescriptionRepository prescriptions,
        DrugCatalogRepository drugs,
        PatientRepository patients,
        ILogger<SubmitPrescriptionHandler> logger)
    {
        _prescriptions = prescriptions;
        _drugs = drugs;
        _patients = patients;
        _logger = logger;
    }

    public async Task<string> Handle(SubmitPrescriptionCommand request, CancellationToken cancellationToken)
    {
        using var scope = LogContext.PushProperty("DoctorId", request.DoctorId);
        var patient = await _patients.GetAsync(request.PatientId)
            ?? throw new KeyNotFoundException($"Patient {request.PatientId} not found");

        var codes = request.Lines.Select(l => l.DrugCode).ToList();
        var drugs = await _drugs.GetManyAsync(codes);
        foreach (var line in request.Lines)
        {
            var drug = drugs[line.DrugCode];
            var maxDays = DosageCalculator.MaxDays(drug, request.ChronicDisease);
            if (line.Days > maxDays)
            {
                throw new ValidationException($"{drug.GenericName} 最多开具 {maxDays} 天");
            }

            line.Packs = DosageCalculator.PacksToDispense(drug, line.DosePerTake, line.TakesPerDay, line.Days);
        }

        if (patient.Allergies is { Length: > 0 } allergies && drugs.Values.Any(d => allergies.Contains(d.GenericName)))
        {
            _logger.LogWarning("Allergy conflict for {PatientName} ({Allergies}) on prescription draft", patient.Name, allergies);
            throw new ValidationException("药品与患者过敏史冲突");
        }

        var sequence = await _prescriptions.NextSequenceAsync(DateOnly.FromDateTime(DateTime.Today));
        var prescription = new Prescription
        {
            Number = Prescription.NewNumber(DateTimeOffset.Now, sequence),
            PatientId = patient.Id,
            DoctorId = request.DoctorId,
            Diagnosis = request.Diagnosis,
            ChronicDisease = request.ChronicDisease,
            Status = PrescriptionStatus.Submitted,
            IssuedAt = DateTimeOffset.Now,
            Lines = request.Lines.ToList(),
        };
        await _prescriptions.InsertAsync(prescription);
        _logger.LogInformation("Prescription {Number} submitted with {LineCount} lines", prescription.Number, prescription.Lines.Count);
        _logger.LogDebug("Diagnosis for {Number}: {Diagnosis}, patient {IdCard}", prescription.Number, request.Diagnosis, patient.IdCardNumber);
        return prescription.Number;
    }
}
