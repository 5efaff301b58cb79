namespace ColdChain.Telemetry.Security;

/// <summary>Names shared by the auth handlers and the driver app (names, not values).</summary>
public static class AuthConstants
{
    public const string DeviceKeyScheme = "DeviceKey";
    public const string DeviceKeyHeader = "X-Device-Key";
    public const string CarrierSecretHeader = "X-HX-AppSecret";
    public const string PasswordClaim = "pwd_changed_at";
    public const string ApiKeyQueryParameter = "api_key";
    public const string SecretStoreName = "coldchain-kv";
    public const string DefaultPasswordPolicy = "min12-upper-lower-digit";
    public const int TokenLifetimeMinutes = 30;
}
