using System.Text;
using Hangfire.Dashboard;

namespace DriveNow.Rental.Security;

public sealed class BasicDashboardAuth(string user, string password) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"jobs\"";
            return false;
        }
        var raw = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        var parts = raw.Split(':', 2);
        return parts.Length == 2 && parts[0] == user && parts[1] == password;
    }
}
