namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Rules.Configuration;

/// <summary>compliance init [PATH]: write a commented starter compliance.yaml (never over an existing one).</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH") { Description = "Repository root to write compliance.yaml into.", DefaultValueFactory = _ => "." };
        var cmd = new Command("init", "Write a commented starter compliance.yaml (refuses to overwrite one).") { path };
        cmd.SetAction(parse =>
        {
            var root = parse.GetValue(path)!;
            if (!Directory.Exists(root)) { stderr.WriteLine($"error: PATH does not exist or is not a folder: {root}"); return ExitCodes.Usage; }
            // compliance.yml is read when compliance.yaml is absent: either one means the repository is configured.
            foreach (var name in new[] { ComplianceConfig.FileName, "compliance.yml" })
            {
                var existing = Path.Combine(root, name);
                if (File.Exists(existing)) { stderr.WriteLine($"error: {existing} already exists; not overwritten"); return ExitCodes.Usage; }
            }
            var target = Path.Combine(root, ComplianceConfig.FileName);
            try
            {
                // CreateNew: a file that appeared since the check above is not overwritten either.
                using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                writer.Write(StarterConfig.Text.ReplaceLineEndings("\n"));
            }
            catch (IOException ex) { stderr.WriteLine($"error: cannot write {target}: {ex.Message}"); return ExitCodes.Usage; }
            stdout.WriteLine($"Wrote {target}: edit it, then run 'compliance scan {root}'.");
            return ExitCodes.Clean;
        });
        return cmd;
    }
}
