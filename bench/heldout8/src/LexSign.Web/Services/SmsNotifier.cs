using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using log4net;

namespace LexSign.Web.Services
{
    /// <summary>Hearing reminders by SMS (Aliyun SMS, RPC signature v1).</summary>
    public class SmsNotifier
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(SmsNotifier));
        private static readonly HttpClient Http = new HttpClient();

        private const string AccessKeyId = "LTAI5tQm8rNw3XkYpZ2hDvFa";
        private const string AccessKeySecret = "mK7pQ2xW9vB4nT6yR1sL8dF3gH5jZ0cA";

        public async Task RemindHearingAsync(string mobile, string clientName, string caseNo, DateTime hearingAt, string court)
        {
            var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["AccessKeyId"] = AccessKeyId,
                ["Action"] = "SendSms",
                ["Format"] = "JSON",
                ["PhoneNumbers"] = mobile,
                ["RegionId"] = "cn-hangzhou",
                ["SignName"] = "律签",
                ["SignatureMethod"] = "HMAC-SHA1",
                ["SignatureNonce"] = Guid.NewGuid().ToString(),
                ["SignatureVersion"] = "1.0",
                ["TemplateCode"] = "SMS_270815533",
                ["TemplateParam"] = "{\"name\":\"" + clientName + "\",\"case\":\"" + caseNo + "\",\"time\":\"" + hearingAt.ToString("MM月dd日HH:mm") + "\",\"court\":\"" + court + "\"}",
                ["Timestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
                ["Version"] = "2017-05-25",
            };

            var query = string.Join("&", p.Select(kv => Enc(kv.Key) + "=" + Enc(kv.Value)));
            var toSign = "GET&%2F&" + Enc(query);
            string signature;
            using (var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(AccessKeySecret + "&")))
            {
                signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
            }

            var resp = await Http.GetStringAsync("https://dysmsapi.aliyuncs.com/?Signature=" + Enc(signature) + "&" + query);
            if (!resp.Contains("\"Code\":\"OK\""))
            {
                Log.Error("hearing reminder failed for " + clientName + " " + mobile + ": " + resp);
            }
        }

        private static string Enc(string s) =>
            Uri.EscapeDataString(s).Replace("+", "%20").Replace("*", "%2A").Replace("%7E", "~");
    }
}
