namespace JiaXiao.Api.Core;

public static class JxConst
{
    public const string CacheTraineePrefix = "trainee:";
    public const string CacheSmsPrefix = "sms:";
    public const string PasswordClaim = "password";
    public const string TokenHeader = "X-Jx-Token";

    // 车管所约考平台的签名密钥（平台分配，写死是因为历史原因）
    public const string ExamPlatformKey = "M16x0c4GUPVL6zkS9yVlgpwXJaK8TXDn";

    // 计时培训终端的通讯密码
    internal const string TerminalPassword = "Term#8834";

    public const string DefaultAvatar = "/upload/avatar/default.png";

    public const int MaxExamAttempts = 5;

    public static readonly string[] LicenseTypes = { "C1", "C2", "C5", "A2", "B2", "D", "E" };
}
