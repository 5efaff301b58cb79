namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Cli.Gating;
using Compliance.Cli.Output;
using Compliance.Cli.Scanning;

/// <summary>compliance baseline create [PATH] --output FILE: record today's findings so CI gates only on new ones.</summary>
internal static class BaselineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH") { Description = "Folder to scan.", DefaultValueFactory = _ => "." };
        var output = new Option<string>("--output", "-o") { Description = "Baseline file to write.", Required = true };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not restore projects." };
        var untrusted = new Option<bool>("--untrusted") { Description = "Do not load projects with MSBuild." };
        var configPath = new Option<string?>("--config") { Description = "compliance.yaml to use instead of the one at PATH (as for 'scan')." };
        var create = new Command("create", "Scan PATH and write a baseline of its findings.") { path, output, noRestore, untrusted, configPath };
        create.SetAction(async (parse, ct) =>
        {
            var root = parse.GetValue(path)!;
            if (!Directory.Exists(root)) { stderr.WriteLine($"error: PATH does not exist or is not a folder: {root}"); return ExitCodes.Usage; }
            try
            {
                var catalog = ScanCommand.LoadCatalog();
                var config = ScanCommand.LoadConfig(root, parse.GetValue(configPath));
                config?.ValidateAgainst(catalog);
                var request = ScanCommand.RequestFor(root, config) with
                {
                    Lang = "en", Restore = !parse.GetValue(noRestore), Untrusted = parse.GetValue(untrusted),
                };
                var result = await new ProgressDisplay(stderr).RunAsync(p => ScanPipeline.RunAsync(request, catalog, p, ct));
                var file = BaselineFile.Create(result);
                var o = parse.GetValue(output)!;
                file.Save(o);
                stdout.WriteLine($"Baseline with {result.Findings.Count} finding(s) written to {o}.");
                return ExitCodes.Clean;
            }
            catch (UsageException ex) { stderr.WriteLine($"error: {ex.Message}"); return ExitCodes.Usage; }
            catch (Compliance.Rules.Configuration.ConfigException ex) { stderr.WriteLine($"error: invalid compliance.yaml: {ex.Message}"); return ExitCodes.Usage; }
            catch (Compliance.Rules.Catalog.CatalogException ex) { stderr.WriteLine($"error: the rule catalog is broken: {ex.Message}"); return ExitCodes.Usage; }
        });
        return new Command("baseline", "Baselines: gate CI only on new findings.") { create };
    }
}
