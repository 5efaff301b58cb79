namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, eleventh session (branch pii7): an export built row by row in a StringBuilder and written to a file once.
/// A fluent chain (<c>sb.Append(a).Append(';').Append(b)</c>) writes every argument into the builder, not only the
/// first call's; and the finding sits on the value that enters the rows (the line to mask), with the file write as an
/// additional location. Rows of instruments and seats, and a masked passport number, are not reported; a value written
/// directly stays reported at its write; a log message built in a builder stays reported at its log call.
/// </summary>
public class BuilderExportRowTests
{
    private const string Types = @"
using System.IO;
using System.Linq;
using System.Text;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
public class Musician { public int Seat { get; set; } public string Instrument { get; set; } = """"; public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string PassportNo { get; set; } = """"; }
public static class Redact { public static string Mask(string v) => v.Length > 4 ? v.Substring(0, 2) + ""****"" : ""****""; }
";

    [Fact]
    public Task A_fluent_chain_into_an_exported_builder_is_reported_where_the_value_enters()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(Types + @"
public class TourManifest
{
    public void Visa(IEnumerable<Musician> band, string dir)
    {
        var rows = new StringBuilder(""seat;instrument;passport\n"");
        foreach (var m in band.OrderBy(x => x.Seat))
        {
            rows.Append(m.Seat).Append(';')
                .Append(m.Instrument).Append(';')
                .Append({|CMP3004:m.PassportNo|}).Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, ""visa.csv""), rows.ToString());
    }

    public void Stage(IEnumerable<Musician> band, string dir)
    {
        var plan = new StringBuilder();
        foreach (var m in band)
        {
            plan.Append(m.Seat).Append(';').Append(m.Instrument).Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, ""stage.csv""), plan.ToString());
    }

    public void Hotel(IEnumerable<Musician> band, string dir)
    {
        var list = new StringBuilder();
        foreach (var m in band)
        {
            list.Append(m.Seat).Append(';').Append(Redact.Mask(m.PassportNo)).Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, ""hotel.csv""), list.ToString());
    }
}");
    }

    [Fact]
    public Task An_interpolated_row_is_reported_at_its_first_surest_value_and_a_direct_or_helper_built_write_at_the_write()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(Types + @"
public class Rehearsal
{
    public void Absentees(IEnumerable<Musician> band, string path)
    {
        var text = new StringBuilder();
        text.AppendLine(""absent today"");
        foreach (var m in band)
        {
            text.AppendLine($""{m.Seat} {{|CMP3004:m.FullName|}} {m.Mobile}"");
        }
        text.AppendLine(""end"");
        File.AppendAllText(path, text.ToString());
    }

    public void Emergency(Musician m, string path)
    {
        {|CMP3004:File.WriteAllText(path, m.Mobile)|};
    }

    // a row a helper builds is reported at the write that calls the helper, not inside the helper
    private static string Card(Musician m)
    {
        var card = new StringBuilder();
        card.Append(m.Seat).Append(' ').Append(m.PassportNo);
        return card.ToString();
    }

    public void Badge(Musician m, string path)
    {
        {|CMP3004:File.WriteAllText(path, Card(m))|};
    }
}");
    }

    [Fact]
    public Task A_log_message_built_in_a_builder_stays_reported_at_the_log_call()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(Types + @"
public class Librarian
{
    public void Lend(ILogger log, Musician m, string score)
    {
        var note = new StringBuilder();
        note.Append(""lent "").Append(score).Append("" to "").Append(m.PassportNo);
        {|CMP3001:log.LogInformation(note.ToString())|};
        var safe = new StringBuilder();
        safe.Append(""lent "").Append(score).Append("" to seat "").Append(m.Seat);
        log.LogInformation(safe.ToString());
    }
}");
    }
}
