using System.Security.Cryptography;
using System.Text;
using Dapper;
using Locker.Gateway.Domain;
using Microsoft.Data.SqlClient;

namespace Locker.Gateway.Endpoints;

/// <summary>
/// 物业端（小区物业管理处用的网页）和柜机固件升级
/// </summary>
public static class PropertyEndpoints
{
    public static void MapPropertyEndpoints(this WebApplication app)
    {
        var property = app.MapGroup("/api/property").RequireAuthorization("property");
        property.MapGet("/retained", Retained);
        property.MapGet("/retained/export", ExportRetained);

        app.MapGet("/api/devices/firmware/{version}", Firmware);
        app.MapGet("/api/public/sites", PublicSites);
    }

    /// <summary>
    /// 滞留件（超过 48 小时）：物业上门提醒
    /// </summary>
    private static async Task<IResult> Retained(string community, SqlConnection db, ILogger<LockerSite> logger)
    {
        var list = (await db.QueryAsync<Parcel>(@"
select p.* from Parcel p join LockerSite s on p.LockerId = s.LockerId
where s.Community=@community and p.Status=0 and p.DroppedAt < dateadd(hour,-48,getdate())", new { community })).ToList();
        foreach (var p in list)
        {
            logger.LogInformation("滞留件 {TrackingNo} 收件人 {Name} {Phone}", p.TrackingNo, p.RecipientName, p.RecipientPhone);
        }
        return Results.Ok(list.Select(p => new { p.TrackingNo, p.LockerId, p.DoorNo, p.DroppedAt, Phone = "*******" + p.RecipientPhone[^4..] }));
    }

    private static async Task<IResult> ExportRetained(string community, SqlConnection db)
    {
        var list = await db.QueryAsync<Parcel>(@"
select p.* from Parcel p join LockerSite s on p.LockerId = s.LockerId
where s.Community=@community and p.Status=0 and p.DroppedAt < dateadd(hour,-48,getdate())", new { community });
        var sb = new StringBuilder("运单号,柜号,格口,收件人,手机号,取件码\n");
        foreach (var p in list)
            sb.AppendLine($"{p.TrackingNo},{p.LockerId},{p.DoorNo},{p.RecipientName},{p.RecipientPhone},{p.PickupCode}");
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray(), "text/csv", $"retained_{community}.csv");
    }

    /// <summary>
    /// 固件下发：带 SHA-256 校验和，老柜机只认 MD5
    /// </summary>
    private static IResult Firmware(string version, HttpContext http, IWebHostEnvironment env)
    {
        var path = Path.Combine(env.ContentRootPath, "firmware", $"locker-{version}.bin");
        if (!File.Exists(path)) return Results.NotFound();
        var bytes = File.ReadAllBytes(path);
        http.Response.Headers["X-Checksum-Sha256"] = Convert.ToHexString(SHA256.HashData(bytes));
        http.Response.Headers["X-Checksum-Md5"] = Convert.ToHexString(MD5.HashData(bytes));
        return Results.File(bytes, "application/octet-stream");
    }

    /// <summary>
    /// 官网柜机分布（匿名）
    /// </summary>
    private static async Task<IResult> PublicSites(SqlConnection db)
    {
        var sites = await db.QueryAsync<LockerSite>("select * from LockerSite");
        return Results.Ok(sites.Select(s => new { s.LockerId, s.Community, s.Address, s.PropertyPhone }));
    }
}
