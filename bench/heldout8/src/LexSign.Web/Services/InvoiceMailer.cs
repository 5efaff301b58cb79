using System.Net;
using System.Net.Mail;
using LexSign.Web.Models;
using log4net;

namespace LexSign.Web.Services
{
    /// <summary>Fee invoices (律师费发票) by e-mail to the client.</summary>
    public class InvoiceMailer
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(InvoiceMailer));

        public void Send(Client client, string caseNo, decimal amount, byte[] invoicePdf)
        {
            using (var smtp = new SmtpClient("smtp.mxhichina.com", 465))
            {
                smtp.EnableSsl = true;
                smtp.Credentials = new NetworkCredential("billing@lexsign.cn", "Bill#Mx2022!");

                var msg = new MailMessage("billing@lexsign.cn", client.Email)
                {
                    Subject = "律师费发票 " + caseNo,
                    Body = "尊敬的" + client.Name + "：\n附件为案件 " + caseNo + " 的律师费发票，金额 " + amount.ToString("F2") + " 元。",
                };
                msg.Attachments.Add(new Attachment(new System.IO.MemoryStream(invoicePdf), caseNo + ".pdf", "application/pdf"));

                try
                {
                    smtp.Send(msg);
                    Log.InfoFormat("invoice for {0} mailed ({1:F2})", caseNo, amount);
                }
                catch (SmtpException ex)
                {
                    Log.Error("invoice mail to " + client.Email + " (" + client.Name + ") failed", ex);
                }
            }
        }
    }
}
