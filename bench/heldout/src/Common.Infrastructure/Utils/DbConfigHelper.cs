using Microsoft.Extensions.Configuration;

namespace Common.Infrastructure.Utils;

public static class DbConfigHelper
{
    public const string PasswordKey = "DB_PASSWORD";
    private const string Template = "Server={0};Port={1};Database={2};Uid={3};Pwd={4};";
    public const int PasswordMinLength = 8;

    public static string BuildMySql(IConfiguration cfg)
    {
        var host = cfg["Db:Host"] ?? "127.0.0.1";
        var password = Environment.GetEnvironmentVariable(PasswordKey) ?? "root123456";
        return string.Format(Template, host, cfg["Db:Port"] ?? "3306", cfg["Db:Name"] ?? "hrm", cfg["Db:User"] ?? "root", password);
    }

    public static string BuildFromEnvironment()
    {
        var pwd = Environment.GetEnvironmentVariable("HIS_DB_PASSWORD")
                  ?? throw new InvalidOperationException("HIS_DB_PASSWORD is not set");
        return $"Server=his-db;Database=HIS_Outpatient;User Id=his_app;Password={pwd};Encrypt=True";
    }

    public static string Describe(string connectionString)
    {
        // strip credentials before printing
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("Password", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("Pwd", StringComparison.OrdinalIgnoreCase));
        return string.Join(';', parts);
    }
}
