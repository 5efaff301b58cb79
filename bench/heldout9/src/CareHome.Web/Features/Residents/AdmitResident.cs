using CareHome.Data;
using CareHome.Domain;
using CareHome.Logging;
using CareHome.Services;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Features.Residents;

public sealed record AdmitResident(
    string Name,
    string IdCardNo,
    string Phone,
    string HomeAddress,
    string RoomNo,
    CareLevel Level,
    string Diagnoses,
    string Allergies,
    string MedicareCardNo,
    string GuardianName,
    string GuardianRelation,
    string GuardianPhone) : ICommand<AdmitResult>;

public sealed record AdmitResult(bool Ok, int ResidentId, string? Error);

public sealed class AdmitResidentValidator : AbstractValidator<AdmitResident>
{
    public AdmitResidentValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(50);
        RuleFor(x => x.IdCardNo).Length(18).Matches("^[0-9]{17}[0-9Xx]$").WithMessage("身份证号格式不正确");
        RuleFor(x => x.Phone).Matches("^1[3-9][0-9]{9}$");
        RuleFor(x => x.GuardianPhone).Matches("^1[3-9][0-9]{9}$");
        RuleFor(x => x.RoomNo).NotEmpty();
    }
}

public sealed class AdmitResidentHandler : ICommandHandler<AdmitResident, AdmitResult>
{
    private readonly CareDbContext _db;
    private readonly TencentSmsSender _sms;
    private readonly ILogger<AdmitResidentHandler> _logger;

    public AdmitResidentHandler(CareDbContext db, TencentSmsSender sms, ILogger<AdmitResidentHandler> logger)
    {
        _db = db;
        _sms = sms;
        _logger = logger;
    }

    public async ValueTask<AdmitResult> Handle(AdmitResident cmd, CancellationToken ct)
    {
        if (await _db.Residents.AnyAsync(r => r.IdCardNo == cmd.IdCardNo && r.DischargedAt == null, ct))
        {
            _logger.DuplicateAdmission(cmd.Name, cmd.IdCardNo);
            return new AdmitResult(false, 0, "该老人已在院");
        }

        var resident = new Resident
        {
            ResidentNo = $"YK{DateTime.Now:yyMM}{Random.Shared.Next(1000, 9999)}",
            Name = cmd.Name,
            Pinyin = PinyinHelper.Initials(cmd.Name),
            IdCardNo = cmd.IdCardNo,
            BirthDate = DateOnly.ParseExact(cmd.IdCardNo.Substring(6, 8), "yyyyMMdd"),
            Gender = (cmd.IdCardNo[16] - '0') % 2 == 1 ? "男" : "女",
            Phone = cmd.Phone,
            HomeAddress = cmd.HomeAddress,
            RoomNo = cmd.RoomNo,
            Level = cmd.Level,
            Diagnoses = cmd.Diagnoses,
            Allergies = cmd.Allergies,
            MedicareCardNo = cmd.MedicareCardNo,
            EmergencyContactName = cmd.GuardianName,
            EmergencyContactPhone = cmd.GuardianPhone,
            AdmittedAt = DateTime.Now,
        };
        resident.Family.Add(new FamilyMember { Name = cmd.GuardianName, Relation = cmd.GuardianRelation, Phone = cmd.GuardianPhone, IsGuardian = true });

        _db.Residents.Add(resident);
        await _db.SaveChangesAsync(ct);

        _logger.ResidentAdmitted(resident.ResidentNo, resident.RoomNo, (int)resident.Level);
        await _sms.SendAsync(cmd.GuardianPhone, "1876543", new[] { resident.Name, resident.RoomNo });
        return new AdmitResult(true, resident.Id, null);
    }
}
