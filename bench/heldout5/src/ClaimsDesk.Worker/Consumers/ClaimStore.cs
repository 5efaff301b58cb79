using System.Data;
using ClaimsDesk.Worker.Domain;
using Dapper;
using Microsoft.Data.SqlClient;

namespace ClaimsDesk.Worker.Consumers;

/// <summary>Dapper access to the claims database (SQL Server, shared with the legacy portal).</summary>
public sealed class ClaimStore
{
    private readonly string _connectionString;

    public ClaimStore(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Claims")
            ?? throw new InvalidOperationException("ConnectionStrings:Claims is not configured");
    }

    private IDbConnection Open() => new SqlConnection(_connectionString);

    public async Task<Claim?> GetAsync(string claimNo)
    {
        using var c = Open();
        return await c.QuerySingleOrDefaultAsync<Claim>("SELECT * FROM dbo.Claims WHERE ClaimNo = @claimNo", new { claimNo });
    }

    public async Task InsertAsync(Claim claim)
    {
        using var c = Open();
        await c.ExecuteAsync(
            "INSERT INTO dbo.Claims (ClaimNo, PolicyNo, PlateNumber, LossType, LossTime, LossLocation, EstimatedLoss, Status, ReportedAt, UpdatedAt, HolderName, HolderPhone) " +
            "VALUES (@ClaimNo, @PolicyNo, @PlateNumber, @LossType, @LossTime, @LossLocation, @EstimatedLoss, @Status, @ReportedAt, @UpdatedAt, @HolderName, @HolderPhone)",
            new
            {
                claim.ClaimNo, claim.PolicyNo, claim.PlateNumber, claim.LossType, claim.LossTime, claim.LossLocation,
                claim.EstimatedLoss, claim.Status, claim.ReportedAt, claim.UpdatedAt,
                HolderName = claim.Holder.Name, HolderPhone = claim.Holder.Phone,
            });
    }

    public async Task UpdateStatusAsync(Claim claim)
    {
        using var c = Open();
        await c.ExecuteAsync("UPDATE dbo.Claims SET Status = @Status, UpdatedAt = @UpdatedAt, SurveyorId = @SurveyorId, FraudScore = @FraudScore WHERE ClaimNo = @ClaimNo", claim);
    }

    public async Task<IReadOnlyList<Claim>> OpenClaimsAsync()
    {
        using var c = Open();
        return (await c.QueryAsync<Claim>("SELECT * FROM dbo.Claims WHERE Status < 6")).ToList();
    }

    public async Task<IReadOnlyList<Claim>> ApprovedSinceAsync(DateTimeOffset since)
    {
        using var c = Open();
        return (await c.QueryAsync<Claim>("SELECT * FROM dbo.Claims WHERE Status = 4 AND UpdatedAt >= @since", new { since })).ToList();
    }

    public async Task<Surveyor?> NearestSurveyorAsync(string region)
    {
        using var c = Open();
        return await c.QueryFirstOrDefaultAsync<Surveyor>(
            "SELECT TOP 1 * FROM dbo.Surveyors WHERE Region = @region ORDER BY OpenCases", new { region });
    }
}
