using System.Security.Claims;
using CareHome.Data;
using CareHome.Domain;
using CareHome.Security;
using CareHome.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Endpoints;

/// <summary>JSON API for the family mini-program (Minimal APIs).</summary>
public static class FamilyApi
{
    public sealed record ResidentCard(int Id, string Name, string RoomNo, CareLevel Level, string MaskedPhone, DateTime? LastVisit);

    public sealed record BindRequest(string Code, string ResidentNo, string GuardianIdCardNo);

    public static RouteGroupBuilder MapFamilyApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/family").RequireAuthorization("family");
        g.MapGet("/residents", ListAsync);
        g.MapGet("/residents/{id:int}", GetAsync);
        g.MapPost("/bind", BindAsync).AllowAnonymous();
        g.MapGet("/lookup", LookupByPhoneAsync).RequireAuthorization(p => p.RequireRole("admin"));
        return g;
    }

    private static async Task<Ok<List<ResidentCard>>> ListAsync(ClaimsPrincipal user, CareDbContext db)
    {
        var phone = user.FindFirstValue(ClaimTypes.MobilePhone);
        var ids = await db.FamilyMembers.Where(f => f.Phone == phone).Select(f => f.ResidentId).ToListAsync();
        var cards = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new ResidentCard(r.Id, r.Name, r.RoomNo, r.Level,
                r.Phone.Substring(0, 3) + "****" + r.Phone.Substring(7),
                db.Visits.Where(v => v.ResidentId == r.Id).Max(v => (DateTime?)v.CheckedInAt)))
            .ToListAsync();
        return TypedResults.Ok(cards);
    }

    private static async Task<Results<Ok<Resident>, NotFound, ForbidHttpResult>> GetAsync(int id, ClaimsPrincipal user, CareDbContext db)
    {
        var phone = user.FindFirstValue(ClaimTypes.MobilePhone);
        if (!await db.FamilyMembers.AnyAsync(f => f.ResidentId == id && f.Phone == phone))
        {
            return TypedResults.Forbid();
        }

        var r = await db.Residents.Include(x => x.Family).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        return r is null ? TypedResults.NotFound() : TypedResults.Ok(r);
    }

    private static async Task<Results<Ok<string>, BadRequest<string>>> BindAsync(BindRequest req, WechatMiniLogin wx, CareDbContext db, ILogger<WechatMiniLogin> logger, CancellationToken ct)
    {
        var openId = await wx.ResolveOpenIdAsync(req.Code, ct);
        if (openId is null)
        {
            return TypedResults.BadRequest("微信登录失败");
        }

        var resident = await db.Residents.FirstOrDefaultAsync(r => r.ResidentNo == req.ResidentNo, ct);
        var guardian = resident is null ? null : await db.FamilyMembers.FirstOrDefaultAsync(f => f.ResidentId == resident.Id && f.IsGuardian, ct);
        if (guardian is null)
        {
            return TypedResults.BadRequest($"未找到老人编号 {req.ResidentNo}");
        }

        if (!string.Equals(GuardianIdOf(resident!), req.GuardianIdCardNo, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Bind rejected for {ResidentNo}: typed guardian ID {Typed}", req.ResidentNo, req.GuardianIdCardNo);
            return TypedResults.BadRequest("监护人身份证号不匹配");
        }

        guardian.WechatOpenId = openId;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok("绑定成功");
    }

    private static async Task<Results<Ok<FamilyMember>, NotFound<string>>> LookupByPhoneAsync(string phone, CareDbContext db)
    {
        var f = await db.FamilyMembers.AsNoTracking().FirstOrDefaultAsync(x => x.Phone == phone);
        return f is null
            ? TypedResults.NotFound($"没有手机号为 {phone} 的家属")
            : TypedResults.Ok(f);
    }

    private static string GuardianIdOf(Resident r) => r.EmergencyContactName; // placeholder until the guardian ID column ships
}
