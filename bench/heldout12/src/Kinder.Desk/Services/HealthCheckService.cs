using System;
using System.Data.SqlClient;
using Kinder.Desk.Common;

namespace Kinder.Desk.Services
{
    /// <summary>晨午检：体温、手口、精神状态</summary>
    public class HealthCheckService
    {
        public const decimal FeverLine = 37.3m;

        public void Record(StaffUser nurse, int childId, string childName, decimal temperature, bool handMouthOk, string note)
        {
            DbHelper.Execute("insert into health_check(child_id, temperature, hand_mouth_ok, note, nurse_id, checked_at) values(@c,@t,@h,@n,@u,getdate())",
                new SqlParameter("@c", childId), new SqlParameter("@t", temperature), new SqlParameter("@h", handMouthOk),
                new SqlParameter("@n", note ?? ""), new SqlParameter("@u", nurse.Id));
            if (temperature >= FeverLine || !handMouthOk)
            {
                LogHelper.Warn($"晨检异常：{childName} 体温{temperature} 手口{(handMouthOk ? "正常" : "异常")} {note}");
                new ParentAppSync().NotifyGuardian(childId, "晨检体温 " + temperature + "℃，请尽快来园接回就医");
            }
        }

        public int FeverCount(DateTime day)
        {
            var o = DbHelper.Scalar("select count(*) from health_check where cast(checked_at as date)=@d and temperature>=@t",
                new SqlParameter("@d", day.Date), new SqlParameter("@t", FeverLine));
            LogHelper.Info("发热人数 " + o);
            return Convert.ToInt32(o);
        }
    }
}
