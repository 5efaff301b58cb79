using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using log4net;
using Quartz;

namespace Campus.Admissions.Jobs;

public sealed class OverdueNoticeJob(Db db, ReaderCardService cards) : IJob
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(OverdueNoticeJob));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var conn = db.Open();
        var overdue = await conn.QueryAsync<(string CardNo, string Name, string? Mobile, string Title, DateTime DueOn)>(
            "select r.card_no, r.name, r.mobile, b.title, l.due_on from loan l join reader r on r.card_no=l.card_no join book b on b.barcode=l.barcode where l.returned_on is null and l.due_on < getdate()");
        foreach (var o in overdue)
        {
            var days = (DateTime.Today - o.DueOn.Date).Days;
            var fine = await cards.ChargeFineAsync(o.CardNo, days);
            if (o.Mobile is null)
            {
                Log.WarnFormat("overdue {0} days, no mobile for reader {1}", days, o.CardNo);
                continue;
            }
            Log.InfoFormat("overdue notice: {0} ({1}) keeps '{2}' {3} days, fine {4}", o.Name, o.Mobile, o.Title, days, fine);
            context.MergedJobDataMap["last"] = o.CardNo;
        }
    }
}
