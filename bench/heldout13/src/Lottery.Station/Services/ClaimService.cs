using System.Text;
using Dapper;
using Lottery.Station.Common;
using Lottery.Station.Domain;
using MySqlConnector;
using NPOI.HSSF.UserModel;

namespace Lottery.Station.Services;

/// <summary>
/// 兑奖：1万元以上需登记身份证、银行卡，代扣 20% 个税，报中心审核后打款
/// </summary>
public class ClaimService
{
    private readonly string _cs;
    private readonly IConfiguration _cfg;
    private readonly CenterClient _center;
    private readonly ILogger<ClaimService> _logger;

    public ClaimService(IConfiguration cfg, CenterClient center, ILogger<ClaimService> logger)
    {
        _cs = cfg.GetConnectionString("Station");
        _cfg = cfg;
        _center = center;
        _logger = logger;
    }

    public decimal TaxFor(decimal prize) =>
        prize > _cfg.GetValue<decimal>("Claim:BigPrizeThreshold") ? Math.Round(prize * _cfg.GetValue<decimal>("Claim:TaxRate"), 2) : 0m;

    public async Task<long> RegisterAsync(string clerk, PrizeClaim claim)
    {
        if (claim.WinnerIdCard?.Length != 18)
        {
            throw new ArgumentException($"兑奖人身份证号无效: {claim.WinnerIdCard}");
        }
        claim.Tax = TaxFor(claim.PrizeAmount);
        claim.Status = "pending";
        claim.CreatedAt = DateTime.Now;

        using var conn = new MySqlConnection(_cs);
        var id = await conn.ExecuteScalarAsync<long>(
            @"insert into prize_claim(ticket_serial, prize_amount, tax, winner_name, winner_id_card, winner_mobile, bank_card_no, bank_name, status, created_at)
              values(@TicketSerial, @PrizeAmount, @Tax, @WinnerName, @WinnerIdCard, @WinnerMobile, @BankCardNo, @BankName, @Status, @CreatedAt); select last_insert_id();",
            claim);

        OpLog.Write(clerk, "claim", $"#{id} 票号{claim.TicketSerial} 奖金{claim.PrizeAmount} 兑奖人{Mask.Name(claim.WinnerName)} 卡{Mask.Card(claim.BankCardNo)}");
        OpLog.Write(clerk, "claim-detail", string.Join("|", claim.WinnerName, claim.WinnerIdCard, claim.WinnerMobile, claim.BankCardNo));

        await _center.SubmitClaimAsync(claim); 
        return id;
    }

    public async Task<string> ExportMonthAsync(int year, int month)
    {
        using var conn = new MySqlConnection(_cs);
        var claims = (await conn.QueryAsync<PrizeClaim>("select * from prize_claim where year(created_at)=@year and month(created_at)=@month", new { year, month })).ToList();
        var wb = new HSSFWorkbook();
        var sheet = wb.CreateSheet("兑奖登记");
        var header = sheet.CreateRow(0);
        var titles = new[] { "票号", "奖金", "个税", "姓名", "身份证号", "手机", "银行卡号", "开户行" };
        for (var i = 0; i < titles.Length; i++) header.CreateCell(i).SetCellValue(titles[i]);
        var r = 1;
        foreach (var c in claims)
        {
            var row = sheet.CreateRow(r++);
            row.CreateCell(0).SetCellValue(c.TicketSerial);
            row.CreateCell(1).SetCellValue((double)c.PrizeAmount);
            row.CreateCell(2).SetCellValue((double)c.Tax);
            row.CreateCell(3).SetCellValue(c.WinnerName);
            row.CreateCell(4).SetCellValue(c.WinnerIdCard);
            row.CreateCell(5).SetCellValue(c.WinnerMobile);
            row.CreateCell(6).SetCellValue(c.BankCardNo);
            row.CreateCell(7).SetCellValue(c.BankName);
        }
        var path = Path.Combine(_cfg["Claim:ExportDir"], $"claims_{year}{month:00}.xls");
        using var fs = File.Create(path);
        wb.Write(fs);
        _logger.LogInformation("claim export {Count} rows {Path}", claims.Count, path);
        return path;
    }

    public async Task<object> GetForWinnerAsync(string ticketSerial, string idCardLast6)
    {
        using var conn = new MySqlConnection(_cs);
        var c = await conn.QuerySingleOrDefaultAsync<PrizeClaim>("select * from prize_claim where ticket_serial=@ticketSerial", new { ticketSerial });
        if (c == null || !c.WinnerIdCard.EndsWith(idCardLast6))
        {
            return new { found = false };
        }
        return new { found = true, c.Status, c.PrizeAmount, c.Tax, card = Mask.Card(c.BankCardNo) };
    }
}
