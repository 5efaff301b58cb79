using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Security;
using DriveNow.Rental.Services;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DriveNow.Rental.Exports;

public sealed class RentalExport(DbConnectionFactory db, IWebHostEnvironment env, ILogger<RentalExport> log)
{
    /// <summary>Monthly sheet for the insurer: policy holders of every rental (insurer needs the full data).</summary>
    public async Task<string> InsurerSheetAsync(int year, int month, string outDir)
    {
        using var conn = db.Open();
        var rows = (await conn.QueryAsync<InsurerRow>(
            "select b.id BookingId, c.real_name Name, c.id_card_no IdCard, c.mobile Mobile, b.pickup_at PickupAt, b.return_at ReturnAt from booking b join customer c on c.id=b.customer_id where year(b.pickup_at)=@year and month(b.pickup_at)=@month",
            new { year, month })).ToList();
        foreach (var r in rows) r.IdCard = TokenCrypto.DecryptIdCard(r.IdCard);
        var path = Path.Combine(outDir, $"insurer-{year}{month:00}.xlsx");
        MiniExcel.SaveAs(path, rows);
        log.LogInformation("insurer sheet {Path}: {Count} rows", path, rows.Count);
        return path;
    }

    /// <summary>Download link for store managers.</summary>
    public async Task<string> StoreCustomerListAsync(string storeCode)
    {
        using var conn = db.Open();
        var rows = (await conn.QueryAsync<StoreRow>(
            "select c.real_name 姓名, c.mobile 手机号, c.id_card_no 身份证号, c.license_no 驾驶证号 from booking b join customer c on c.id=b.customer_id where b.pickup_store=@storeCode",
            new { storeCode })).ToList();
        foreach (var r in rows) r.身份证号 = TokenCrypto.DecryptIdCard(r.身份证号);
        var file = Path.Combine(env.WebRootPath, "downloads", $"{storeCode}-customers.xlsx");
        MiniExcel.SaveAs(file, rows, overwriteFile: true);
        return $"/downloads/{storeCode}-customers.xlsx";
    }

    public async Task<string> MarketingListAsync(string outDir)
    {
        using var conn = db.Open();
        var rows = (await conn.QueryAsync<(string RealName, string Mobile, int Rentals)>(
            "select c.real_name, c.mobile, count(*) from booking b join customer c on c.id=b.customer_id group by c.id")).ToList();
        var masked = rows.Select(r => new { 姓名 = Mask.Name(r.RealName), 手机号 = Mask.Mobile(r.Mobile), 次数 = r.Rentals });
        var path = Path.Combine(outDir, "marketing.xlsx");
        MiniExcel.SaveAs(path, masked);
        return path;
    }

    public sealed class InsurerRow
    {
        public long BookingId { get; set; }
        public string Name { get; set; } = "";
        public string IdCard { get; set; } = "";
        public string Mobile { get; set; } = "";
        public DateTime PickupAt { get; set; }
        public DateTime ReturnAt { get; set; }
    }

    public sealed class StoreRow
    {
        public string 姓名 { get; set; } = "";
        public string 手机号 { get; set; } = "";
        public string 身份证号 { get; set; } = "";
        public string 驾驶证号 { get; set; } = "";
    }
}
