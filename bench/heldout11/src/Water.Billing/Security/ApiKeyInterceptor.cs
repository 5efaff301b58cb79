using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Water.Billing.Security;

/// <summary>Counter terminals and the mini-program backend authenticate with a per-client API key in metadata.</summary>
public class ApiKeyInterceptor : Interceptor
{
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["counter-binjiang"] = "ck_7Yq2LmVx9TbR4nWs6PzK1dHf",
        ["miniapp-backend"] = "ck_Gz5sMw3Jp8XvN1cQe7RbT2yU",
    };

    private readonly ILogger<ApiKeyInterceptor> _logger;

    public ApiKeyInterceptor(ILogger<ApiKeyInterceptor> logger) => _logger = logger;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var client = context.RequestHeaders.GetValue("x-client-id") ?? "";
        var key = context.RequestHeaders.GetValue("x-api-key") ?? "";
        if (!Keys.TryGetValue(client, out var expected) || expected != key)
        {
            _logger.LogWarning("rejected {Method} from {Client} at {Peer}", context.Method, client, context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "invalid api key"));
        }
        return continuation(request, context);
    }
}
