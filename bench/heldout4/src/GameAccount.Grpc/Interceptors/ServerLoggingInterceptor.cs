using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GameAccount.Grpc.Interceptors;

/// <summary>Logs every unary call with its duration; requests only at Debug.</summary>
public sealed class ServerLoggingInterceptor : Interceptor
{
    private readonly ILogger<ServerLoggingInterceptor> _logger;

    public ServerLoggingInterceptor(ILogger<ServerLoggingInterceptor> logger) => _logger = logger;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var sw = Stopwatch.StartNew();
        _logger.LogDebug("gRPC {Method} request {@Request}", context.Method, request);
        try
        {
            var response = await continuation(request, context);
            _logger.LogInformation("gRPC {Method} OK in {Elapsed} ms from {Peer}", context.Method, sw.ElapsedMilliseconds, context.Peer);
            return response;
        }
        catch (RpcException ex)
        {
            _logger.LogWarning("gRPC {Method} {Status} in {Elapsed} ms", context.Method, ex.StatusCode, sw.ElapsedMilliseconds);
            throw;
        }
    }
}
