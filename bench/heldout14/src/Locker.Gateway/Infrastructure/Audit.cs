using System.Text.Json;

namespace Locker.Gateway.Infrastructure;

/// <summary>
/// 审计日志：客服、物业的敏感操作。写到 /data/audit 下的 jsonl 文件，每天一个，logstash 收走。
/// </summary>
public static class Audit
{
    private static readonly object Gate = new();
    private static readonly string Dir = Environment.GetEnvironmentVariable("AUDIT_DIR") ?? "/data/audit";

    public static void Write(string actor, string action, object detail)
    {
        var line = JsonSerializer.Serialize(new { at = DateTime.Now, actor, action, detail });
        lock (Gate)
        {
            Directory.CreateDirectory(Dir);
            File.AppendAllText(Path.Combine(Dir, $"audit-{DateTime.Today:yyyyMMdd}.jsonl"), line + "\n");
        }
    }
}

/// <summary>
/// 客服操作：代开格口、改手机号
/// </summary>
public static class CustomerServiceOps
{
    public static void MapCustomerServiceOps(this WebApplication app)
    {
        var cs = app.MapGroup("/api/cs").RequireAuthorization("admin");

        cs.MapPost("/open-door", (string lockerId, int doorNo, string reason, HttpContext http) =>
        {
            var agent = http.User.Identity?.Name ?? "?";
            Audit.Write(agent, "open-door", new { lockerId, doorNo, reason });
            return Results.Accepted();
        });

        cs.MapPost("/change-phone", async (string trackingNo, string oldPhone, string newPhone, HttpContext http, Microsoft.Data.SqlClient.SqlConnection db) =>
        {
            var agent = http.User.Identity?.Name ?? "?";
            await Dapper.SqlMapper.ExecuteAsync(db, "update Parcel set RecipientPhone=@newPhone where TrackingNo=@trackingNo and RecipientPhone=@oldPhone", new { trackingNo, oldPhone, newPhone });
            Audit.Write(agent, "change-phone", new { trackingNo, oldPhone, newPhone });
            return Results.Ok();
        });

        cs.MapPost("/verify-identity", (string trackingNo, string recipientName, string idCardTail, HttpContext http) =>
        {
            var agent = http.User.Identity?.Name ?? "?";
            Audit.Write(agent, "verify-identity", new { trackingNo, recipientName, idCardTail });
            return Results.Ok();
        });
    }
}
