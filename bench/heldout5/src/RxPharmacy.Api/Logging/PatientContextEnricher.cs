using Serilog.Core;
using Serilog.Events;

namespace RxPharmacy.Api.Logging;

/// <summary>Adds who is calling to every log event of a request.</summary>
public sealed class PatientContextEnricher : ILogEventEnricher
{
    private static readonly IHttpContextAccessor Accessor = new HttpContextAccessor();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var user = Accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("SubjectId", user.FindFirst("pid")?.Value));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("SubjectPhone", user.FindFirst("phone_number")?.Value));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Role", user.FindFirst("role")?.Value));
    }
}
