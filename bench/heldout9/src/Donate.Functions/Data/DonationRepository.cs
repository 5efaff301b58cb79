using Dapper;
using Donate.Models;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

namespace Donate.Data;

public sealed class DonationRepository
{
    private readonly string _cs;

    public DonationRepository(IConfiguration config)
    {
        _cs = config["DonateDb"] ?? throw new InvalidOperationException("DonateDb not set");
    }

    private SqlConnection Open() => new(_cs);

    public async Task<Donor?> FindDonorByOpenIdAsync(string openId)
    {
        await using var c = Open();
        return await c.QuerySingleOrDefaultAsync<Donor>("SELECT * FROM donor WHERE open_id = @openId", new { openId });
    }

    public async Task<long> UpsertDonorAsync(Donor d)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<long>(
            @"MERGE donor AS t USING (SELECT @OpenId AS open_id) AS s ON t.open_id = s.open_id
              WHEN MATCHED THEN UPDATE SET real_name = @RealName, mobile = @Mobile, id_card_no = @IdCardNo, email = @Email, anonymous = @Anonymous
              WHEN NOT MATCHED THEN INSERT (open_id, real_name, mobile, id_card_no, email, anonymous, created_at)
                   VALUES (@OpenId, @RealName, @Mobile, @IdCardNo, @Email, @Anonymous, SYSUTCDATETIME())
              OUTPUT inserted.id;", d);
    }

    public async Task<long> InsertDonationAsync(Donation d)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<long>(
            @"INSERT INTO donation (order_no, project_id, donor_id, amount_cents, channel, status, message, wants_receipt, created_at)
              OUTPUT inserted.id VALUES (@OrderNo, @ProjectId, @DonorId, @AmountCents, @Channel, 'created', @Message, @WantsReceipt, SYSUTCDATETIME())", d);
    }

    public async Task<Donation?> FindDonationByOrderNoAsync(string orderNo)
    {
        await using var c = Open();
        return await c.QuerySingleOrDefaultAsync<Donation>("SELECT * FROM donation WHERE order_no = @orderNo", new { orderNo });
    }

    public async Task<bool> MarkPaidAsync(string orderNo, string tradeNo, DateTime paidAt)
    {
        await using var c = Open();
        return await c.ExecuteAsync(
            "UPDATE donation SET status = 'paid', trade_no = @tradeNo, paid_at = @paidAt WHERE order_no = @orderNo AND status = 'created'",
            new { orderNo, tradeNo, paidAt }) == 1;
    }

    public async Task<Donor> GetDonorAsync(long id)
    {
        await using var c = Open();
        return await c.QuerySingleAsync<Donor>("SELECT * FROM donor WHERE id = @id", new { id });
    }

    public async Task<FundraisingProject> GetProjectAsync(long id)
    {
        await using var c = Open();
        return await c.QuerySingleAsync<FundraisingProject>("SELECT * FROM project WHERE id = @id", new { id });
    }

    public async Task<long> AddRaisedAsync(long projectId, long cents)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<long>(
            "UPDATE project SET raised_cents = raised_cents + @cents OUTPUT inserted.raised_cents WHERE id = @projectId", new { projectId, cents });
    }

    public async Task<Beneficiary> GetBeneficiaryAsync(long id)
    {
        await using var c = Open();
        return await c.QuerySingleAsync<Beneficiary>("SELECT * FROM beneficiary WHERE id = @id", new { id });
    }

    public async Task<IReadOnlyList<(Donation Donation, Donor Donor)>> PaidDonationsWantingReceiptAsync(DateOnly from, DateOnly to)
    {
        await using var c = Open();
        var rows = await c.QueryAsync<Donation, Donor, (Donation, Donor)>(
            @"SELECT d.*, r.* FROM donation d JOIN donor r ON r.id = d.donor_id
              WHERE d.status = 'paid' AND d.wants_receipt = 1 AND d.paid_at >= @from AND d.paid_at < @to",
            (d, r) => (d, r), new { from = from.ToDateTime(TimeOnly.MinValue), to = to.ToDateTime(TimeOnly.MinValue) }, splitOn: "id");
        return rows.ToList();
    }

    public async Task<IReadOnlyList<DonationWallItem>> WallAsync(long projectId, int take)
    {
        await using var c = Open();
        var rows = await c.QueryAsync<DonationWallItem>(
            @"SELECT TOP (@take) CASE WHEN r.anonymous = 1 THEN '' ELSE r.real_name END AS DonorName, d.amount_cents AS AmountCents, d.message AS Message, d.paid_at AS PaidAt
              FROM donation d JOIN donor r ON r.id = d.donor_id WHERE d.project_id = @projectId AND d.status = 'paid' ORDER BY d.paid_at DESC",
            new { projectId, take });
        return rows.ToList();
    }
}
