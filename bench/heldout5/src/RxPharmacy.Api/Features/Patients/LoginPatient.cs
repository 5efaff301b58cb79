using MediatR;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Features.Patients;

public sealed record LoginPatientCommand(string Mobile, string Password) : IRequest<LoginResult>;

public sealed record LoginResult(bool Success, long PatientId, string? Token);

public sealed class LoginPatientHandler : IRequestHandler<LoginPatientCommand, LoginResult>
{
    private readonly PatientRepository _patients;
    private readonly TokenIssuer _tokens;
    private readonly ILogger<LoginPatientHandler> _logger;

    public LoginPatientHandler(PatientRepository patients, TokenIssuer tokens, ILogger<LoginPatientHandler> logger)
    {
        _patients = patients;
        _tokens = tokens;
        _logger = logger;
    }

    public async Task<LoginResult> Handle(LoginPatientCommand request, CancellationToken cancellationToken)
    {
        var patient = await _patients.FindByMobileAsync(request.Mobile);
        if (patient is null)
        {
            _logger.LogWarning("Login failed: unknown mobile {Mobile}", request.Mobile);
            return new LoginResult(false, 0, null);
        }

        // Accounts migrated from the 2019 app still carry an unsalted MD5; they are upgraded on login.
        var ok = patient.PasswordSalt.Length == 0
            ? LegacyHash.Md5Hex(request.Password) == patient.PasswordHash
            : PasswordHasher.Verify(request.Password, patient.PasswordHash, patient.PasswordSalt);
        if (!ok)
        {
            _logger.LogWarning("Login failed for patient {PatientId}, attempt with password {Password}", patient.Id, request.Password);
            return new LoginResult(false, patient.Id, null);
        }

        if (patient.PasswordSalt.Length == 0)
        {
            var (hash, salt) = PasswordHasher.Hash(request.Password);
            await _patients.UpdatePasswordAsync(patient.Id, hash, salt);
        }

        _logger.LogInformation("Patient {PatientId} logged in", patient.Id);
        return new LoginResult(true, patient.Id, _tokens.Issue(patient.Id, "Patient"));
    }
}
