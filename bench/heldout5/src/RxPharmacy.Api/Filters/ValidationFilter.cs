using FluentValidation;

namespace RxPharmacy.Api.Filters;

/// <summary>Runs the FluentValidation validator of the first argument that has one.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    private readonly IServiceProvider _services;
    private readonly ILogger<ValidationFilter> _logger;

    public ValidationFilter(IServiceProvider services, ILogger<ValidationFilter> logger)
    {
        _services = services;
        _logger = logger;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (_services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument));
            if (!result.IsValid)
            {
                _logger.LogInformation("Validation failed on {Path}: {Errors}", context.HttpContext.Request.Path, result.Errors.Count);
                return Results.ValidationProblem(result.ToDictionary());
            }
        }

        return await next(context);
    }
}
