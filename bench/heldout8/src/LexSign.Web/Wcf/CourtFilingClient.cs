using System;
using System.Runtime.Serialization;
using System.ServiceModel;
using System.ServiceModel.Security;
using log4net;

namespace LexSign.Web.Wcf
{
    [ServiceContract(Namespace = "http://court.gov.cn/efiling/2018")]
    public interface ICourtFilingService
    {
        [OperationContract]
        FilingReceipt Submit(FilingPackage package);

        [OperationContract]
        string QueryStatus(string receiptNo);
    }

    [DataContract]
    public class FilingPackage
    {
        [DataMember] public string CourtCode { get; set; }
        [DataMember] public string CaseType { get; set; }
        [DataMember] public string PlaintiffName { get; set; }
        [DataMember] public string PlaintiffIdNo { get; set; }
        [DataMember] public string DefendantName { get; set; }
        [DataMember] public string DefendantIdNo { get; set; }
        [DataMember] public string AgentLawyerLicenseNo { get; set; }
        [DataMember] public byte[] ComplaintPdf { get; set; }
    }

    [DataContract]
    public class FilingReceipt
    {
        [DataMember] public string ReceiptNo { get; set; }
        [DataMember] public string Status { get; set; }
    }

    /// <summary>The provincial court e-filing gateway (SOAP, WS-Security username token).</summary>
    public class CourtFilingClient : ClientBase<ICourtFilingService>, ICourtFilingService
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(CourtFilingClient));

        public CourtFilingClient()
            : base("CourtFilingEndpoint")
        {
            ClientCredentials.UserName.UserName = "lexsign_law_0571";
            ClientCredentials.UserName.Password = "Efile#Lx2021!zj";
            ClientCredentials.ServiceCertificate.SslCertificateAuthentication = new X509ServiceCertificateAuthentication
            {
                CertificateValidationMode = System.ServiceModel.Security.X509CertificateValidationMode.ChainTrust,
            };
        }

        public FilingReceipt Submit(FilingPackage package)
        {
            Log.InfoFormat("filing to {0}: {1} v {2}", package.CourtCode, package.PlaintiffName, package.DefendantName);
            try
            {
                var receipt = Channel.Submit(package);
                Log.InfoFormat("filing accepted, receipt {0}", receipt.ReceiptNo);
                return receipt;
            }
            catch (FaultException ex)
            {
                Log.Error("court rejected filing for defendant " + package.DefendantName + " (" + package.DefendantIdNo + ")", ex);
                throw;
            }
        }

        public string QueryStatus(string receiptNo) => Channel.QueryStatus(receiptNo);
    }
}
