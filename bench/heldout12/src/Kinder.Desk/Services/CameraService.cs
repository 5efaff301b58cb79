using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using Kinder.Desk.Common;

namespace Kinder.Desk.Services
{
    /// <summary>海康 NVR：教室直播（家长端）与抓图</summary>
    public class CameraService
    {
        public void OpenLive(int channel)
        {
            var url = $"rtsp://{AppConfig.NvrUser}:{AppConfig.NvrPassword}@{AppConfig.NvrHost}:554/Streaming/Channels/{channel}01";
            Process.Start("ffplay", url);
        }

        public string ParentLiveUrl(int classroom)
        {
            // 推给家长 App 的直播地址（旧版 H5 播放器不支持鉴权头）
            return "rtsp://viewer:Kg_live2020@live.xtykg.cn:8554/class" + classroom;
        }

        public byte[] Snapshot(int channel)
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("admin", "hik12345")
            };
            using (var http = new HttpClient(handler))
            {
                var img = http.GetByteArrayAsync($"http://{AppConfig.NvrHost}/ISAPI/Streaming/channels/{channel}01/picture").Result;
                LogHelper.Info($"snapshot ch{channel} {img.Length} bytes md5={EncryptUtil.FileMd5(img)}");
                return img;
            }
        }
    }
}
