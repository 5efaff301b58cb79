using RxPharmacy.Api.Data;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Infrastructure;

namespace RxPharmacy.Api.Endpoints;

public static class DrugEndpoints
{
    public static IEndpointRouteBuilder MapDrugEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/drugs");

        group.MapGet("/search", async (string keyword, int? page, DrugCatalogRepository drugs, RedisCache cache) =>
        {
            var p = page ?? 1;
            var key = RedisCache.SearchKey(keyword, p);
            var cached = await cache.GetAsync<List<Drug>>(key);
            if (cached is not null)
            {
                return Results.Ok(cached);
            }

            var found = await drugs.SearchAsync(keyword, p, 20);
            await cache.SetAsync(key, found, TimeSpan.FromMinutes(10));
            return Results.Ok(found);
        });

        group.MapGet("/{code}", async (string code, DrugCatalogRepository drugs) =>
            await drugs.GetAsync(code) is { } drug ? Results.Ok(drug) : Results.NotFound());

        group.MapGet("/{code}/stock", async (string code, DrugCatalogRepository drugs) =>
        {
            var levels = await drugs.StockAsync(code);
            var today = DateOnly.FromDateTime(DateTime.Today);
            return Results.Ok(new
            {
                code,
                available = levels.Sum(l => l.Available),
                expiringSoon = levels.Where(l => l.ExpiresWithin(today, 90)).Select(l => l.WarehouseCode),
            });
        });

        return app;
    }
}
