namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, twelfth session (branch pii8): lines collected in a local list of strings (<c>lines.Add($"{m.Id},{m.Mobile}")</c>)
/// and written at once (<c>File.WriteAllLines(path, lines)</c>) carry what was added — as rows appended to a StringBuilder
/// do. A list of ids stays silent, and so does a list whose personal data is masked before it is added.
/// </summary>
public class StringListExportTests
{
    [Fact]
    public Task A_list_of_lines_filled_with_personal_data_and_written_to_a_file_is_reported_at_the_write()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(@"
using System.Collections.Generic;
using System.IO;
using System.Linq;
public class Angler { public int Id { get; set; } public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; }
public class LicenceExport
{
    public void Write(List<Angler> anglers, string path)
    {
        var lines = new List<string>();
        foreach (var a in anglers) lines.Add(a.Id + "","" + a.Mobile);
        {|CMP3004:File.WriteAllLines(path, lines)|};

        var ids = new List<string>();
        foreach (var a in anglers) ids.Add(a.Id.ToString());
        File.WriteAllLines(path + "".ids"", ids);

        var masked = new List<string> { ""id,mobile"" };
        foreach (var a in anglers) masked.Insert(1, a.Id + "","" + MaskPhone(a.Mobile));
        File.WriteAllLines(path + "".masked"", masked);

        var cards = new List<string>();
        cards.AddRange(anglers.Select(a => a.IdCardNo));
        {|CMP3004:File.AppendAllLines(path + "".cards"", cards)|};
    }
    private static string MaskPhone(string phone) => phone.Substring(0, 3) + ""****"";
}
");
    }
}
