using System.Net;
using System.Text;

namespace Hrm.Payroll.Worker.Services;

/// <summary>
/// Uploads the payroll batch file to the bank's FTPS drop box and notifies finance.
/// </summary>
public sealed class BankFileUploader(ILogger<BankFileUploader> logger)
{
    private const string FtpHost = "ftps://upload.bank-example.com.cn/payroll/";

    public async Task UploadAsync(string localPath)
    {
#pragma warning disable SYSLIB0014
        var request = (FtpWebRequest)WebRequest.Create(FtpHost + Path.GetFileName(localPath));
#pragma warning restore SYSLIB0014
        request.Method = WebRequestMethods.Ftp.UploadFile;
        request.EnableSsl = true;
        request.Credentials = new NetworkCredential("hrm_corp_0178", "Ftp!Bank#2023q4");
        await using (var stream = await request.GetRequestStreamAsync())
        await using (var file = File.OpenRead(localPath))
        {
            await file.CopyToAsync(stream);
        }
        using var response = (FtpWebResponse)await request.GetResponseAsync();
        logger.LogInformation("Uploaded {File}: {Status}", Path.GetFileName(localPath), response.StatusDescription);
    }

    public async Task NotifyFinanceAsync(string batchNo, int count, decimal total)
    {
        using var http = new HttpClient();
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("finance-bot:Fb0t-Notify-2023"));
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", basic);
        var text = $"工资批次 {batchNo} 已上传，共 {count} 人，合计 {total:F2} 元";
        await http.PostAsync("https://oapi.dingtalk.com/robot/send?access_token=3f9a1c7e5b2d8f4a6c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a",
            new StringContent($"{{\"msgtype\":\"text\",\"text\":{{\"content\":\"{text}\"}}}}", Encoding.UTF8, "application/json"));
    }
}
