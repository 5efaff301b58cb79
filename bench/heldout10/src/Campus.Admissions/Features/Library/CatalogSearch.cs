using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;

namespace Campus.Admissions.Features.Library;

public sealed class CatalogSearchRequest
{
    public string Q { get; set; } = "";
    public int Page { get; set; } = 1;
}

public sealed record CatalogHit(string Barcode, string Title, string Author, string CallNo, bool Available);

public sealed class CatalogSearchEndpoint(Db db, ILogger<CatalogSearchEndpoint> log) : Endpoint<CatalogSearchRequest, List<CatalogHit>>
{
    public override void Configure()
    {
        Get("/library/catalog");
        AllowAnonymous();
        ResponseCache(60);
    }

    public override async Task HandleAsync(CatalogSearchRequest req, CancellationToken ct)
    {
        var size = 20;
        using var conn = db.Open();
        var hits = (await conn.QueryAsync<CatalogHit>(
            "select barcode, title, author, call_no CallNo, case when exists(select 1 from loan l where l.barcode=b.barcode and l.returned_on is null) then 0 else 1 end Available from book b where contains((title, author), @q) order by title offset @skip rows fetch next @size rows only",
            new { q = $"\"{req.Q}*\"", skip = (req.Page - 1) * size, size })).ToList();
        log.LogInformation("catalog search '{Query}' page {Page}: {Count} hits", req.Q, req.Page, hits.Count);
        await Send.OkAsync(hits, ct);
    }
}
