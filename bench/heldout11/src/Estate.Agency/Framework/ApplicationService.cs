using Microsoft.AspNetCore.Mvc;

namespace Estate.Agency.Framework;

/// <summary>Marker for services exposed as controllers by the dynamic API convention (route = service name minus "AppService").</summary>
public interface IDynamicApiController { }

[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiDescriptionSettingsAttribute : Attribute
{
    public ApiDescriptionSettingsAttribute(string group) => Group = group;
    public string Group { get; }
    public string? Name { get; set; }
    public int Order { get; set; }
}

[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class NonUnifyAttribute : Attribute { }

public class UserFriendlyException : Exception
{
    public UserFriendlyException(string message, string? code = null) : base(message) => Code = code ?? "400";
    public string Code { get; }
}

/// <summary>Base of every application service: current user, object mapping, paging helpers.</summary>
[ApiController]
[Route("api/[controller]/[action]")]
public abstract class ApplicationService : ControllerBase, IDynamicApiController
{
    protected ICurrentUser CurrentUser => HttpContext.RequestServices.GetRequiredService<ICurrentUser>();

    protected static TDest Map<TDest>(object source) where TDest : new()
        => Mapster.TypeAdapter.Adapt<TDest>(source);

    protected static PagedResultDto<T> Page<T>(IReadOnlyList<T> items, long total) => new(total, items);
}

public interface ICurrentUser
{
    long? Id { get; }
    string? UserName { get; }
    long? StoreId { get; }
    bool IsInRole(string role);
}

public record PagedResultDto<T>(long TotalCount, IReadOnlyList<T> Items);

public class PagedAndSortedRequest
{
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 20;
    public string? Sorting { get; set; }
    public int Skip => (Math.Max(Page, 1) - 1) * PageSize;
}

public sealed class AdminResult<T>
{
    public int Code { get; init; } = 200;
    public string Type { get; init; } = "success";
    public string? Message { get; init; }
    public T? Result { get; init; }
    public object? Extras { get; init; }

    public static AdminResult<T> Ok(T value) => new() { Result = value };
    public static AdminResult<T> Fail(string message, int code = 400) => new() { Code = code, Type = "error", Message = message };
}
