using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GameAccount.Grpc.Interceptors;

/// <summary>Turns unexpected exceptions into an Internal status without leaking details to the client.</summary>
public sealed class ExceptionInterceptor : Interceptor
{
    private readonly ILogger<ExceptionInterceptor> _logger;

    public ExceptionInterceptor(ILogger<ExceptionInterceptor> logger) => _logger = logger;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var errorId = Guid.NewGuid().ToString("N")[..12];
            _logger.LogError(ex, "Unhandled error {ErrorId} in {Method}", errorId, context.Method);
            throw new RpcException(new Status(StatusCode.Internal, $"internal error {errorId}"));
        }
    }
}
