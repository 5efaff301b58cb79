using System;
using System.Data.SqlClient;
using System.Web.Http;
using Notary.Legacy.Common;

namespace Notary.Legacy.Api
{
    /// <summary>Public certificate verification (公证书查验) used by embassies and banks.</summary>
    [RoutePrefix("api/verify")]
    public class VerifyController : ApiController
    {
        [HttpGet, Route("{certNo}")]
        public IHttpActionResult Get(string certNo, string code)
        {
            var dt = DbHelper.Query("SELECT CertNo, IssuedAt, Kind, ApplicantName, ApplicantIdCard, ApplicantBirth FROM Certificate WHERE CertNo = @n", new SqlParameter("@n", certNo));
            if (dt.Rows.Count == 0) return NotFound();
            var r = dt.Rows[0];
            if (SecurityHelper.CertificateCode(certNo, (DateTime)r["IssuedAt"]) != code)
                return BadRequest("查验码错误");
            return Ok(new
            {
                certNo = r["CertNo"],
                issuedAt = r["IssuedAt"],
                kind = r["Kind"],
                applicant = r["ApplicantName"],
                idCard = r["ApplicantIdCard"],
                birth = r["ApplicantBirth"],
            });
        }

        [HttpGet, Route("status/{certNo}")]
        public IHttpActionResult Status(string certNo)
        {
            var dt = DbHelper.Query("SELECT Revoked FROM Certificate WHERE CertNo = @n", new SqlParameter("@n", certNo));
            return dt.Rows.Count == 0 ? (IHttpActionResult)NotFound() : Ok(new { certNo, revoked = (bool)dt.Rows[0]["Revoked"] });
        }
    }
}
