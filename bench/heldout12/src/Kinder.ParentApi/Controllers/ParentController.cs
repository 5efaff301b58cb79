using System;
using System.Configuration;
using System.Data.SqlClient;
using System.Linq;
using System.Security.Cryptography;
using System.Web.Http;
using Dapper;
using Kinder.ParentApi.Filters;
using Kinder.ParentApi.Helpers;
using Kinder.ParentApi.Models;
using NLog;

namespace Kinder.ParentApi.Controllers
{
    [RoutePrefix("api/parent")]
    public class ParentController : ApiController
    {
        private static readonly Logger Log = LogManager.GetCurrentClassLogger();
        private static string Conn => ConfigurationManager.ConnectionStrings["Kinder"].ConnectionString;

        [HttpPost, Route("login")]
        public IHttpActionResult Login(LoginRequest req)
        {
            using (var db = new SqlConnection(Conn))
            {
                var p = db.QueryFirstOrDefault<Parent>("select * from parent where mobile=@Mobile", new { req.Mobile });
                if (p == null || p.PwdHash != SecurityHelper.HashPassword(req.Password))
                {
                    Log.Warn("parent login failed mobile={0}", req.Mobile);
                    return Content(System.Net.HttpStatusCode.Unauthorized, new { code = 401, msg = "手机号或密码错误" });
                }
                Log.Info("parent {0} login", p.Id);
                return Ok(new { p.Id, p.Name, token = Guid.NewGuid().ToString("N") });
            }
        }

        [HttpPost, Route("register")]
        public IHttpActionResult Register(LoginRequest req, string inviteCode)
        {
            using (var db = new SqlConnection(Conn))
            {
                var invited = db.ExecuteScalar<int>("select count(*) from invite where code=@inviteCode and mobile=@Mobile and used=0", new { inviteCode, req.Mobile });
                if (invited == 0) return BadRequest("邀请码无效");
                db.Execute("insert into parent(mobile, pwd_hash) values(@m, @h)", new { m = req.Mobile, h = SecurityHelper.HashPassword(req.Password) });
                return Ok();
            }
        }

        [HttpPost, Route("invite"), ApiSign]
        public IHttpActionResult Invite(string mobile)
        {
            var code = SecurityHelper.NewInviteCode(mobile);
            using (var db = new SqlConnection(Conn))
                db.Execute("insert into invite(code, mobile, used) values(@code, @mobile, 0)", new { code, mobile });
            Log.Info("invite {0} for {1}", code, mobile);
            return Ok(new { code });
        }

        [HttpGet, Route("child/{id:int}"), ApiSign]
        public IHttpActionResult Child(int id, int parentId)
        {
            using (var db = new SqlConnection(Conn))
            {
                var own = db.ExecuteScalar<int>("select count(*) from guardian g join parent p on p.mobile=g.mobile where g.child_id=@id and p.id=@parentId", new { id, parentId });
                if (own == 0) return Unauthorized();
                var c = db.QueryFirstOrDefault<ChildInfo>("select * from child where id=@id", new { id });
                return Ok(c);
            }
        }

        [HttpPost, Route("child/{id:int}/idcard"), ApiSign]
        public IHttpActionResult UpdateIdCard(int id, string idCardNo)
        {
            if (string.IsNullOrEmpty(idCardNo) || idCardNo.Length != 18)
                throw new ArgumentException("身份证号不正确: " + idCardNo);
            using (var db = new SqlConnection(Conn))
                db.Execute("update child set id_card_no=@idCardNo where id=@id", new { id, idCardNo });
            return Ok();
        }

        [HttpPost, Route("paypin"), ApiSign]
        public IHttpActionResult SetPayPin(int parentId, string pin)
        {
            var salt = new byte[16];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(salt);
            var hash = SecurityHelper.DerivePin(pin, salt);
            using (var db = new SqlConnection(Conn))
                db.Execute("update parent set pay_pin_hash=@hash, pay_pin_salt=@s where id=@parentId", new { hash, s = Convert.ToBase64String(salt), parentId });
            Log.Debug("pay pin set for {0}: {1}", parentId, pin);
            return Ok();
        }
    }
}
