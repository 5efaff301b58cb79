namespace Compliance.Reports;

using System.Reflection;
using YamlDotNet.RepresentationModel;

/// <summary>
/// The report's translatable strings: templates/i18n-zh-CN.yaml and templates/i18n-en.yaml (a hyphen, not a dot: MSBuild would take ".en" for a satellite-assembly culture), flat
/// <c>key: text</c> maps. Templates read them as <c>t.key</c>; labels of verdicts, severities and
/// themes are looked up here too, so no user-visible word is hard-coded in C#.
/// </summary>
public sealed class ReportTexts
{
    private readonly IReadOnlyDictionary<string, string> texts;

    private ReportTexts(string lang, IReadOnlyDictionary<string, string> texts)
    {
        Lang = lang;
        this.texts = texts;
    }

    public string Lang { get; }
    public IReadOnlyDictionary<string, string> All => texts;

    public string this[string key] =>
        texts.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"report text '{key}' is missing in i18n-{Lang}.yaml");

    public string Get(string key, string fallback) => texts.TryGetValue(key, out var v) ? v : fallback;

    /// <summary>Loads the dictionary of a language: from <paramref name="templateDir"/> when it has the file, else the embedded one.</summary>
    public static ReportTexts Load(string lang, string? templateDir = null)
    {
        var normalised = Compliance.Reports.Lang.Normalise(lang);
        var name = $"i18n-{normalised}.yaml";
        return new ReportTexts(normalised, Parse(TemplateStore.Read(name, templateDir), name));
    }

    public static IReadOnlyDictionary<string, string> Parse(string yaml, string name)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlDotNet.Core.YamlException ex) { throw new InvalidDataException($"{name}: {ex.Message}", ex); }
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0) return map;
        if (stream.Documents[0].RootNode is not YamlMappingNode root) throw new InvalidDataException($"{name}: expected a key: text map");
        foreach (var (k, v) in root.Children)
        {
            if (k is not YamlScalarNode key || v is not YamlScalarNode value)
                throw new InvalidDataException($"{name}:{k.Start.Line}: expected 'key: text'");
            map[key.Value!] = value.Value ?? "";
        }
        return map;
    }
}

/// <summary>Embedded templates (templates/*) with an optional user directory that overrides them by file name.</summary>
public static class TemplateStore
{
    public const string HtmlTemplate = "report.html.sbn";
    public const string MarkdownTemplate = "report.md.sbn";

    public static string Read(string name, string? templateDir = null)
    {
        if (!string.IsNullOrEmpty(templateDir))
        {
            var path = Path.Combine(templateDir, name);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        return ReadEmbedded(name);
    }

    public static string ReadEmbedded(string name)
    {
        using var s = typeof(TemplateStore).Assembly.GetManifestResourceStream("templates/" + name)
            ?? throw new FileNotFoundException($"embedded template '{name}' not found");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
