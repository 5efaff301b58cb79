using System.Text;

namespace LaneAgent.Local;

/// <summary>
/// When the centre refuses a vehicle (blacklist, unpaid), the booth attendant needs to see why;
/// the panel reads this journal.
/// </summary>
public sealed class RejectJournal
{
    private const string JournalPath = "/var/lib/laneagent/rejects.log";

    public void Append(string plate, string reason, string? ownerName, string? ownerMobile)
    {
        var line = $"{DateTime.Now:yyyy-MM-dd HH:mm:ss}\t{plate}\t{reason}\t{ownerName}\t{ownerMobile}{Environment.NewLine}";
        File.AppendAllText(JournalPath, line, Encoding.UTF8);
    }

    public IEnumerable<string> Tail(int n) =>
        File.Exists(JournalPath) ? File.ReadLines(JournalPath).TakeLast(n) : Enumerable.Empty<string>();

    /// <summary>Rotates the journal once it passes 5 MB; old copies are deleted after 7 days.</summary>
    public void Rotate()
    {
        var fi = new FileInfo(JournalPath);
        if (fi.Exists && fi.Length > 5 * 1024 * 1024)
        {
            fi.MoveTo(JournalPath + "." + DateTime.Now.ToString("yyyyMMddHHmm"));
        }
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(JournalPath)!, "rejects.log.*"))
        {
            if (File.GetLastWriteTime(old) < DateTime.Now.AddDays(-7))
            {
                File.Delete(old);
            }
        }
    }
}
