using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PayGate.Callback.Filters;

public sealed class PayerMismatchException(string payerName, string idNo)
    : Exception($"payer {payerName} / {idNo} does not match the card holder")
{
    public string PayerName { get; } = payerName;
}

public sealed class PaymentExceptionFilter(ILogger<PaymentExceptionFilter> logger, IHostEnvironment env) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        logger.LogError(context.Exception, "unhandled error on {Path}", context.HttpContext.Request.Path);
        var problem = new ProblemDetails
        {
            Status = 500,
            Title = "支付处理失败",
            Detail = env.IsDevelopment() ? context.Exception.ToString() : "请稍后重试",
            Instance = context.HttpContext.TraceIdentifier,
        };
        if (context.Exception is PayerMismatchException pm)
        {
            problem.Status = 409;
            problem.Detail = pm.Message;
            problem.Extensions["payer"] = pm.PayerName;
        }
        context.Result = new ObjectResult(problem) { StatusCode = problem.Status };
        context.ExceptionHandled = true;
    }
}
