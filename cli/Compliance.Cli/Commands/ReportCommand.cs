namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Cli.Output;
using Compliance.Reports;

/// <summary>compliance report PATH: re-render a saved scan (results.json or its folder) without scanning again.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH") { Description = "results.json, or the folder holding it." };
        var format = new Option<string[]>("--format", "-f") { Description = "html, md, pdf, sarif, junit, console (default html)." };
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (default: the folder of results.json)." };
        var lang = CommonOptions.Lang();
        var cmd = new Command("report", "Re-render the audit report from a saved results.json.") { path, format, output, lang };
        cmd.SetAction(parse =>
        {
            var p = parse.GetValue(path)!;
            var file = Directory.Exists(p) ? Path.Combine(p, "results.json") : p;
            if (!File.Exists(file)) { stderr.WriteLine($"error: no results.json at {p}"); return ExitCodes.Usage; }
            try
            {
                var formats = CommonOptions.Formats(parse.GetValue(format), ["html"], OutputWriter.KnownFormats.Append("json"));
                var unknown = formats.Except(OutputWriter.KnownFormats).Where(f => f != "json").ToList();
                if (unknown.Count > 0) throw new UsageException($"unknown format '{unknown[0]}'");
                Compliance.Rules.Model.ScanResult result;
                using (var s = File.OpenRead(file)) result = JsonResultWriter.Read(s);
                var lng = CommonOptions.NormaliseLang(parse.GetValue(lang), result.Scan.Lang);
                var catalog = ScanCommand.LoadCatalog();
                OutputWriter.Write(result, catalog, formats, parse.GetValue(output) ?? Path.GetDirectoryName(Path.GetFullPath(file))!, lng, stdout, stderr);
                return ExitCodes.Clean;
            }
            catch (UsageException ex) { stderr.WriteLine($"error: {ex.Message}"); return ExitCodes.Usage; }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException or FormatException)
            {
                stderr.WriteLine($"error: {file} is not a valid results.json: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }
}
