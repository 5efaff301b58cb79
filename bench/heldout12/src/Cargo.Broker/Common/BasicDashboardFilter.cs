using System.Text;
using Hangfire.Dashboard;

namespace Cargo.Broker.Common;

public class BasicDashboardFilter : IDashboardAuthorizationFilter
{
    private readonly string _user;
    private readonly string _pass;

    public BasicDashboardFilter(string user, string pass)
    {
        _user = user;
        _pass = pass;
    }

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        string header = http.Request.Headers["Authorization"].ToString();
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Basic "))
        {
            http.Response.Headers["WWW-Authenticate"] = "Basic realm=\"jobs\"";
            return false;
        }
        var raw = Encoding.UTF8.GetString(Convert.FromBase64String(header.Substring(6)));
        var parts = raw.Split(':', 2);
        return parts.Length == 2 && parts[0] == _user && parts[1] == _pass;
    }
}
