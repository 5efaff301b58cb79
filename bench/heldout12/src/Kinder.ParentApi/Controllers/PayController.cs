using System;
using System.Collections.Generic;
using System.Configuration;
using System.Data.SqlClient;
using System.Web.Http;
using Dapper;
using Kinder.ParentApi.Filters;
using Kinder.ParentApi.Helpers;
using Kinder.ParentApi.Models;
using NLog;

namespace Kinder.ParentApi.Controllers
{
    [RoutePrefix("api/pay")]
    public class PayController : ApiController
    {
        private static readonly Logger Log = LogManager.GetCurrentClassLogger();
        private static string Conn => ConfigurationManager.ConnectionStrings["Kinder"].ConnectionString;

        [HttpPost, Route("tuition"), ApiSign]
        public IHttpActionResult Tuition(PayRequest req, int parentId)
        {
            using (var db = new SqlConnection(Conn))
            {
                var p = db.QueryFirst<Parent>("select * from parent where id=@parentId", new { parentId });
                var ok = SecurityHelper.DerivePin(req.Pin, Convert.FromBase64String(p.PayPinSalt)) == p.PayPinHash;
                if (!ok)
                {
                    Log.Warn("wrong pay pin {0} for parent {1}", req.Pin, parentId);
                    return BadRequest("支付密码错误");
                }
                var fee = db.ExecuteScalar<decimal>("select amount from tuition_bill where child_id=@ChildId and month=@Month", req);
                var p2 = new Dictionary<string, string>
                {
                    ["appid"] = WxHelper.AppId,
                    ["mch_id"] = ConfigurationManager.AppSettings["WxMchId"],
                    ["nonce_str"] = Guid.NewGuid().ToString("N"),
                    ["body"] = "保育费-" + req.Month,
                    ["out_trade_no"] = $"T{req.ChildId}{req.Month.Replace("-", "")}",
                    ["total_fee"] = ((int)(fee * 100)).ToString(),
                    ["trade_type"] = "JSAPI",
                    ["openid"] = p.OpenId,
                    ["notify_url"] = "https://api.xtykg.cn/api/pay/notify"
                };
                p2["sign"] = WxHelper.PaySign(p2);
                Log.Info("tuition order {0} amount {1}", p2["out_trade_no"], fee);
                return Ok(p2);
            }
        }
    }
}
