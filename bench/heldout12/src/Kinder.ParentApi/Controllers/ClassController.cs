using System.Configuration;
using System.Data.SqlClient;
using System.Linq;
using System.Web.Http;
using Dapper;
using Kinder.ParentApi.Filters;
using Kinder.ParentApi.Models;

namespace Kinder.ParentApi.Controllers
{
    [RoutePrefix("api/class")]
    public class ClassController : ApiController
    {
        private static string Conn => ConfigurationManager.ConnectionStrings["Kinder"].ConnectionString;

        /// <summary>班级通讯录（家长端）</summary>
        [HttpGet, Route("{className}/contacts"), ApiSign]
        public IHttpActionResult Contacts(string className)
        {
            using (var db = new SqlConnection(Conn))
            {
                var list = db.Query<Classmate>(@"select c.name ChildName, g.name GuardianName, g.mobile GuardianMobile, g.address HomeAddress
                    from child c join guardian g on g.child_id=c.id and g.is_primary=1 where c.class_name=@className", new { className }).ToList();
                return Ok(list);
            }
        }

        [HttpGet, Route("{className}/teachers")]
        public IHttpActionResult Teachers(string className)
        {
            using (var db = new SqlConnection(Conn))
            {
                var list = db.Query("select real_name, role from staff where class_name=@className and status=1", new { className });
                return Ok(list.Select(t => new { t.real_name, t.role, phone = "园区总机 0571-8888 6000" }));
            }
        }

        [HttpGet, Route("{className}/birthdays")]
        public IHttpActionResult Birthdays(string className, int month)
        {
            using (var db = new SqlConnection(Conn))
            {
                var list = db.Query("select name, day(birth_date) d from child where class_name=@className and month(birth_date)=@month", new { className, month });
                return Ok(list);
            }
        }
    }
}
