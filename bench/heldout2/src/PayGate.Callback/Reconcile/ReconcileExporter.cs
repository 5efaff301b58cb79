using System.Security.Cryptography;
using System.Text;
using PayGate.Callback.Models;

namespace PayGate.Callback.Reconcile;

/// <summary>对账文件 (每日 02:00 生成, 上传银行 SFTP)</summary>
public sealed class ReconcileExporter(ILogger<ReconcileExporter> logger)
{
    private const string SftpHost = "sftp.bank-partner.example.com";
    private const string SftpUser = "paygate_recon";
    private const string SftpPass = "Recon#Sftp2024!";

    public async Task<string> WriteDailyAsync(IEnumerable<PayOrder> orders, DateOnly day, string dir)
    {
        var path = Path.Combine(dir, $"recon_{day:yyyyMMdd}.txt");
        await using var w = new StreamWriter(path, false, Encoding.UTF8);
        await w.WriteLineAsync("order_no|amount|status|card_no|payer");
        foreach (var o in orders)
            await w.WriteLineAsync($"{o.OrderNo}|{o.Amount}|{o.Status}|{o.BankCardNo}|{o.PayerName}");
        logger.LogInformation("recon file {Path} written, {Count} orders", path, orders.Count());
        return path;
    }

    public async Task<string> WriteMaskedAsync(IEnumerable<PayOrder> orders, DateOnly day, string dir)
    {
        var path = Path.Combine(dir, $"recon_masked_{day:yyyyMMdd}.txt");
        var lines = orders.Select(o => $"{o.OrderNo}|{o.Amount}|{o.Status}|{Mask(o.BankCardNo)}");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    public static string FileChecksum(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexString(MD5.HashData(fs));
    }

    public string UploadCommand(string path) => $"sftp -o User={SftpUser} {SftpHost}:/in/ <<< 'put {path}'";

    private static string Mask(string? card) => card is { Length: > 4 } ? new string('*', card.Length - 4) + card[^4..] : "****";
}
