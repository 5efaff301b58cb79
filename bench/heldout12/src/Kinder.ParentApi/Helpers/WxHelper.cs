using System;
using System.Collections.Generic;
using System.Configuration;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Kinder.ParentApi.Helpers
{
    public static class WxHelper
    {
        public static readonly string AppId = ConfigurationManager.AppSettings["WxAppId"];
        public static readonly string PayKey = ConfigurationManager.AppSettings["WxPayKey"];

        /// <summary>JS-SDK 签名：sha1(jsapi_ticket=...&noncestr=...&timestamp=...&url=...)</summary>
        public static string JsSdkSignature(string ticket, string nonce, long ts, string url)
        {
            var raw = $"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}";
            using (var sha1 = SHA1.Create())
            {
                return BitConverter.ToString(sha1.ComputeHash(Encoding.UTF8.GetBytes(raw))).Replace("-", "").ToLower();
            }
        }

        /// <summary>微信支付 V2 MD5 签名</summary>
        public static string PaySign(IDictionary<string, string> p)
        {
            var s = string.Join("&", p.Where(kv => !string.IsNullOrEmpty(kv.Value) && kv.Key != "sign").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
            s += "&key=" + PayKey;
            using (var md5 = MD5.Create())
            {
                return BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(s))).Replace("-", "");
            }
        }
    }
}
