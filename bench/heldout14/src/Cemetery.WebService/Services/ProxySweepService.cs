using System;
using System.Collections.Generic;
using System.Data;
using System.Data.SqlClient;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Web;

namespace Cemetery.WebService
{
    /// <summary>
    /// 代祭扫服务：家属在官网下单，园区工作人员代为献花、擦碑、拍照回传
    /// </summary>
    public class ProxySweepService
    {
        public int CreateOrder(string plotNo, string contactName, string contactPhone, string wechatOpenId, string package, string message)
        {
            object id = DbHelperSQL.GetSingle(
                "insert into SweepOrder(PlotNo,ContactName,ContactPhone,OpenId,Package,Message,Status,CreateTime) values(@p,@n,@m,@o,@k,@msg,0,getdate()); select scope_identity();",
                new SqlParameter("@p", plotNo), new SqlParameter("@n", contactName), new SqlParameter("@m", contactPhone),
                new SqlParameter("@o", wechatOpenId ?? ""), new SqlParameter("@k", package), new SqlParameter("@msg", message ?? ""));
            LogHelper.Info("代祭扫下单 墓位:" + plotNo + " 联系人:" + contactName + " 电话:" + contactPhone);
            return Convert.ToInt32(id);
        }

        /// <summary>
        /// 工作人员当日任务单（打印，贴在工具间）
        /// </summary>
        public string PrintTaskSheet(DateTime date)
        {
            DataTable dt = DbHelperSQL.Query("select Id, PlotNo, Package, Message, ContactName, ContactPhone from SweepOrder where Status=0 and cast(CreateTime as date)<=@d", new SqlParameter("@d", date.Date));
            StringBuilder sb = new StringBuilder();
            sb.AppendLine("代祭扫任务单 " + date.ToString("yyyy-MM-dd"));
            foreach (DataRow r in dt.Rows)
            {
                sb.AppendLine(r["Id"] + "\t" + r["PlotNo"] + "\t" + r["Package"] + "\t" + r["Message"]);
            }
            string file = HttpContext.Current.Server.MapPath("~/App_Data/task_" + date.ToString("yyyyMMdd") + ".txt");
            File.WriteAllText(file, sb.ToString(), Encoding.UTF8);
            return file;
        }

        /// <summary>
        /// 完成后回传照片，给家属发微信模板消息
        /// </summary>
        public void Complete(int orderId, string photoUrl)
        {
            DataTable dt = DbHelperSQL.Query("select ContactName, ContactPhone, OpenId, PlotNo from SweepOrder where Id=@id", new SqlParameter("@id", orderId));
            if (dt.Rows.Count == 0)
            {
                LogHelper.Info("代祭扫订单不存在：" + orderId);
                return;
            }
            DataRow r = dt.Rows[0];
            DbHelperSQL.ExecuteSql("update SweepOrder set Status=1, PhotoUrl=@u, FinishTime=getdate() where Id=@id",
                new SqlParameter("@u", photoUrl), new SqlParameter("@id", orderId));
            WeChatTemplate.Send(Convert.ToString(r["OpenId"]), "代祭扫已完成", Convert.ToString(r["PlotNo"]), photoUrl);
            LogHelper.Debug(string.Format("代祭扫完成 订单{0} 通知 {1}/{2}/{3}", orderId, r["ContactName"], r["ContactPhone"], r["OpenId"]));
        }

        /// <summary>
        /// 家属留言墙（官网匿名可看）
        /// </summary>
        public List<object> MessageWall(string plotNo)
        {
            DataTable dt = DbHelperSQL.Query("select ContactName, ContactPhone, Message, CreateTime from SweepOrder where PlotNo=@p order by CreateTime desc", new SqlParameter("@p", plotNo));
            List<object> list = new List<object>();
            foreach (DataRow r in dt.Rows)
            {
                list.Add(new { name = r["ContactName"], phone = r["ContactPhone"], message = r["Message"], time = r["CreateTime"] });
            }
            return list;
        }

        /// <summary>
        /// 家属留言墙（只显示姓氏）
        /// </summary>
        public List<object> MessageWallMasked(string plotNo)
        {
            DataTable dt = DbHelperSQL.Query("select ContactName, Message, CreateTime from SweepOrder where PlotNo=@p order by CreateTime desc", new SqlParameter("@p", plotNo));
            List<object> list = new List<object>();
            foreach (DataRow r in dt.Rows)
            {
                string name = Convert.ToString(r["ContactName"]);
                list.Add(new { name = name.Length > 0 ? name.Substring(0, 1) + "**" : "", message = r["Message"], time = r["CreateTime"] });
            }
            return list;
        }

        /// <summary>
        /// 照片缓存文件名
        /// </summary>
        public static string CacheName(string url)
        {
            using (MD5 md5 = MD5.Create())
            {
                return BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(url))).Replace("-", "") + ".jpg";
            }
        }
    }

    public static class WeChatTemplate
    {
        private const string AppId = "wx3b7e9c1d5f2a8046";
        private const string AppSecret = "e4a1c7f9b2d85e3a6c0f1b9d7e2a4c8f";

        public static void Send(string openId, string title, string plotNo, string url)
        {
            string token = GetAccessToken();
            string body = "{\"touser\":\"" + openId + "\",\"template_id\":\"Qx7_sweep_done\",\"url\":\"" + url + "\",\"data\":{\"first\":{\"value\":\"" + title + "\"},\"keyword1\":{\"value\":\"" + plotNo + "\"}}}";
            using (System.Net.WebClient wc = new System.Net.WebClient())
            {
                wc.Headers["Content-Type"] = "application/json";
                wc.UploadString("https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=" + token, body);
            }
        }

        private static string GetAccessToken()
        {
            using (System.Net.WebClient wc = new System.Net.WebClient())
            {
                string json = wc.DownloadString("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=" + AppId + "&secret=" + AppSecret);
                int i = json.IndexOf("\"access_token\":\"", StringComparison.Ordinal) + 16;
                return json.Substring(i, json.IndexOf('"', i) - i);
            }
        }
    }
}
