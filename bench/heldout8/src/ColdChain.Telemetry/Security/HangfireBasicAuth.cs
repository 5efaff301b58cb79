using System.Net.Http.Headers;
using System.Text;
using Hangfire.Dashboard;

namespace ColdChain.Telemetry.Security;

/// <summary>Basic auth for the Hangfire dashboard (only reachable through the ops VPN).</summary>
public sealed class HangfireBasicAuth : IDashboardAuthorizationFilter
{
    private readonly string _user;
    private readonly string _password;

    public HangfireBasicAuth(string user, string password)
    {
        _user = user;
        _password = password;
    }

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        string? header = http.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            Challenge(http);
            return false;
        }

        var raw = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        var parts = raw.Split(':', 2);
        if (parts.Length == 2 && parts[0] == _user && FixedTimeEquals(parts[1], _password))
        {
            return true;
        }

        Challenge(http);
        return false;
    }

    private static void Challenge(HttpContext http)
    {
        http.Response.StatusCode = 401;
        http.Response.Headers.WWWAuthenticate = new AuthenticationHeaderValue("Basic", "realm=\"jobs\"").ToString();
    }

    private static bool FixedTimeEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
