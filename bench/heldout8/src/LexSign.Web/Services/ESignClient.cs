using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using LexSign.Web.Models;
using log4net;
using Newtonsoft.Json;

namespace LexSign.Web.Services
{
    /// <summary>Client for the e-signature open platform (v3 API, HMAC-SHA256 request signatures).</summary>
    public class ESignClient
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(ESignClient));

        private const string AppId = "7438920153";
        private const string AppSecret = "c4b7e19f0a2d4f6e8b3c5a7d9e1f2a4b";
        private const string BaseUrl = "https://openapi.esign.cn";

        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };

        public async Task<string> StartFlowAsync(SignRequest req)
        {
            var fileId = await UploadAsync(req.DocumentName, req.Pdf);
            var payload = JsonConvert.SerializeObject(new
            {
                docs = new[] { new { fileId, fileName = req.DocumentName } },
                signFlowConfig = new { signFlowTitle = req.DocumentName, autoFinish = true },
                signers = req.Signers.ConvertAll(s => new
                {
                    signerType = 0,
                    psnSignerInfo = new { psnAccount = s.Phone, psnInfo = new { psnName = s.Name, psnIDCardNum = s.IdNo } },
                }),
            });

            var resp = await SendAsync(HttpMethod.Post, "/v3/sign-flow/create-by-file", payload);
            Log.DebugFormat("create-by-file for case {0}: {1}", req.CaseId, resp);
            return (string)Newtonsoft.Json.Linq.JObject.Parse(resp)["data"]["signFlowId"];
        }

        private async Task<string> UploadAsync(string name, byte[] pdf)
        {
            // The platform requires Content-MD5 (base64 of the MD5 of the file) on the upload URL request.
            string contentMd5;
            using (var md5 = MD5.Create())
            {
                contentMd5 = Convert.ToBase64String(md5.ComputeHash(pdf));
            }

            var body = JsonConvert.SerializeObject(new { contentMd5, contentType = "application/pdf", fileName = name, fileSize = pdf.Length });
            var resp = await SendAsync(HttpMethod.Post, "/v3/files/file-upload-url", body);
            var json = Newtonsoft.Json.Linq.JObject.Parse(resp);
            using (var put = new HttpRequestMessage(HttpMethod.Put, (string)json["data"]["fileUploadUrl"]) { Content = new ByteArrayContent(pdf) })
            {
                put.Content.Headers.Add("Content-MD5", contentMd5);
                put.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
                (await Http.SendAsync(put)).EnsureSuccessStatusCode();
            }

            return (string)json["data"]["fileId"];
        }

        private async Task<string> SendAsync(HttpMethod method, string path, string body)
        {
            var ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
            string bodyMd5;
            using (var md5 = MD5.Create())
            {
                bodyMd5 = Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(body)));
            }

            var toSign = method.Method + "\n*/*\n" + bodyMd5 + "\napplication/json; charset=UTF-8\n\n" + path;
            var req = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            req.Headers.Add("X-Tsign-Open-App-Id", AppId);
            req.Headers.Add("X-Tsign-Open-Auth-Mode", "Signature");
            req.Headers.Add("X-Tsign-Open-Ca-Timestamp", ts);
            req.Headers.Add("X-Tsign-Open-Ca-Signature", Hmac(toSign));
            req.Content.Headers.Add("Content-MD5", bodyMd5);
            var resp = await Http.SendAsync(req);
            return await resp.Content.ReadAsStringAsync();
        }

        public static bool VerifyCallback(string timestamp, string body, string signature)
        {
            var expected = Hmac(timestamp + body);
            return string.Equals(expected, signature, StringComparison.OrdinalIgnoreCase);
        }

        private static string Hmac(string data)
        {
            using (var h = new HMACSHA256(Encoding.UTF8.GetBytes(AppSecret)))
            {
                return Convert.ToBase64String(h.ComputeHash(Encoding.UTF8.GetBytes(data)));
            }
        }
    }
}
