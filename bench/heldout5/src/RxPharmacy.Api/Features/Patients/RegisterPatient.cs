using FluentValidation;
using MediatR;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Utils;
using Serilog;
using Serilog.Context;

namespace RxPharmacy.Api.Features.Patients;

public sealed record RegisterPatientCommand(string Name, string IdCardNumber, string Mobile, string Password, string SmsCode)
    : IRequest<long>;

public sealed class RegisterPatientValidator : AbstractValidator<RegisterPatientCommand>
{
    public RegisterPatientValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(30);
        RuleFor(x => x.IdCardNumber).Must(IdCard.IsValid).WithMessage("身份证号码格式不正确");
        RuleFor(x => x.Mobile).Matches("^1[3-9]\\d{9}$").WithMessage(x => $"手机号 {x.Mobile} 格式不正确");
        RuleFor(x => x.Password).MinimumLength(8).WithMessage("密码至少 8 位");
        RuleFor(x => x.SmsCode).Length(6);
    }
}

public sealed class RegisterPatientHandler : IRequestHandler<RegisterPatientCommand, long>
{
    private readonly PatientRepository _patients;
    private readonly ILogger<RegisterPatientHandler> _logger;

    public RegisterPatientHandler(PatientRepository patients, ILogger<RegisterPatientHandler> logger)
    {
        _patients = patients;
        _logger = logger;
    }

    public async Task<long> Handle(RegisterPatientCommand request, CancellationToken cancellationToken)
    {
        using var _ = LogContext.PushProperty("PatientMobile", request.Mobile);

        if (await _patients.ExistsByIdCardAsync(request.IdCardNumber))
        {
            _logger.LogWarning("Duplicate registration for ID card {IdCard}", request.IdCardNumber);
            throw new InvalidOperationException("该身份证已注册");
        }

        var (hash, salt) = PasswordHasher.Hash(request.Password);
        var patient = new Patient
        {
            Name = request.Name,
            IdCardNumber = request.IdCardNumber,
            Mobile = request.Mobile,
            BirthDate = IdCard.BirthDate(request.IdCardNumber),
            Gender = IdCard.Gender(request.IdCardNumber),
            PasswordHash = hash,
            PasswordSalt = salt,
            CreatedAt = DateTimeOffset.UtcNow,
        };

        var id = await _patients.InsertAsync(patient);
        _logger.LogInformation("Patient {PatientId} registered, mobile {Mobile}", id, Masking.Mobile(request.Mobile));
        Log.ForContext("IdCard", request.IdCardNumber).Information("Registration audit for patient {PatientId}", id);
        return id;
    }
}
