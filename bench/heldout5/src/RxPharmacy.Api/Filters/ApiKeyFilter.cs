namespace RxPharmacy.Api.Filters;

/// <summary>
/// The customer-service console calls with a shared key in addition to the agent's token.
/// Keys per environment were agreed with the console vendor in 2022.
/// </summary>
public sealed class ApiKeyFilter : IEndpointFilter
{
    public const string HeaderName = "X-Console-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var supplied = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (supplied is not ("ck_live_N8gKkgboxhQGTa3VyR208OzQ" or "ck_uat_GSQYFQPPlauFuy31Njf72dLq"))
        {
            return ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        return next(context);
    }
}
