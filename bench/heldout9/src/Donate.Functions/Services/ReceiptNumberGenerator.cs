using System.Security.Cryptography;
using System.Text;
using Donate.Models;

namespace Donate.Services;

/// <summary>
/// Receipt numbers "YYYYMM-000123-C": C is a check character so that a mistyped number in a phone
/// call is caught; it is not a security feature (the e-receipt platform has its own verification).
/// </summary>
public sealed class ReceiptNumberGenerator
{
    private int _seq;

    public string Next(Donation d)
    {
        var n = Interlocked.Increment(ref _seq);
        var body = $"{d.PaidAt:yyyyMM}-{n:000000}";
        var check = MD5.HashData(Encoding.ASCII.GetBytes(body))[0] % 36;
        return body + "-" + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[check];
    }
}
