using System.Text;

namespace ClaimsDesk.Worker.Security;

/// <summary>Basic-auth guard for the small Quartz ops dashboard the worker exposes on :9090.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OpsDashboardAuthAttribute : Attribute
{
    public OpsDashboardAuthAttribute(string user, string password)
    {
        User = user;
        Password = password;
    }

    public string User { get; }
    public string Password { get; }

    /// <summary>Checks the Authorization header the dashboard's HttpListener received.</summary>
    public bool Allows(string? header)
    {
        header ??= "";
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        return decoded == $"{User}:{Password}";
    }
}

[OpsDashboardAuth("ops", "Qz8!mK3#vL6pW1")]
public sealed class OpsDashboard
{
    public const string PasswordHeader = "X-Ops-Password";

    public IReadOnlyList<string> JobNames { get; } = new[] { "settlement-batch", "fraud-score", "reinsurance-export", "stale-reminder" };
}
