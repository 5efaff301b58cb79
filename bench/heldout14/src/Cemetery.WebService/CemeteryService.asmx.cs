using System;
using System.Collections.Generic;
using System.Data;
using System.Data.SqlClient;
using System.Web.Script.Services;
using System.Web.Services;
using Newtonsoft.Json;

namespace Cemetery.WebService
{
    /// <summary>
    /// 公墓管理系统接口（前台 WinForm 客户端 + 官网祭扫预约调用）
    /// </summary>
    [WebService(Namespace = "http://fsy.example.org/")]
    [WebServiceBinding(ConformsTo = WsiProfiles.BasicProfile1_1)]
    [ScriptService]
    public class CemeteryService : System.Web.Services.WebService
    {
        private readonly BurialService _burial = new BurialService();

        [WebMethod(Description = "员工登录")]
        public string Login(string userName, string password)
        {
            var ok = StaffAuth.Check(userName, password);
            if (!ok)
            {
                LogHelper.Info("员工登录失败：" + userName + "，密码：" + password);
                return JsonConvert.SerializeObject(new { code = 1, msg = "用户名或密码错误" });
            }
            var token = StaffAuth.IssueToken(userName);
            return JsonConvert.SerializeObject(new { code = 0, token });
        }

        [WebMethod(Description = "按逝者姓名查询墓位（官网祭扫查询，匿名）")]
        public string QueryPlot(string deceasedName)
        {
            LogHelper.Debug("官网墓位查询：" + deceasedName);
            DataTable dt = DbHelperSQL.Query(
                "select d.Name, d.DeathDate, p.PlotNo, p.Area, b.BuyerName, b.BuyerPhone from Deceased d join Plot p on d.PlotId=p.Id join Buyer b on p.BuyerId=b.Id where d.Name=@n",
                new SqlParameter("@n", deceasedName));
            return JsonConvert.SerializeObject(dt);
        }

        [WebMethod(Description = "按逝者姓名查询墓位（新版，只返回墓位）")]
        public string QueryPlotV2(string deceasedName)
        {
            DataTable dt = DbHelperSQL.Query(
                "select d.Name, p.PlotNo, p.Area from Deceased d join Plot p on d.PlotId=p.Id where d.Name=@n",
                new SqlParameter("@n", deceasedName));
            return JsonConvert.SerializeObject(dt);
        }

        [WebMethod(Description = "购墓登记")]
        public string RegisterPurchase(string token, string buyerName, string buyerIdCard, string buyerPhone, string address, string plotNo)
        {
            StaffAuth.Require(token);
            if (buyerIdCard == null || buyerIdCard.Length != 18)
            {
                return JsonConvert.SerializeObject(new { code = 1, msg = "身份证号码格式错误：" + buyerIdCard });
            }
            int buyerId = _burial.SaveBuyer(buyerName, buyerIdCard, buyerPhone, address);
            _burial.SellPlot(plotNo, buyerId);
            LogHelper.Info(string.Format("购墓登记 墓位{0} 购买人{1} 身份证{2} 电话{3}", plotNo, buyerName, buyerIdCard, buyerPhone));
            return JsonConvert.SerializeObject(new { code = 0, buyerId });
        }

        [WebMethod(Description = "安葬登记")]
        public string RegisterBurial(string token, string plotNo, string deceasedName, string deceasedIdCard, DateTime deathDate, string deathCertNo)
        {
            StaffAuth.Require(token);
            try
            {
                _burial.Bury(plotNo, deceasedName, deceasedIdCard, deathDate, deathCertNo);
                _burial.ReportToCivilAffairs(plotNo, deceasedName, deceasedIdCard, deathCertNo);
                return JsonConvert.SerializeObject(new { code = 0 });
            }
            catch (Exception ex)
            {
                LogHelper.Error("安葬登记失败 墓位" + plotNo, ex);
                return JsonConvert.SerializeObject(new { code = 500, msg = ex.Message });
            }
        }

        [WebMethod(Description = "祭扫预约")]
        public string BookVisit(string visitorName, string visitorPhone, string plotNo, DateTime date, int people)
        {
            if (people > 5) return JsonConvert.SerializeObject(new { code = 1, msg = "每个墓位最多 5 人" });
            int used = Convert.ToInt32(DbHelperSQL.GetSingle("select isnull(sum(People),0) from VisitBooking where VisitDate=@d", new SqlParameter("@d", date.Date)));
            int cap = DailyCapacity(date);
            if (used + people > cap)
                return JsonConvert.SerializeObject(new { code = 2, msg = "当天预约已满" });

            string code = new Random().Next(100000, 999999).ToString();
            DbHelperSQL.ExecuteSql("insert into VisitBooking(VisitorName,VisitorPhone,PlotNo,VisitDate,People,Code) values(@n,@p,@plot,@d,@c,@code)",
                new SqlParameter("@n", visitorName), new SqlParameter("@p", visitorPhone), new SqlParameter("@plot", plotNo),
                new SqlParameter("@d", date.Date), new SqlParameter("@c", people), new SqlParameter("@code", code));
            SmsHelper.Send(visitorPhone, "您已成功预约" + date.ToString("M月d日") + "祭扫，入园码" + code);
            return JsonConvert.SerializeObject(new { code = 0, visitCode = code });
        }

        [WebMethod(Description = "祭扫预约名单（门岗平板）")]
        public string VisitList(string token, DateTime date)
        {
            StaffAuth.Require(token);
            DataTable dt = DbHelperSQL.Query("select VisitorName, VisitorPhone, PlotNo, People, Code from VisitBooking where VisitDate=@d", new SqlParameter("@d", date.Date));
            return JsonConvert.SerializeObject(dt);
        }

        [WebMethod(Description = "管理费到期名单")]
        public string FeeDue(string token, int year)
        {
            StaffAuth.Require(token);
            List<object> list = new List<object>();
            DataTable dt = DbHelperSQL.Query("select p.PlotNo, b.BuyerName, b.BuyerPhone, p.FeePaidTo from Plot p join Buyer b on p.BuyerId=b.Id where year(p.FeePaidTo) <= @y", new SqlParameter("@y", year));
            foreach (DataRow r in dt.Rows)
            {
                string phone = EncryptHelper.DesDecrypt(Convert.ToString(r["BuyerPhone"]));
                list.Add(new { PlotNo = r["PlotNo"], Name = r["BuyerName"], Phone = phone, PaidTo = r["FeePaidTo"] });
                LogHelper.Debug("到期：" + r["PlotNo"] + " " + r["BuyerName"] + " " + phone);
            }
            return JsonConvert.SerializeObject(list);
        }

        /// <summary>
        /// 清明、冬至前后限流
        /// </summary>
        private static int DailyCapacity(DateTime date)
        {
            var qingming = new DateTime(date.Year, 4, date.Year % 4 == 0 ? 4 : 5);
            if (Math.Abs((date.Date - qingming).TotalDays) <= 7) return 3000;
            var dongzhi = new DateTime(date.Year, 12, 21);
            if (Math.Abs((date.Date - dongzhi).TotalDays) <= 3) return 1500;
            return date.DayOfWeek == DayOfWeek.Saturday || date.DayOfWeek == DayOfWeek.Sunday ? 800 : 400;
        }
    }
}
