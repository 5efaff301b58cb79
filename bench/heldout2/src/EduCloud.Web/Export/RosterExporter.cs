using System.Globalization;
using System.Text;
using EduCloud.Web.Domain;
using EduCloud.Web.Infrastructure;

namespace EduCloud.Web.Export;

public static class RosterExporter
{
    /// <summary>导出班级花名册 (给班主任下载)</summary>
    public static async Task ExportCsvAsync(IEnumerable<Student> students, string path)
    {
        await using var w = new StreamWriter(path, false, new UTF8Encoding(true));
        await w.WriteLineAsync("学号,姓名,身份证号,家长,家长电话,住址");
        foreach (var s in students)
        {
            await w.WriteLineAsync($"{s.Id},{s.Name},{s.IdCardNo},{s.ParentName},{s.ParentPhone},\"{s.HomeAddress}\"");
        }
    }

    public static string ExportMaskedCsv(IEnumerable<Student> students)
    {
        var sb = new StringBuilder("id,name,idcard,phone\n");
        foreach (var s in students)
            sb.Append(s.Id).Append(',').Append(DesensitizeUtil.Name(s.Name)).Append(',')
              .Append(DesensitizeUtil.IdCard(s.IdCardNo)).Append(',')
              .Append(DesensitizeUtil.Phone(s.ParentPhone)).Append('\n');
        return sb.ToString();
    }

    public static void ExportGradeStats(IDictionary<Grade, int> counts, string path)
    {
        var lines = counts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key},{kv.Value}"));
        File.WriteAllLines(path, lines);
    }

    public static void ExportForInsurance(IEnumerable<Student> students, string dir)
    {
        var sb = new StringBuilder();
        foreach (var s in students)
        {
            sb.Append(s.Name).Append('\t')
              .Append(s.IdCardNo).Append('\t')
              .AppendLine(s.ParentPhone);
        }
        File.WriteAllText(Path.Combine(dir, $"insure_{DateTime.Today:yyyyMMdd}.txt"), sb.ToString());
    }
}
