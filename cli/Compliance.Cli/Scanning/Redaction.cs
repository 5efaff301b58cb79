namespace Compliance.Cli.Scanning;

/// <summary>
/// The last line of defence before any output: every message and evidence snippet of every
/// finding passes through <see cref="Apply"/> (the secrets detection core's redactor), and C#
/// evidence lines have their string literals masked wholesale.
/// </summary>
public static class Redaction
{
    /// <summary>Keeps the quotes/prefix of a literal token and hides its content: "****(12)".</summary>
    public static string MaskLiteral(string token)
    {
        if (token.Length <= 2) return token;
        int open = 0;
        while (open < token.Length && (token[open] == '@' || token[open] == '$' || token[open] == 'u' || token[open] == '8' || token[open] == '"' || token[open] == '\'')) open++;
        int close = token.Length;
        while (close > open && (token[close - 1] == '"' || token[close - 1] == '\'' || token[close - 1] == '8' || token[close - 1] == 'u')) close--;
        var inner = close - open;
        if (inner <= 0) return token;
        return token[..open] + $"***({inner})" + token[close..];
    }

    public static string Apply(string text) =>
        string.IsNullOrEmpty(text) ? text : Compliance.Analyzers.Secrets.Detection.SecretRedactor.Redact(text);
}
