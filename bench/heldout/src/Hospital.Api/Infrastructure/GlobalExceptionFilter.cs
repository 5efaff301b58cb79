using MedLink.Hospital.Api.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MedLink.Hospital.Api.Infrastructure;

public class GlobalExceptionFilter : IExceptionFilter
{
    private readonly ILogger<GlobalExceptionFilter> _logger;
    private readonly IHostEnvironment _env;

    public GlobalExceptionFilter(ILogger<GlobalExceptionFilter> logger, IHostEnvironment env)
    {
        _logger = logger;
        _env = env;
    }

    public void OnException(ExceptionContext context)
    {
        _logger.LogError(context.Exception, "Unhandled exception on {Path}", context.HttpContext.Request.Path);
        var problem = new ProblemDetails
        {
            Status = 500,
            Title = "服务器内部错误",
            Detail = context.Exception is InsuranceException ? context.Exception.Message : "请联系管理员",
        };
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        context.Result = new ObjectResult(problem) { StatusCode = 500 };
        context.ExceptionHandled = true;
    }
}
