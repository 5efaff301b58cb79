using System.Security.Cryptography;
using System.Text;
using GameAccount.Grpc.Dapr;
using GameAccount.Grpc.Domain;
using GameAccount.Grpc.Security;
using Grpc.Core;

namespace GameAccount.Grpc.Services;

public sealed class AccountGrpcService : Account.AccountBase
{
    private readonly DaprSidecar _dapr;
    private readonly JwtIssuer _jwt;
    private readonly LegacyPasswordHasher _hasher;
    private readonly NationalAntiAddictionClient _national;
    private readonly AntiAddictionPolicy _policy;
    private readonly ILogger<AccountGrpcService> _logger;

    public AccountGrpcService(DaprSidecar dapr, JwtIssuer jwt, LegacyPasswordHasher hasher, NationalAntiAddictionClient national, ILogger<AccountGrpcService> logger)
    {
        _dapr = dapr;
        _jwt = jwt;
        _hasher = hasher;
        _national = national;
        _policy = new AntiAddictionPolicy(new HashSet<DateOnly>());
        _logger = logger;
    }

    public override async Task<RegisterReply> Register(RegisterRequest request, ServerCallContext context)
    {
        var codeKey = "sms:" + request.Mobile;
        var expected = await _dapr.GetStateAsync<string>(codeKey);
        if (expected != request.SmsCode)
        {
            _logger.LogWarning("Wrong SMS code for {Mobile}", request.Mobile);
            throw new RpcException(new Status(StatusCode.InvalidArgument, "验证码错误"));
        }
        var account = new PlayerAccount
        {
            Id = await _dapr.NextIdAsync("account"),
            Mobile = request.Mobile,
            PasswordHash = _hasher.HashV2(request.Password),
            Channel = request.Channel,
        };
        await _dapr.SaveStateAsync("account:" + account.Id, account);
        await _dapr.PublishAsync("account-events", new { type = "registered", accountId = account.Id, channel = account.Channel });
        _logger.LogInformation("Account {AccountId} registered via {Channel}", account.Id, account.Channel);
        return new RegisterReply { AccountId = account.Id, Token = _jwt.Issue(account.Id, minor: false, TimeSpan.FromHours(2)) };
    }

    public override async Task<LoginReply> Login(LoginRequest request, ServerCallContext context)
    {
        var id = await _dapr.GetStateAsync<long?>("mobile:" + request.Mobile);
        var account = id is null ? null : await _dapr.GetStateAsync<PlayerAccount>("account:" + id);
        if (account is null || !_hasher.Verify(request.Password, account.PasswordHash))
            throw new RpcException(new Status(StatusCode.Unauthenticated, $"login failed for {request.Mobile}"));

        var minor = account.IsMinor(DateOnly.FromDateTime(DateTime.Now));
        return new LoginReply
        {
            AccountId = account.Id,
            Token = _jwt.Issue(account.Id, minor, TimeSpan.FromHours(2)),
            RealNameDone = account.RealNameStatus == RealNameStatus.Passed,
            Minor = minor,
        };
    }

    public override async Task<RealNameReply> VerifyRealName(RealNameRequest request, ServerCallContext context)
    {
        var account = await _dapr.GetStateAsync<PlayerAccount>("account:" + request.AccountId)
                      ?? throw new RpcException(new Status(StatusCode.NotFound, $"account {request.AccountId}"));

        _logger.LogInformation("Real-name check for account {AccountId}: {Name} {IdCardNo}", request.AccountId, request.Name, request.IdCardNo);

        var result = await _national.CheckAsync(account.Id.ToString(), request.Name, request.IdCardNo, context.CancellationToken);
        account.RealName = request.Name;
        account.IdCardNo = request.IdCardNo;
        account.Pi = result.Pi;
        account.RealNameStatus = result.Status == 0 ? RealNameStatus.Passed : result.Status == 1 ? RealNameStatus.Verifying : RealNameStatus.Failed;
        account.BirthDate = DateOnly.ParseExact(request.IdCardNo.Substring(6, 8), "yyyyMMdd");
        await _dapr.SaveStateAsync("account:" + account.Id, account);

        if (account.RealNameStatus == RealNameStatus.Failed)
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"实名认证失败: {request.Name}/{request.IdCardNo}"));

        return new RealNameReply { Status = result.Status, Minor = account.IsMinor(DateOnly.FromDateTime(DateTime.Now)), Pi = result.Pi ?? "" };
    }

    public override async Task<QuotaReply> GetPlayQuota(QuotaRequest request, ServerCallContext context)
    {
        var account = await _dapr.GetStateAsync<PlayerAccount>("account:" + request.AccountId);
        var played = await _dapr.GetStateAsync<int?>($"played:{request.AccountId}:{DateTime.Today:yyyyMMdd}") ?? 0;
        var now = DateTime.Now;
        return new QuotaReply
        {
            MinutesLeft = account is null ? 0 : Math.Min(_policy.MinutesLeft(account, now, TimeSpan.FromMinutes(played)), 24 * 60),
            CanPlayNow = account is not null && _policy.CanPlay(account, now),
        };
    }

    /// <summary>Shard of the player's save data in the state store (16 shards).</summary>
    internal static int SaveShard(long accountId) =>
        MD5.HashData(Encoding.ASCII.GetBytes(accountId.ToString()))[0] % 16;
}
