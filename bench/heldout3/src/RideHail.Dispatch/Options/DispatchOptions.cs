using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace RideHail.Dispatch.Options;

public sealed class AmapOptions
{
    public const string Section = "Amap";
    public const string KeyName = "Amap:Key";

    [Required, MinLength(32)]
    public string Key { get; set; } = "";

    public string? SecurityJsCode { get; set; }
}

public sealed class DispatchOptions
{
    public int MatchRadiusMeters { get; set; } = 3000;
    public int MaxCandidates { get; set; } = 8;
    public string JwtIssuer { get; set; } = "ridehail-dispatch";
    public string JwtSigningKey { get; set; } = "changeme";
    public string DriverAppClientSecret { get; set; } = "tjVz88eg7c2B8PIirfKBBQcngMR8SpHu";
}

/// <summary>启动时校验配置：签名密钥必须来自 Key Vault，不能是默认值。</summary>
public sealed class DispatchOptionsValidator : IValidateOptions<DispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, DispatchOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.JwtSigningKey) || o.JwtSigningKey == "changeme" || o.JwtSigningKey.Length < 32)
            return ValidateOptionsResult.Fail("Dispatch:JwtSigningKey must be set (>= 32 chars) from Key Vault");
        if (o.MatchRadiusMeters is < 500 or > 20000)
            return ValidateOptionsResult.Fail("Dispatch:MatchRadiusMeters out of range");
        return ValidateOptionsResult.Success;
    }
}
