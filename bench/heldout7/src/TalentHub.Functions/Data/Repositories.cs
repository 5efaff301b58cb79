using MongoDB.Driver;
using TalentHub.Models;

namespace TalentHub.Data;

public interface ICandidateRepository
{
    Task<Candidate?> GetAsync(string tenantId, string id);
    Task<Candidate?> GetByIdAsync(string id);
    Task<Candidate?> FindByEmailAsync(string tenantId, string email);
    Task<IReadOnlyList<Candidate>> PageAsync(string tenantId, int page, int size);
    Task<IReadOnlyList<Candidate>> SearchAsync(string tenantId, string query, int take);
    Task<IReadOnlyList<Candidate>> HiredSinceAsync(string tenantId, DateTime sinceUtc);
    Task<IReadOnlyList<string>> TenantIdsAsync();
    Task InsertAsync(Candidate candidate);
    Task ReplaceAsync(Candidate candidate);
}

public interface IJobRepository { Task<JobPosting?> FindAsync(string id); }
public interface IInterviewRepository
{
    Task<IReadOnlyList<Interview>> DueForReminderAsync(DateTime fromUtc, DateTime toUtc);
    Task ReplaceAsync(Interview interview);
}
public interface ITenantRepository { Task<Tenant?> GetAsync(string id); }
public interface IResumeTextCache { Task<bool> SeenAsync(string fingerprint); Task MarkAsync(string fingerprint); }

public sealed class MongoCandidateRepository : ICandidateRepository
{
    private readonly IMongoCollection<Candidate> _col;

    public MongoCandidateRepository(IMongoDatabase db) => _col = db.GetCollection<Candidate>("candidates");

    public async Task<Candidate?> GetAsync(string tenantId, string id) =>
        await _col.Find(c => c.TenantId == tenantId && c.Id == id).FirstOrDefaultAsync();

    public async Task<Candidate?> GetByIdAsync(string id) => await _col.Find(c => c.Id == id).FirstOrDefaultAsync();

    public async Task<Candidate?> FindByEmailAsync(string tenantId, string email) =>
        await _col.Find(c => c.TenantId == tenantId && c.Email == email.ToLowerInvariant()).FirstOrDefaultAsync();

    public async Task<IReadOnlyList<Candidate>> PageAsync(string tenantId, int page, int size) =>
        await _col.Find(c => c.TenantId == tenantId).SortByDescending(c => c.CreatedAtUtc).Skip((page - 1) * size).Limit(size).ToListAsync();

    public async Task<IReadOnlyList<Candidate>> SearchAsync(string tenantId, string query, int take)
    {
        var filter = Builders<Candidate>.Filter.Eq(c => c.TenantId, tenantId)
            & (Builders<Candidate>.Filter.Regex(c => c.FullName, new MongoDB.Bson.BsonRegularExpression(System.Text.RegularExpressions.Regex.Escape(query), "i"))
               | Builders<Candidate>.Filter.Eq(c => c.Phone, query)
               | Builders<Candidate>.Filter.Eq(c => c.Email, query.ToLowerInvariant()));
        return await _col.Find(filter).Limit(take).ToListAsync();
    }

    public async Task<IReadOnlyList<Candidate>> HiredSinceAsync(string tenantId, DateTime sinceUtc) =>
        await _col.Find(c => c.TenantId == tenantId && c.Stage == CandidateStage.Hired && c.LastContactedAtUtc >= sinceUtc).ToListAsync();

    public async Task<IReadOnlyList<string>> TenantIdsAsync() =>
        await (await _col.DistinctAsync(c => c.TenantId, FilterDefinition<Candidate>.Empty)).ToListAsync();

    public Task InsertAsync(Candidate candidate) => _col.InsertOneAsync(candidate);

    public Task ReplaceAsync(Candidate candidate) => _col.ReplaceOneAsync(c => c.Id == candidate.Id, candidate);
}

public static class MongoSetup
{
    // Fallback keeps `func start` working on a laptop without local.settings.json.
    public static IMongoDatabase Connect()
    {
        var cs = Environment.GetEnvironmentVariable("Mongo__ConnectionString")
            ?? "mongodb://talenthub_app:Ya72Uv6MWTDQlSz3fkpd@mongo-prod-0.talenthub.internal:27017/talenthub?authSource=admin&replicaSet=rs0";
        var client = new MongoClient(cs);
        return client.GetDatabase("talenthub");
    }
}
