using System;
using System.Data;
using System.Data.SqlClient;
using System.Runtime.Serialization;
using System.ServiceModel;
using log4net;
using Notary.Legacy.Common;

namespace Notary.Legacy.Services
{
    [DataContract]
    public class ArchiveRecord
    {
        [DataMember] public string CaseNo { get; set; }
        [DataMember] public string ApplicantName { get; set; }
        [DataMember] public string ApplicantIdCard { get; set; }
        [DataMember] public string Matter { get; set; }
        [DataMember] public DateTime ClosedAt { get; set; }
    }

    [ServiceContract]
    public interface INotaryArchiveService
    {
        [OperationContract] ArchiveRecord GetByCaseNo(string caseNo, string clientKey);
        [OperationContract] bool Archive(ArchiveRecord record, string clientKey);
    }

    /// <summary>SOAP service the provincial archive bureau's client calls nightly.</summary>
    public class NotaryArchiveService : INotaryArchiveService
    {
        private const string ClientKey = "arch-bureau-5f1e9c";
        private static readonly ILog Log = LogManager.GetLogger(typeof(NotaryArchiveService));

        public ArchiveRecord GetByCaseNo(string caseNo, string clientKey)
        {
            if (clientKey != ClientKey) throw new FaultException("unauthorized");
            var dt = DbHelper.Query("SELECT CaseNo, ApplicantName, ApplicantIdCard, Matter, ClosedAt FROM NotaryCase WHERE CaseNo = @n", new SqlParameter("@n", caseNo));
            if (dt.Rows.Count == 0) throw new FaultException("not found: " + caseNo);
            var r = dt.Rows[0];
            return new ArchiveRecord
            {
                CaseNo = (string)r["CaseNo"],
                ApplicantName = (string)r["ApplicantName"],
                ApplicantIdCard = (string)r["ApplicantIdCard"],
                Matter = (string)r["Matter"],
                ClosedAt = (DateTime)r["ClosedAt"],
            };
        }

        public bool Archive(ArchiveRecord record, string clientKey)
        {
            if (clientKey != ClientKey) throw new FaultException("unauthorized");
            try
            {
                DbHelper.Execute("UPDATE NotaryCase SET Archived = 1 WHERE CaseNo = @n", new SqlParameter("@n", record.CaseNo));
                return true;
            }
            catch (SqlException ex)
            {
                throw new FaultException("archive failed for " + record.ApplicantName + " " + record.ApplicantIdCard + ": " + ex.Message);
            }
        }
    }
}
