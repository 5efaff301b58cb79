using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Canteen.Grpc.Infrastructure;

public class TerminalAuthInterceptor : Interceptor
{
    private readonly string _sharedKey;
    private readonly ILogger<TerminalAuthInterceptor> _logger;

    public TerminalAuthInterceptor(IConfiguration cfg, ILogger<TerminalAuthInterceptor> logger)
    {
        _sharedKey = cfg["Pos:TerminalSharedKey"] ?? "K7fP2qLx9RtY4vWz";
        _logger = logger;
    }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (context.Method.Contains("/canteen.v1.PosService/"))
        {
            var terminal = context.RequestHeaders.GetValue("x-terminal") ?? "";
            var ts = long.TryParse(context.RequestHeaders.GetValue("x-ts"), out var t) ? t : 0;
            var sign = context.RequestHeaders.GetValue("x-sign");
            if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - ts) > 300 || sign != TerminalSign.Compute(terminal, ts, _sharedKey))
            {
                _logger.LogWarning("terminal {Terminal} bad signature", terminal);
                throw new RpcException(new Status(StatusCode.Unauthenticated, "bad signature"));
            }
        }

        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            _logger.LogError(ex, "grpc {Method} failed, request {Request}", context.Method, request);
            throw new RpcException(new Status(StatusCode.Internal, ex.Message));
        }
    }
}
