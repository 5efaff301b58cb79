namespace Compliance.Cli.Publishing;

/// <summary>
/// Every line a publisher prints goes through here: the token is masked even if an error
/// message or a server's answer echoes it back.
/// </summary>
public sealed class SafeLog(TextWriter inner, string? token)
{
    public void Line(string text) => inner.WriteLine(Mask(text));

    /// <summary>Replaces every occurrence of the token with ***.</summary>
    public string Mask(string text) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, "***", StringComparison.Ordinal);
}
