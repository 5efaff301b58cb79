namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Rules.Claims;

/// <summary>compliance claims init WHITEPAPER: draft a claims file from a company's own whitepaper.</summary>
internal static class ClaimsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("WHITEPAPER") { Description = "The whitepaper (Markdown or plain text, Chinese or English)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the draft here (default: standard output)." };
        var init = new Command("init", "Draft a claims profile (YAML) from a whitepaper, for a person to review and commit.") { file, output };
        init.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) { stderr.WriteLine($"error: no such file: {path}"); return ExitCodes.Usage; }
            var bytes = File.ReadAllBytes(path);
            if (Scanning.TextDecoder.TryDecode(bytes, out var text, out _) != Scanning.TextDecoder.Kind.Text)
            { stderr.WriteLine($"error: {path} is not a text file (UTF-8 or GB18030)"); return ExitCodes.Usage; }
            var yaml = ClaimsDrafter.Draft(text);
            var o = parse.GetValue(output);
            if (o is null) stdout.Write(yaml);
            else { File.WriteAllText(o, yaml); stderr.WriteLine($"Draft written to {o}: review it, then set 'claimsFile: {Path.GetFileName(o)}' in compliance.yaml."); }
            return ExitCodes.Clean;
        });
        return new Command("claims", "Whitepaper claims.") { init };
    }
}
