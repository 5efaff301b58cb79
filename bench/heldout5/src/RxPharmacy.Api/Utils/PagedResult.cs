namespace RxPharmacy.Api.Utils;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public int Pages => PageSize <= 0 ? 0 : (int)((Total + PageSize - 1) / PageSize);

    public bool HasNext => Page < Pages;

    public static PagedResult<T> Empty(int pageSize) => new(Array.Empty<T>(), 1, pageSize, 0);
}

public static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Offset, int Limit) Window(int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var p = Math.Max(1, page);
        return ((p - 1) * size, size);
    }
}
