using Dapper;
using ParkToll.Models;

namespace ParkToll.Data;

public sealed class EtcAccountRepository
{
    private readonly DbConnectionFactory _db;
    private readonly ILogger<EtcAccountRepository> _logger;

    public EtcAccountRepository(DbConnectionFactory db, ILogger<EtcAccountRepository> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<long> InsertAsync(EtcAccount a)
    {
        using var conn = _db.Open();
        return await conn.ExecuteScalarAsync<long>(
            @"INSERT INTO etc_account (account_no, owner_name, id_card_no, mobile, plate_no, obu_serial, bank_card_cipher, bank_card_last4, address, status, created_at)
              VALUES (@AccountNo, @OwnerName, @IdCardNo, @Mobile, @PlateNo, @ObuSerial, @BankCardCipher, @BankCardLast4, @Address, @Status, @CreatedAt);
              SELECT LAST_INSERT_ID();", a);
    }

    public async Task<EtcAccount?> FindByObuAsync(string obuSerial)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<EtcAccount>("SELECT * FROM etc_account WHERE obu_serial = @obuSerial", new { obuSerial });
    }

    public async Task<EtcAccount?> FindByIdAsync(long id)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<EtcAccount>("SELECT * FROM etc_account WHERE id = @id", new { id });
    }

    public async Task<EtcAccount?> FindByAccountNoAsync(string accountNo)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<EtcAccount>("SELECT * FROM etc_account WHERE account_no = @accountNo", new { accountNo });
    }

    public async Task<EtcAccount?> FindByPlateAsync(string plateNo)
    {
        using var conn = _db.Open();
        return await conn.QuerySingleOrDefaultAsync<EtcAccount>("SELECT * FROM etc_account WHERE plate_no = @plateNo AND status = 'active'", new { plateNo });
    }

    public async Task UpdateCardAsync(EtcAccount a)
    {
        using var conn = _db.Open();
        await conn.ExecuteAsync("UPDATE etc_account SET bank_card_cipher = @BankCardCipher, bank_card_last4 = @BankCardLast4 WHERE id = @Id", a);
    }

    public async Task<(IReadOnlyList<EtcAccount> Items, int Total)> SearchAsync(string keyword, int page, int size)
    {
        using var conn = _db.Open();
        var like = "%" + keyword + "%";
        var sql = @"SELECT * FROM etc_account WHERE owner_name LIKE @like OR mobile LIKE @like OR plate_no LIKE @like OR id_card_no = @keyword
                    ORDER BY id DESC LIMIT @offset, @size;
                    SELECT COUNT(1) FROM etc_account WHERE owner_name LIKE @like OR mobile LIKE @like OR plate_no LIKE @like OR id_card_no = @keyword;";
        using var multi = await conn.QueryMultipleAsync(sql, new { like, keyword, offset = Math.Max(0, page - 1) * size, size });
        var items = (await multi.ReadAsync<EtcAccount>()).ToList();
        var total = await multi.ReadSingleAsync<int>();
        if (total == 0)
        {
            _logger.LogInformation("Search returned nothing (page {Page})", page);
        }
        return (items, total);
    }
}
