using System;
using System.Configuration;
using System.Data.SqlClient;
using System.IO;
using System.Net;
using System.Text;
using Newtonsoft.Json;

namespace Cemetery.WebService
{
    public class BurialService
    {
        public int SaveBuyer(string name, string idCard, string phone, string address)
        {
            object id = DbHelperSQL.GetSingle(
                "insert into Buyer(BuyerName,BuyerIdCard,BuyerPhone,Address,CreateTime) values(@n,@i,@p,@a,getdate()); select scope_identity();",
                new SqlParameter("@n", name),
                new SqlParameter("@i", EncryptHelper.DesEncrypt(idCard)),
                new SqlParameter("@p", EncryptHelper.DesEncrypt(phone)),
                new SqlParameter("@a", address));
            return Convert.ToInt32(id);
        }

        public void SellPlot(string plotNo, int buyerId)
        {
            int n = DbHelperSQL.ExecuteSql("update Plot set BuyerId=@b, Status=1, SoldTime=getdate() where PlotNo=@p and Status=0",
                new SqlParameter("@b", buyerId), new SqlParameter("@p", plotNo));
            if (n == 0) throw new InvalidOperationException("墓位 " + plotNo + " 不存在或已售出");
        }

        public void Bury(string plotNo, string name, string idCard, DateTime deathDate, string deathCertNo)
        {
            DbHelperSQL.ExecuteSql(
                "insert into Deceased(PlotId,Name,IdCard,DeathDate,DeathCertNo) select Id,@n,@i,@d,@c from Plot where PlotNo=@p",
                new SqlParameter("@n", name), new SqlParameter("@i", EncryptHelper.DesEncrypt(idCard)),
                new SqlParameter("@d", deathDate), new SqlParameter("@c", deathCertNo), new SqlParameter("@p", plotNo));
        }

        /// <summary>
        /// 殡葬信息上报民政局（对方是 asmx，用 HTTP POST 调）
        /// </summary>
        public void ReportToCivilAffairs(string plotNo, string name, string idCard, string deathCertNo)
        {
            string url = ConfigurationManager.AppSettings["CivilAffairsUrl"] + "/ReportBurial";
            string user = ConfigurationManager.AppSettings["CivilAffairsUser"];
            string pwd = ConfigurationManager.AppSettings["CivilAffairsPwd"];
            string ts = DateTime.Now.ToString("yyyyMMddHHmmss");
            string body = JsonConvert.SerializeObject(new { plotNo, name, idCard, deathCertNo });
            string data = "user=" + user + "&pwd=" + pwd + "&ts=" + ts + "&sign=" + EncryptHelper.CivilSign(user, ts, body) + "&data=" + Uri.EscapeDataString(body);

            HttpWebRequest req = (HttpWebRequest)WebRequest.Create(url);
            req.Method = "POST";
            req.ContentType = "application/x-www-form-urlencoded";
            byte[] buf = Encoding.UTF8.GetBytes(data);
            req.ContentLength = buf.Length;
            using (Stream s = req.GetRequestStream()) s.Write(buf, 0, buf.Length);
            using (HttpWebResponse resp = (HttpWebResponse)req.GetResponse())
            using (StreamReader sr = new StreamReader(resp.GetResponseStream()))
            {
                string result = sr.ReadToEnd();
                if (!result.Contains("\"code\":0"))
                {
                    LogHelper.Error("民政上报失败：" + data + " 返回：" + result);
                }
            }
        }

        /// <summary>
        /// 墓位管理费：按面积和年限
        /// </summary>
        public decimal ManagementFee(decimal area, int years, bool isDouble)
        {
            decimal perYear = area <= 1m ? 120m : area <= 2m ? 200m : 200m + (area - 2m) * 100m;
            if (isDouble) perYear *= 1.5m;
            decimal total = perYear * years;
            if (years >= 20) total *= 0.85m;
            else if (years >= 10) total *= 0.9m;
            return Math.Round(total, 2);
        }
    }

    public static class SmsHelper
    {
        public static void Send(string phone, string content)
        {
            string user = ConfigurationManager.AppSettings["SmsUser"];
            string pwd = EncryptHelper.MD5(ConfigurationManager.AppSettings["SmsPwd"] ?? "");
            string url = "http://sms.example-isp.com/send.aspx?user=" + user + "&pwd=" + pwd + "&mobile=" + phone + "&content=" + Uri.EscapeDataString(content);
            try
            {
                using (WebClient wc = new WebClient()) wc.DownloadString(url);
            }
            catch (Exception ex)
            {
                LogHelper.Error("短信发送失败 " + phone + " " + content, ex);
            }
        }
    }
}
