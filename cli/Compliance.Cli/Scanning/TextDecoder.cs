namespace Compliance.Cli.Scanning;

using System.Text;

/// <summary>
/// Decodes a file's bytes: BOM first, then strict UTF-8, then GB18030 (GBK files are normal in
/// Chinese repositories and are not errors). Files with NUL bytes are binary.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> s_gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public enum Kind { Text, Binary, Undecodable }

    public static Kind TryDecode(byte[] bytes, out string text, out string encoding)
    {
        text = "";
        encoding = "";
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        { var t = Decode(s_strictUtf8, bytes, 3); encoding = "utf-8-bom"; text = t ?? ""; return t is null ? Kind.Undecodable : Kind.Text; }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        { text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2); encoding = "utf-16le"; return Kind.Text; }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        { text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2); encoding = "utf-16be"; return Kind.Text; }

        var probe = Math.Min(bytes.Length, 8192);
        if (Array.IndexOf(bytes, (byte)0, 0, probe) >= 0) return Kind.Binary;

        var utf8 = Decode(s_strictUtf8, bytes, 0);
        if (utf8 is not null) { text = utf8; encoding = "utf-8"; return Kind.Text; }
        var gb = Decode(s_gb18030.Value, bytes, 0);
        if (gb is not null) { text = gb; encoding = "gb18030"; return Kind.Text; }
        return Kind.Undecodable;
    }

    private static string? Decode(Encoding e, byte[] bytes, int offset)
    {
        try { return e.GetString(bytes, offset, bytes.Length - offset); }
        catch (DecoderFallbackException) { return null; }
    }
}
