namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, ninth session (branch pii5): CsvHelper's <c>WriteField</c>/<c>WriteRecords</c> were a file sink only when the
/// package bound. Scanned without a restore the call is unbound; it is matched by shape — the method name on a receiver
/// typed or named as a CSV writer. A masked value, a non-personal field and a WriteField of another writer stay silent.
/// </summary>
public class UnboundCsvWriterTests
{
    [Fact]
    public Task Unbound_csv_WriteField_of_a_personal_field_is_a_file_sink()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyBrokenAsync(@"
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
public class PetOwner { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string Breed { get; set; } = """"; }
public static class Hide { public static string MaskPhone(string s) => s.Substring(0, 3) + ""****""; }
public class VetClinicExport
{
    public void Export(IEnumerable<PetOwner> owners, TextWriter file, FieldSink sink)
    {
        using var sheet = new CsvWriter(file, CultureInfo.InvariantCulture);
        using var recallCsv = Open(file);
        foreach (var o in owners)
        {
            {|CMP3004:sheet.WriteField(o.FullName)|};
            sheet.WriteField(o.Breed);
            sheet.WriteField(Hide.MaskPhone(o.Mobile));
            {|CMP3004:recallCsv.WriteField(o.Mobile)|};
            sink.WriteField(o.Mobile);
            sheet.NextRecord();
        }
    }
    private static CsvWriter Open(TextWriter w) => new CsvWriter(w, CultureInfo.InvariantCulture);
}
public class FieldSink { }
");
    }
}
