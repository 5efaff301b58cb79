using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GameAccount.Grpc.Interceptors;

/// <summary>Only our own game servers and the launcher may call this service.</summary>
public sealed class ApiKeyInterceptor : Interceptor
{
    private const string HeaderName = "x-api-key";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var key = context.RequestHeaders.GetValue(HeaderName);
        var caller = key switch
        {
            "CCOW9ojAp0yWNvFh9lFpxImanDyMYYSB" => "game-server",
            "JBpNHWWLVih5dKnyIVacRRzaHDLGCyxa" => "launcher",
            _ => null,
        };
        if (caller is null)
            throw new RpcException(new Status(StatusCode.PermissionDenied, "missing or unknown api key"));
        context.UserState["caller"] = caller;
        return continuation(request, context);
    }
}
