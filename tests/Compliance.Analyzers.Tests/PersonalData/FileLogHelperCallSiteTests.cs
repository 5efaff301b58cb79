namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, twelfth session (branch pii8): a static log class of the code's own that writes its log file itself
/// (<c>lock</c> around <c>File.AppendAllText</c>, a <c>using</c> writer in a <c>try</c>) is a log helper too, and so is its
/// public <c>Info</c> that hands the line to its private <c>Write</c> (two levels). A call passing a volunteer's name,
/// mobile or ID card number into it is reported at the call; an id, a masked mobile, or a helper that only stores a file
/// and is not named for logging (an export's own save) stay silent.
/// </summary>
public class FileLogHelperCallSiteTests
{
    [Fact]
    public Task A_call_into_a_log_class_that_appends_to_its_own_file_is_reported_at_the_call()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.Diagnostics;
using System.IO;
using System.Text;
public class Volunteer { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; }
public static class ShelterLog
{
    private static readonly object Sync = new object();
    public static string Folder { get; set; } = ""logs"";
    public static void Note(string topic, string text)
    {
        var line = DateTime.Now.ToString(""HH:mm"") + "" ["" + topic + ""] "" + text;
        lock (Sync)
        {
            Directory.CreateDirectory(Folder);
            File.AppendAllText(Path.Combine(Folder, ""shelter.log""), line + Environment.NewLine, Encoding.UTF8);
        }
    }
    public static void Info(string text) => Write(""INFO"", text);
    private static void Write(string level, string text)
    {
        try
        {
            using (var w = new StreamWriter(Path.Combine(Folder, ""app.log""), true))
            {
                w.WriteLine(level + "" "" + text);
            }
        }
        catch (IOException)
        {
        }
    }
}
public static class RosterStore
{
    // not named for logging: a file this code keeps, judged where it is written
    public static void Save(string path, string content)
    {
        lock (typeof(RosterStore)) { File.AppendAllText(path, content); }
    }
}
public class Intake
{
    public void Register(Volunteer v, string path)
    {
        {|CMP3001:ShelterLog.Note(""intake"", $""registered {v.FullName} tel {v.Mobile}"")|};
        ShelterLog.Note(""intake"", ""registered volunteer "" + v.Id);
        ShelterLog.Note(""sms"", MaskPhone(v.Mobile));
        {|CMP3001:ShelterLog.Info(""id card "" + v.IdCardNo)|};
        ShelterLog.Info(""shift of "" + v.Id);
        RosterStore.Save(path, v.Mobile);
    }
    private static string MaskPhone(string phone) => phone.Substring(0, 3) + ""****"";
}
");
    }
}
