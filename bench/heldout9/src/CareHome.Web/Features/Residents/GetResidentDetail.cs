using CareHome.Data;
using CareHome.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Features.Residents;

public sealed record GetResidentDetail(int ResidentId) : IQuery<Resident?>;

public sealed class GetResidentDetailHandler : IQueryHandler<GetResidentDetail, Resident?>
{
    private readonly CareDbContext _db;

    public GetResidentDetailHandler(CareDbContext db) => _db = db;

    public async ValueTask<Resident?> Handle(GetResidentDetail query, CancellationToken ct) =>
        await _db.Residents
            .Include(r => r.Family)
            .Include(r => r.Vitals.OrderByDescending(v => v.TakenAt).Take(30))
            .AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == query.ResidentId, ct);
}

public sealed record SearchResidents(string Keyword) : IQuery<IReadOnlyList<ResidentListItem>>;

public sealed record ResidentListItem(int Id, string ResidentNo, string Name, string RoomNo, CareLevel Level, int Age);

public sealed class SearchResidentsHandler : IQueryHandler<SearchResidents, IReadOnlyList<ResidentListItem>>
{
    private readonly CareDbContext _db;
    private readonly ILogger<SearchResidentsHandler> _logger;

    public SearchResidentsHandler(CareDbContext db, ILogger<SearchResidentsHandler> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async ValueTask<IReadOnlyList<ResidentListItem>> Handle(SearchResidents query, CancellationToken ct)
    {
        var k = query.Keyword.Trim();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var rows = await _db.Residents.AsNoTracking()
            .Where(r => r.DischargedAt == null && (r.Name.Contains(k) || r.Pinyin.StartsWith(k) || r.RoomNo == k || r.IdCardNo == k))
            .OrderBy(r => r.RoomNo)
            .Take(50)
            .ToListAsync(ct);
        _logger.LogDebug("Resident search returned {Count} rows", rows.Count);
        return rows.Select(r => new ResidentListItem(r.Id, r.ResidentNo, r.Name, r.RoomNo, r.Level, r.Age(today))).ToList();
    }
}
