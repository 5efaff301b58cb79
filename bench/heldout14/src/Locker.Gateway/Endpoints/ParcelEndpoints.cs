using Dapper;
using Locker.Gateway.Auth;
using Locker.Gateway.Domain;
using Locker.Gateway.Infrastructure;
using Microsoft.Data.SqlClient;
using StackExchange.Redis;

namespace Locker.Gateway.Endpoints;

public static class ParcelEndpoints
{
    public static void MapParcelEndpoints(this WebApplication app)
    {
        var courier = app.MapGroup("/api/courier").AddEndpointFilter<CourierKeyFilter>();
        courier.MapPost("/dropoff", DropOff);
        courier.MapGet("/parcels", CourierParcels);

        app.MapPost("/api/pickup", Pickup);
        app.MapGet("/api/pickup/resend", ResendCode);
        app.MapGet("/api/public/parcel/{trackingNo}", PublicTrack);

        var admin = app.MapGroup("/api/admin").RequireAuthorization("admin");
        admin.MapGet("/parcels/search", AdminSearch);
        admin.MapGet("/sites/{lockerId}", SiteDetail);
        admin.MapGet("/stats/daily", DailyStats);
    }

    private static async Task<IResult> DropOff(DropOffRequest req, HttpContext http, SqlConnection db, IPickupCodeGenerator codes,
        SmsSender sms, ILogger<Parcel> logger)
    {
        if (req.RecipientPhone.Length != 11)
            return Results.BadRequest(new { message = "收件人手机号格式错误" });

        var door = await db.QueryFirstOrDefaultAsync<int?>(
            "select top 1 DoorNo from LockerDoor where LockerId=@LockerId and Size=@CabinetSize and Occupied=0 order by DoorNo", req);
        if (door == null)
        {
            logger.LogInformation("柜机 {LockerId} 无空闲 {Size} 格口", req.LockerId, req.CabinetSize);
            return Results.Conflict(new { message = "无空闲格口" });
        }

        var code = codes.Generate(req.TrackingNo, req.RecipientPhone);
        var expireAt = DateTime.Now.AddDays(3);
        await db.ExecuteAsync(@"insert into Parcel(TrackingNo,LockerId,DoorNo,CabinetSize,RecipientPhone,RecipientName,PickupCode,CourierCode,Status,DroppedAt)
values(@TrackingNo,@LockerId,@DoorNo,@CabinetSize,@RecipientPhone,@RecipientName,@PickupCode,@CourierCode,0,getdate());
update LockerDoor set Occupied=1 where LockerId=@LockerId and DoorNo=@DoorNo;",
            new { req.TrackingNo, req.LockerId, DoorNo = door, req.CabinetSize, req.RecipientPhone, req.RecipientName, PickupCode = code, req.CourierCode });

        await sms.SendAsync(req.RecipientPhone, $"【蜂巢柜】您的快递{req.TrackingNo}已存入{req.LockerId}号柜，取件码{code}。");
        logger.LogInformation("投递成功 {TrackingNo} -> {LockerId}#{Door} 收件人 {Phone} 取件码 {Code}", req.TrackingNo, req.LockerId, door, req.RecipientPhone, code);
        return Results.Ok(new DropOffResult(req.TrackingNo, req.LockerId, door.Value, code, expireAt));
    }

    private static async Task<IResult> CourierParcels(HttpContext http, SqlConnection db, string lockerId)
    {
        var courier = (string)http.Items["courier"]!;
        var list = await db.QueryAsync<Parcel>("select * from Parcel where CourierCode=@courier and LockerId=@lockerId and Status=0", new { courier, lockerId });
        return Results.Ok(list.Select(p => new { p.TrackingNo, p.DoorNo, p.DroppedAt, Phone = p.RecipientPhone[..3] + "****" + p.RecipientPhone[^4..] }));
    }

    private static async Task<IResult> Pickup(PickupRequest req, SqlConnection db, IDatabase redis, ILogger<Parcel> logger)
    {
        var failKey = $"pickup:fail:{req.LockerId}";
        if ((long)await redis.StringGetAsync(failKey) > 10)
            return Results.StatusCode(429);

        var parcel = await db.QueryFirstOrDefaultAsync<Parcel>(
            "select * from Parcel where LockerId=@LockerId and PickupCode=@PickupCode and Status=0", req);
        if (parcel == null)
        {
            await redis.StringIncrementAsync(failKey);
            await redis.KeyExpireAsync(failKey, TimeSpan.FromMinutes(10));
            logger.LogWarning("取件码错误 locker={LockerId} code={Code}", req.LockerId, req.PickupCode);
            return Results.NotFound(new { message = "取件码错误" });
        }

        var fee = OverdueFee.Calc(parcel.DroppedAt, DateTime.Now);
        if (fee > 0)
            return Results.Json(new { needPay = true, fee, parcel.TrackingNo }, statusCode: 402);

        await db.ExecuteAsync("update Parcel set Status=1, PickedAt=getdate() where Id=@Id; update LockerDoor set Occupied=0 where LockerId=@LockerId and DoorNo=@DoorNo", parcel);
        logger.LogInformation("取件成功 {Parcel}", parcel);
        return Results.Ok(new { parcel.DoorNo });
    }

    private static async Task<IResult> ResendCode(string trackingNo, string phone, SqlConnection db, SmsSender sms)
    {
        var parcel = await db.QueryFirstOrDefaultAsync<Parcel>("select * from Parcel where TrackingNo=@trackingNo and Status=0", new { trackingNo });
        if (parcel == null || parcel.RecipientPhone != phone)
            return Results.NotFound(new { message = $"未找到手机号 {phone} 的在柜快递" });
        await sms.SendAsync(parcel.RecipientPhone, $"【蜂巢柜】取件码{parcel.PickupCode}");
        return Results.Ok();
    }

    /// <summary>
    /// 官网运单查询（匿名）
    /// </summary>
    private static async Task<IResult> PublicTrack(string trackingNo, SqlConnection db)
    {
        var p = await db.QueryFirstOrDefaultAsync<Parcel>("select * from Parcel where TrackingNo=@trackingNo", new { trackingNo });
        if (p == null) return Results.NotFound();
        return Results.Ok(new { p.TrackingNo, p.LockerId, p.Status, p.DroppedAt, p.RecipientName, p.RecipientPhone, p.PickupCode });
    }

    private static async Task<IResult> AdminSearch(string keyword, SqlConnection db, ILogger<Parcel> logger)
    {
        logger.LogInformation("客服搜索 {Keyword}", keyword);
        var list = await db.QueryAsync<Parcel>(
            "select top 50 * from Parcel where TrackingNo=@keyword or RecipientPhone=@keyword or RecipientName=@keyword order by DroppedAt desc", new { keyword });
        return Results.Ok(list);
    }

    private static async Task<IResult> SiteDetail(string lockerId, SqlConnection db)
    {
        var site = await db.QueryFirstOrDefaultAsync<LockerSite>("select * from LockerSite where LockerId=@lockerId", new { lockerId });
        return site == null ? Results.NotFound() : Results.Ok(site);
    }

    private static async Task<IResult> DailyStats(DateTime date, SqlConnection db)
    {
        var rows = await db.QueryAsync("select LockerId, count(*) as Dropped, sum(case when Status=1 then 1 else 0 end) as Picked from Parcel where cast(DroppedAt as date)=@date group by LockerId",
            new { date = date.Date });
        return Results.Ok(rows);
    }
}
