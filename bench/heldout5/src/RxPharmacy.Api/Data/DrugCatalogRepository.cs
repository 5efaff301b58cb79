using Dapper;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Infrastructure;

namespace RxPharmacy.Api.Data;

public sealed class DrugCatalogRepository
{
    private readonly DbConnectionFactory _db;

    public DrugCatalogRepository(DbConnectionFactory db) => _db = db;

    public async Task<Drug?> GetAsync(string code)
    {
        using var c = _db.Open();
        return await c.QuerySingleOrDefaultAsync<Drug>("SELECT * FROM drug WHERE code = @code", new { code });
    }

    public async Task<IReadOnlyDictionary<string, Drug>> GetManyAsync(IReadOnlyList<string> codes)
    {
        using var c = _db.Open();
        var rows = await c.QueryAsync<Drug>("SELECT * FROM drug WHERE code IN @codes", new { codes });
        var map = rows.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var missing = codes.Where(code => !map.ContainsKey(code)).ToList();
        if (missing.Count > 0)
        {
            throw new KeyNotFoundException("Unknown drug codes: " + string.Join(",", missing));
        }

        return map;
    }

    public async Task<IReadOnlyList<Drug>> SearchAsync(string keyword, int page, int pageSize)
    {
        using var c = _db.Open();
        var rows = await c.QueryAsync<Drug>(
            "SELECT * FROM drug WHERE generic_name LIKE @q OR trade_name LIKE @q ORDER BY generic_name LIMIT @offset, @pageSize",
            new { q = "%" + keyword + "%", offset = (Math.Max(1, page) - 1) * pageSize, pageSize });
        return rows.ToList();
    }

    public async Task<IReadOnlyList<StockLevel>> StockAsync(string code)
    {
        using var c = _db.Open();
        var rows = await c.QueryAsync<StockLevel>(
            "SELECT drug_code, warehouse_code, on_hand, reserved, nearest_expiry FROM stock WHERE drug_code = @code", new { code });
        return rows.ToList();
    }
}
