using System.Text;
using Canteen.Grpc.Infrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Canteen.Grpc.Services;

public class ParentServiceImpl : ParentService.ParentServiceBase
{
    private readonly CanteenDbContext _db;
    private readonly ILogger<ParentServiceImpl> _logger;

    public ParentServiceImpl(CanteenDbContext db, ILogger<ParentServiceImpl> logger)
    {
        _db = db;
        _logger = logger;
    }

    public override async Task<ChildReply> GetChild(ChildRequest request, ServerCallContext context)
    {
        var s = await _db.Students.AsNoTracking().FirstOrDefaultAsync(x => x.StudentNo == request.StudentNo);
        if (s == null)
        {
            throw new RpcException(new Status(StatusCode.NotFound, "学生不存在"));
        }
        if (s.GuardianOpenId != request.ParentOpenId)
        {
            _logger.LogWarning("open id {OpenId} tried to read student {StudentNo} ({Name}, {IdCard})", request.ParentOpenId, s.StudentNo, s.Name, s.IdCard);
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"无权查看 {s.Name} 的信息"));
        }
        return new ChildReply
        {
            StudentNo = s.StudentNo,
            Name = s.Name,
            ClassName = s.ClassName,
            BalanceFen = s.BalanceFen,
            Allergies = s.Allergies ?? "",
            IdCard = s.IdCard,
            GuardianMobile = s.GuardianMobile
        };
    }

    public override async Task<MealRecordsReply> MealRecords(MealRecordsRequest request, ServerCallContext context)
    {
        var s = await _db.Students.AsNoTracking().FirstAsync(x => x.StudentNo == request.StudentNo && x.GuardianOpenId == request.ParentOpenId);
        var month = DateTime.ParseExact(request.Month, "yyyy-MM", null);
        var orders = await _db.MealOrders.AsNoTracking()
            .Where(o => o.StudentId == s.Id && o.At >= month && o.At < month.AddMonths(1))
            .OrderBy(o => o.At).ToListAsync();
        var reply = new MealRecordsReply();
        reply.Records.AddRange(orders.Select(o => new MealRecord { Time = o.At.ToString("MM-dd HH:mm"), Window = o.Window, AmountFen = o.AmountFen, Dishes = o.Dishes }));
        return reply;
    }

    public override async Task<DailyLimitReply> SetDailyLimit(DailyLimitRequest request, ServerCallContext context)
    {
        var s = await _db.Students.FirstAsync(x => x.StudentNo == request.StudentNo && x.GuardianOpenId == request.ParentOpenId);
        s.DailyLimitFen = Math.Clamp(request.LimitFen, 0, 10000);
        await _db.SaveChangesAsync();
        Log.Information("daily limit of {StudentNo} set to {Limit}", s.StudentNo, s.DailyLimitFen);
        return new DailyLimitReply { Ok = true };
    }
}

/// <summary>
/// 每周把过敏/特殊饮食学生名单发给承包食堂的餐饮公司（第三方）
/// </summary>
public class AllergyListExporter
{
    private readonly CanteenDbContext _db;
    public AllergyListExporter(CanteenDbContext db) => _db = db;

    public async Task<string> ExportAsync()
    {
        var list = await _db.Students.AsNoTracking().Where(s => s.Allergies != null).ToListAsync();
        var sb = new StringBuilder("学号,姓名,班级,过敏原,家长电话\r\n");
        foreach (var s in list)
        {
            sb.Append($"{s.StudentNo},{s.Name},{s.ClassName},{s.Allergies},{s.GuardianMobile}\r\n");
        }
        var path = Path.Combine(@"\\caterer-nas\canteen_in", $"allergy_{DateTime.Today:yyyyMMdd}.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        var counts = list.GroupBy(s => s.ClassName).Select(g => $"{g.Key}:{g.Count()}");
        Log.Information("allergy list exported, per class {Counts}", string.Join(",", counts));
        return path;
    }
}
