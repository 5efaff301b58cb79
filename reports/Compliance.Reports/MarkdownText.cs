namespace Compliance.Reports;

using System.Net;
using System.Text;

/// <summary>Escaping for user-controlled strings (file names, messages, evidence) in Markdown and HTML.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes Markdown punctuation and HTML: '&lt;' '&gt;' '&amp;' become entities (GitHub renders raw HTML
    /// in comments), inline Markdown syntax characters (\\ ` * _ [ ] | ~) get a backslash, newlines become spaces so a value
    /// cannot break a table row or start a heading.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>An HTML-escaped path that may wrap after each '/' (&lt;wbr&gt;), so long paths break at directory boundaries, not mid-name.</summary>
    public static string HtmlPath(string? path) =>
        string.Join("/<wbr>", (path ?? "").Split('/').Select(segment => WebUtility.HtmlEncode(segment)));
}
