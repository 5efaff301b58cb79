using FluentValidation;
using Mediator;

namespace CareHome.Features.Behaviours;

public sealed class ValidationBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private readonly IEnumerable<IValidator<TMessage>> _validators;

    public ValidationBehaviour(IEnumerable<IValidator<TMessage>> validators) => _validators = validators;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var v in _validators)
        {
            var result = await v.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            // Error texts carry the property name and the rule only; the page shows them next to the field.
            throw new ValidationException(failures.Select(f => new FluentValidation.Results.ValidationFailure(f.PropertyName, f.ErrorMessage)));
        }

        return await next(message, cancellationToken);
    }
}
