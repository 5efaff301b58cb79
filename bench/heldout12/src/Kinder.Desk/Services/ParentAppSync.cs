using System;
using System.Net.Http;
using System.Text;
using Kinder.Desk.Common;
using Newtonsoft.Json;

namespace Kinder.Desk.Services
{
    public class ParentAppSync
    {
        private static readonly HttpClient Http = new HttpClient();

        public void PushChild(string name, string idCardNo, string guardian, string guardianMobile)
        {
            var body = JsonConvert.SerializeObject(new { name, idCardNo, guardian, guardianMobile });
            var req = new HttpRequestMessage(HttpMethod.Post, AppConfig.ParentApiBase + "sync/child")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json")
            };
            req.Headers.Add("X-Token", AppConfig.ParentApiToken);
            var resp = Http.SendAsync(req).Result;
            if (!resp.IsSuccessStatusCode)
                LogHelper.Warn("同步失败 " + body);
        }

        public void NotifyGuardian(int childId, string text)
        {
            var body = JsonConvert.SerializeObject(new { childId, text });
            var req = new HttpRequestMessage(HttpMethod.Post, AppConfig.ParentApiBase + "notify")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json")
            };
            req.Headers.Add("X-Token", "xty_9c2f7e1a4b6d8035");
            Http.SendAsync(req).Wait();
        }
    }
}
