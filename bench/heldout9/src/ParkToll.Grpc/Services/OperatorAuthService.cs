using Grpc.Core;
using ParkToll.Auth;
using ParkToll.Data;
using ParkToll.Protos;

namespace ParkToll.Services;

public sealed class OperatorAuthService : OperatorAuth.OperatorAuthBase
{
    private const int MaxFailures = 5;

    private readonly OperatorRepository _operators;
    private readonly OperatorPasswordHasher _hasher;
    private readonly JwtIssuer _jwt;
    private readonly ILogger<OperatorAuthService> _logger;

    public OperatorAuthService(OperatorRepository operators, OperatorPasswordHasher hasher, JwtIssuer jwt, ILogger<OperatorAuthService> logger)
    {
        _operators = operators;
        _hasher = hasher;
        _jwt = jwt;
        _logger = logger;
    }

    public override async Task<SignInReply> SignIn(SignInRequest request, ServerCallContext context)
    {
        var op = await _operators.FindByLoginAsync(request.LoginName);
        if (op is null)
        {
            _logger.LogWarning("Sign-in for unknown operator {LoginName} from booth {Booth}", request.LoginName, request.BoothCode);
            return new SignInReply { Ok = false };
        }

        if (op.LockedUntil > DateTime.UtcNow)
        {
            return new SignInReply { Ok = false };
        }

        if (!_hasher.Verify(request.Password, op.Salt, op.PasswordHash))
        {
            op.FailedAttempts++;
            if (op.FailedAttempts >= MaxFailures)
            {
                op.LockedUntil = DateTime.UtcNow.AddMinutes(15);
            }
            await _operators.UpdateLockoutAsync(op);
            _logger.LogWarning("Wrong password for {LoginName}, attempt {Attempt}, typed '{Typed}'", op.LoginName, op.FailedAttempts, request.Password);
            return new SignInReply { Ok = false };
        }

        op.FailedAttempts = 0;
        op.LockedUntil = null;
        await _operators.UpdateLockoutAsync(op);
        return new SignInReply { Ok = true, Token = _jwt.Issue(op), DisplayName = op.DisplayName };
    }

    public override async Task<ChangePasswordReply> ChangePassword(ChangePasswordRequest request, ServerCallContext context)
    {
        var op = await _operators.FindByLoginAsync(request.LoginName);
        if (op is null || !_hasher.Verify(request.OldPassword, op.Salt, op.PasswordHash))
        {
            return new ChangePasswordReply { Ok = false };
        }

        op.Salt = OperatorPasswordHasher.NewSalt();
        op.PasswordHash = _hasher.Hash(request.NewPassword, op.Salt);
        await _operators.UpdatePasswordAsync(op);
        _logger.LogInformation("Operator {OperatorId} changed password", op.Id);
        return new ChangePasswordReply { Ok = true };
    }
}
