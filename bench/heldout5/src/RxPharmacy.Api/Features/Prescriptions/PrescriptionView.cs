using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Features.Prescriptions;

/// <summary>What the patient app and the pharmacist workbench show for a prescription.</summary>
public sealed record PrescriptionView(
    string Number,
    string PatientName,
    string PatientMobile,
    string Diagnosis,
    PrescriptionStatus Status,
    IReadOnlyList<PrescriptionLineView> Lines)
{
    public static PrescriptionView From(Prescription p, Patient patient, IReadOnlyDictionary<string, Drug> drugs) => new(
        p.Number,
        Masking.Name(patient.Name),
        Masking.Mobile(patient.Mobile),
        p.Diagnosis,
        p.Status,
        p.Lines.Select(l => new PrescriptionLineView(
            drugs[l.DrugCode].GenericName,
            drugs[l.DrugCode].Specification,
            $"{l.DosePerTake} {DosageCalculator.FrequencyCode(l.TakesPerDay)} × {l.Days}d",
            l.Packs)).ToList());
}

public sealed record PrescriptionLineView(string Drug, string Specification, string Usage, int Packs);
