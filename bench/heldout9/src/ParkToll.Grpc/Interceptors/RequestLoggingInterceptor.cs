using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ParkToll.Interceptors;

/// <summary>Logs every unary call with its duration; the message body only at Debug for troubleshooting lanes.</summary>
public sealed class RequestLoggingInterceptor : Interceptor
{
    private readonly ILogger<RequestLoggingInterceptor> _logger;

    public RequestLoggingInterceptor(ILogger<RequestLoggingInterceptor> logger) => _logger = logger;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var sw = Stopwatch.StartNew();
        _logger.LogDebug("gRPC {Method} request {@Request}", context.Method, request);
        try
        {
            var response = await continuation(request, context);
            _logger.LogInformation("gRPC {Method} ok in {Elapsed} ms", context.Method, sw.ElapsedMilliseconds);
            return response;
        }
        catch (RpcException ex)
        {
            _logger.LogWarning("gRPC {Method} failed {Status} in {Elapsed} ms", context.Method, ex.StatusCode, sw.ElapsedMilliseconds);
            throw;
        }
    }
}
