using Common.Infrastructure.Cloud;
using Common.Infrastructure.Logging;
using Common.Infrastructure.Masking;
using MedLink.Hospital.Api.Data;
using MedLink.Hospital.Api.Models;

namespace MedLink.Hospital.Api.Services;

public class PatientService
{
    private readonly PatientRepository _repository;
    private readonly AliyunSmsClient _sms;
    private readonly ILogger<PatientService> _logger;
    private readonly IAuditLogger? _audit;

    public PatientService(PatientRepository repository, AliyunSmsClient sms, ILogger<PatientService> logger, IAuditLogger? audit = null)
    {
        _repository = repository;
        _sms = sms;
        _logger = logger;
        _audit = audit;
    }

    public async Task<Patient> RegisterAsync(RegisterPatientRequest request)
    {
        if (!IdCardValidator.IsValid(request.IdCardNo))
        {
            throw new ArgumentException($"身份证号格式不正确: {request.IdCardNo}");
        }

        var existing = await _repository.FindByIdCardAsync(request.IdCardNo);
        if (existing != null)
        {
            _logger.LogWarning("Duplicate registration for patient {PatientId}", existing.Id);
            throw new InvalidOperationException($"患者已存在，病案号 {existing.MedicalRecordNo}");
        }

        var patient = new Patient
        {
            Name = request.Name,
            Gender = request.Gender,
            BirthDate = request.BirthDate,
            IdCardNo = request.IdCardNo,
            Mobile = request.Mobile,
            HomeAddress = request.HomeAddress,
            MedicalInsuranceNo = request.MedicalInsuranceNo,
            MedicalRecordNo = "MR" + DateTime.Now.ToString("yyMMddHHmmssfff"),
            CreatedAt = DateTime.Now,
        };
        patient.Id = await _repository.InsertAsync(patient);

        _logger.LogInformation("新患者登记: {Name}, 手机 {Mobile}, 住址 {Address}", patient.Name, patient.Mobile, patient.HomeAddress);
        _logger.LogInformation("Registered patient {PatientId}, mobile {Mobile}", patient.Id, DesensitizeHelper.MaskPhone(patient.Mobile));

        await _sms.SendAsync(patient.Mobile, "SMS_HIS_REGISTERED", new { name = patient.Name, mrn = patient.MedicalRecordNo });
        _audit?.Write("PATIENT_REGISTER", "system", $"{patient.Name}/{patient.IdCardNo}");
        return patient;
    }

    public async Task<PatientSummaryDto?> GetSummaryAsync(long id)
    {
        var p = await _repository.GetAsync(id);
        if (p == null)
        {
            _logger.LogInformation("Patient {PatientId} not found", id);
            return null;
        }
        return new PatientSummaryDto(p.Id, DesensitizeHelper.MaskName(p.Name), p.Mobile.Masked(), p.MedicalRecordNo, Age(p.BirthDate));
    }

    public async Task ChangeMobileAsync(long id, string newMobile)
    {
        var p = await _repository.GetAsync(id) ?? throw new KeyNotFoundException($"patient {id} not found");
        _logger.LogInformation("Patient {PatientId} changed mobile from {Old} to {New}", id, p.Mobile, newMobile);
        await _repository.UpdateMobileAsync(id, newMobile);
    }

    public void Trace(Patient patient)
    {
        _logger.LogDebug("Loaded {Patient}", patient);
    }

    private static int Age(DateTime birth)
    {
        var today = DateTime.Today;
        var age = today.Year - birth.Year;
        if (birth.Date > today.AddYears(-age)) age--;
        return age;
    }
}

public static class IdCardValidator
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckCodes = "10X98765432";

    public static bool IsValid(string? id)
    {
        if (id is not { Length: 18 }) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }
}
