using Canteen.Grpc.Infrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Canteen.Grpc.Services;

public class PosServiceImpl : PosService.PosServiceBase
{
    private readonly CanteenDbContext _db;
    private readonly IDatabase _redis;
    private readonly IConfiguration _cfg;
    private readonly ILogger<PosServiceImpl> _logger;

    public PosServiceImpl(CanteenDbContext db, IConnectionMultiplexer mux, IConfiguration cfg, ILogger<PosServiceImpl> logger)
    {
        _db = db;
        _redis = mux.GetDatabase();
        _cfg = cfg;
        _logger = logger;
    }

    public override async Task<PayReply> Pay(PayRequest request, ServerCallContext context)
    {
        var student = await FindAsync(request);
        if (student == null)
        {
            CanteenTrace.Warn(request.TerminalId, "unknown card {CardUid}", request.CardUid);
            return new PayReply { Ok = false, Message = "未识别的卡片" };
        }

        using (CanteenTrace.Student(student))
        {
            var maxSingle = _cfg.GetValue<int>("Pos:MaxSingleFen");
            if (request.AmountFen > maxSingle)
            {
                if (string.IsNullOrEmpty(request.Pin) || student.PinHash == null || !PinHasher.Verify(request.Pin, student.PinHash, student.PinSalt!))
                {
                    CanteenTrace.Warn(request.TerminalId, "PIN check failed for {StudentNo}, entered {Pin}", student.StudentNo, request.Pin);
                    return new PayReply { Ok = false, Message = "消费密码错误" };
                }
            }

            var spentToday = (int)(await _redis.StringGetAsync($"spent:{student.Id}:{DateTime.Today:yyyyMMdd}"));
            if (spentToday + request.AmountFen > student.DailyLimitFen)
            {
                CanteenTrace.Info(request.TerminalId, "daily limit hit {StudentNo} spent {Spent} limit {Limit}", student.StudentNo, spentToday, student.DailyLimitFen);
                return new PayReply { Ok = false, Message = "已超过家长设置的每日限额" };
            }

            if (student.BalanceFen < request.AmountFen)
            {
                return new PayReply { Ok = false, Message = "余额不足", BalanceFen = student.BalanceFen };
            }

            student.BalanceFen -= request.AmountFen;
            _db.MealOrders.Add(new MealOrder
            {
                StudentId = student.Id,
                TerminalId = request.TerminalId,
                Window = request.Window,
                AmountFen = request.AmountFen,
                At = DateTime.Now
            });
            await _db.SaveChangesAsync();
            await _redis.StringIncrementAsync($"spent:{student.Id}:{DateTime.Today:yyyyMMdd}", request.AmountFen);

            CanteenTrace.Info(request.TerminalId, "pay ok {StudentNo} {Amount} window {Window}", student.StudentNo, request.AmountFen, request.Window);

            return new PayReply
            {
                Ok = true,
                BalanceFen = student.BalanceFen,
                StudentName = student.Name,
                AllergyWarning = student.Allergies ?? ""
            };
        }
    }

    public override async Task<BalanceReply> Balance(BalanceRequest request, ServerCallContext context)
    {
        var s = await _db.Students.AsNoTracking().FirstOrDefaultAsync(x => x.CardUid == request.CardUid);
        if (s == null) throw new RpcException(new Status(StatusCode.NotFound, "card not found"));
        return new BalanceReply { BalanceFen = s.BalanceFen, StudentName = s.Name.Length > 1 ? s.Name[0] + "*" + s.Name[^1..] : s.Name };
    }

    public override Task<HeartbeatReply> Heartbeat(HeartbeatRequest request, ServerCallContext context)
    {
        _logger.LogDebug("heartbeat {Terminal} v{Version}", request.TerminalId, request.Version);
        return Task.FromResult(new HeartbeatReply { ServerTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
    }

    private async Task<Student?> FindAsync(PayRequest request)
    {
        if (!string.IsNullOrEmpty(request.FaceToken))
        {
            var faceId = await _redis.StringGetAsync("face:" + request.FaceToken);
            if (faceId.HasValue)
            {
                return await _db.Students.FirstOrDefaultAsync(x => x.FaceId == (string)faceId!);
            }
        }
        return await _db.Students.FirstOrDefaultAsync(x => x.CardUid == request.CardUid);
    }
}
