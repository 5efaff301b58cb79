using System.Diagnostics;
using System.Text.Json;
using Mediator;

namespace CareHome.Features.Behaviours;

/// <summary>Logs every command and query with its duration; failures with the request for support tickets.</summary>
public sealed class RequestLoggingBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private readonly ILogger<RequestLoggingBehaviour<TMessage, TResponse>> _logger;

    public RequestLoggingBehaviour(ILogger<RequestLoggingBehaviour<TMessage, TResponse>> logger) => _logger = logger;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var sw = Stopwatch.StartNew();
        try
        {
            var response = await next(message, cancellationToken);
            _logger.LogInformation("{Request} handled in {Elapsed} ms", name, sw.ElapsedMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "{Request} failed: {Payload}", name, JsonSerializer.Serialize(message));
            throw;
        }
    }
}
