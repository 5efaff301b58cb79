using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Caching.Memory;

namespace TalentHub.Security;

/// <summary>Reads per-tenant secrets from Azure Key Vault with the function app's managed identity.</summary>
public sealed class SecretsProvider
{
    public const string VaultUriSetting = "KeyVault__Uri";
    public const string SendGridSecretName = "sendgrid-api-key";
    public const string MongoSecretName = "mongo-connection-string";

    private readonly SecretClient _client;
    private readonly IMemoryCache _cache;

    public SecretsProvider(IMemoryCache cache)
    {
        var vaultUri = Environment.GetEnvironmentVariable(VaultUriSetting)
            ?? throw new InvalidOperationException($"{VaultUriSetting} is not set");
        _client = new SecretClient(new Uri(vaultUri), new DefaultAzureCredential());
        _cache = cache;
    }

    public async Task<string> GetAsync(string name)
    {
        if (_cache.TryGetValue(name, out string? cached) && cached is not null)
        {
            return cached;
        }
        KeyVaultSecret secret = await _client.GetSecretAsync(name);
        _cache.Set(name, secret.Value, TimeSpan.FromMinutes(10));
        return secret.Value;
    }
}
