using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// The QR code printed on the booking confirmation; the check-in kiosk scans it. The code is the
/// queue number, the day and a check value, so people cannot print their own earlier number.
/// </summary>
public static class QueueTicket
{
    private const string TicketSalt = "smzx-queue-2021";

    public static string Encode(string queueNumber, DateOnly day, long appointmentId)
    {
        var check = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{queueNumber}{day:yyyyMMdd}{appointmentId}{TicketSalt}")))[..10];
        return $"GH1:{appointmentId}:{queueNumber}:{day:yyyyMMdd}:{check}";
    }

    public static bool TryDecode(string text, out long appointmentId, out string queueNumber)
    {
        appointmentId = 0;
        queueNumber = "";
        var parts = text.Split(':');
        if (parts.Length != 5 || parts[0] != "GH1" || !long.TryParse(parts[1], out appointmentId))
        {
            return false;
        }

        queueNumber = parts[2];
        var day = DateOnly.ParseExact(parts[3], "yyyyMMdd");
        return Encode(queueNumber, day, appointmentId) == text;
    }

    /// <summary>Colour of the ticket header by service group, stable across days.</summary>
    public static string HeaderColour(string serviceCode)
    {
        var h = MD5.HashData(Encoding.UTF8.GetBytes(serviceCode));
        return $"#{h[0]:x2}{h[1]:x2}{h[2]:x2}";
    }
}
