namespace Compliance.PolicyEngine.Pam;

/// <summary>One line of a PAM service file (pam.conf(5) format: type control module-path args).</summary>
public sealed record PamLine(int Line, string Type, string Control, string Module, IReadOnlyList<string> Args)
{
    /// <summary>Module file name without directory ("pam_oath.so").</summary>
    public string ModuleName => Module.Split('/')[^1];
}

/// <summary>
/// Reads an /etc/pam.d service file: comments, blank lines, "-type" (optional module), bracketed
/// controls ("[success=1 default=ignore]") and backslash line continuations. "@include" lines are
/// kept with type "@include". Never throws.
/// </summary>
public static class PamStack
{
    public static IReadOnlyList<PamLine> Parse(string text)
    {
        var result = new List<PamLine>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i + 1;
            var line = lines[i];
            while (line.EndsWith('\\') && i + 1 < lines.Length) line = line[..^1] + " " + lines[++i];
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var tokens = Tokenize(line);
            if (tokens.Count == 0) continue;
            if (tokens[0] == "@include") { result.Add(new(start, "@include", "", tokens.Count > 1 ? tokens[1] : "", [])); continue; }
            if (tokens.Count < 3) continue;
            result.Add(new(start, tokens[0].TrimStart('-').ToLowerInvariant(), tokens[1], tokens[2], tokens.Skip(3).ToList()));
        }
        return result;
    }

    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length) break;
            var begin = i;
            if (line[i] == '[')
            {
                var end = line.IndexOf(']', i);
                i = end < 0 ? line.Length : end + 1;
            }
            else
            {
                while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            }
            tokens.Add(line[begin..i]);
        }
        return tokens;
    }
}
