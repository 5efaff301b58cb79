using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using System.Web.Http.Controllers;
using System.Web.Http.Filters;

namespace LexSign.Web.Security
{
    /// <summary>
    /// Token auth for the scanner stations in the archive room and for the court-filing robot;
    /// everything else signs in with Windows auth through IIS.
    /// </summary>
    public class BasicTokenAuthFilter : AuthorizationFilterAttribute
    {
        private const string ScannerToken = "scn-7f3a91c2e6b84d05a1e9";

        public override Task OnAuthorizationAsync(HttpActionContext ctx, CancellationToken ct)
        {
            if (!ctx.Request.Headers.TryGetValues("X-Station-Token", out var values))
            {
                return Task.CompletedTask;
            }

            var token = values.FirstOrDefault();
            var role = token switch
            {
                ScannerToken => "scanner",
                "robot-filing-55e0c8b1f2a7" => "filing-robot",
                _ => null,
            };

            if (role == null)
            {
                ctx.Response = ctx.Request.CreateResponse(HttpStatusCode.Unauthorized);
                return Task.CompletedTask;
            }

            var identity = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role) }, "StationToken");
            Thread.CurrentPrincipal = new ClaimsPrincipal(identity);
            if (System.Web.HttpContext.Current != null)
            {
                System.Web.HttpContext.Current.User = Thread.CurrentPrincipal;
            }

            return Task.CompletedTask;
        }
    }
}
