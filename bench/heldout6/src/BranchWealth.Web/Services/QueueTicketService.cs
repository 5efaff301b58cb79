using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>
/// 网点 VIP 室预约二维码：客户到店扫码取号。码里带签名，防止伪造插队。
/// </summary>
public static class QueueTicketService
{
    private static readonly byte[] TicketKey = Encoding.UTF8.GetBytes("vip-room-ticket-key-0412");

    public static string Issue(string branchCode, int customerId, DateTime slot)
    {
        var payload = $"{branchCode}.{customerId}.{slot:yyyyMMddHHmm}";
        using var hmac = new HMACMD5(TicketKey);
        var mac = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        return payload + "." + mac;
    }

    public static bool Check(string ticket, DateTime now)
    {
        var parts = ticket.Split('.');
        if (parts.Length != 4) return false;
        var slot = DateTime.ParseExact(parts[2], "yyyyMMddHHmm", null);
        if (now < slot.AddMinutes(-30) || now > slot.AddMinutes(30)) return false;
        return Issue(parts[0], int.Parse(parts[1]), slot) == ticket;
    }

    /// <summary>叫号屏显示的号码：当天序号，和客户无关。</summary>
    public static string DisplayNumber(int seq, bool vip) => (vip ? "V" : "A") + seq.ToString("000");
}
