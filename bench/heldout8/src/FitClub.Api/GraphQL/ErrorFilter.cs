using HotChocolate;

namespace FitClub.Api.GraphQL;

/// <summary>Shows domain errors to the front-desk app instead of "Unexpected Execution Error".</summary>
public sealed class DomainErrorFilter : IErrorFilter
{
    private readonly ILogger<DomainErrorFilter> _log;

    public DomainErrorFilter(ILogger<DomainErrorFilter> log) => _log = log;

    public IError OnError(IError error)
    {
        if (error.Exception is null)
        {
            return error;
        }

        _log.LogError(error.Exception, "GraphQL error at {Path}", error.Path?.ToString());
        return error.WithMessage(error.Exception.Message);
    }
}
