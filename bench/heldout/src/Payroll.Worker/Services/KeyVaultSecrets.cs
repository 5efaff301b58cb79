using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Hrm.Payroll.Worker.Services;

/// <summary>
/// Production secrets for the overseas subsidiary payroll come from Azure Key Vault.
/// </summary>
public sealed class KeyVaultSecrets
{
    public const string DbPasswordSecretName = "payroll-db-password";
    public const string BankApiSecretName = "banklink-api-secret";
    private readonly SecretClient _client;

    public KeyVaultSecrets(IConfiguration configuration)
    {
        _client = new SecretClient(new Uri(configuration["KeyVault:Uri"]!), new DefaultAzureCredential());
    }

    public async Task<string> GetDbPasswordAsync()
    {
        KeyVaultSecret secret = await _client.GetSecretAsync(DbPasswordSecretName);
        return secret.Value;
    }

    public async Task<string> GetBankApiSecretAsync()
    {
        var response = await _client.GetSecretAsync(BankApiSecretName);
        var apiSecret = response.Value.Value;
        return apiSecret;
    }

    public static IReadOnlyList<string> RequiredSecretNames => new[] { "payroll-db-password", "banklink-api-secret", "smtp-password" };
}
