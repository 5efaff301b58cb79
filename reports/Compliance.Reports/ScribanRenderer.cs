namespace Compliance.Reports;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

/// <summary>
/// Renders a report template with Scriban. Scriban has no auto-escaping, so the context escapes
/// EVERY value an expression writes (<c>{{ … }}</c>) with the format's escaper; literal template
/// text is written as is. Templates therefore never call <c>html.escape</c> themselves.
/// </summary>
internal static class ScribanRenderer
{
    /// <summary>A scan-root-relative path a template wraps with <c>wrap_path</c>: HTML may break the line after each '/'.</summary>
    internal sealed record PathText(string Path);

    /// <param name="pathEscape">How a <c>wrap_path</c> value is written (HTML: escaped segments joined by "/&lt;wbr&gt;"); default <paramref name="escape"/>.</param>
    public static string Render(string templateText, string templateName, ReportModel model, ReportTexts texts, Func<string, string> escape,
        Func<string, string>? pathEscape = null)
    {
        var template = Template.Parse(templateText, templateName);
        if (template.HasErrors)
            throw new InvalidDataException($"{templateName}: " + string.Join("; ", template.Messages.Select(m => m.ToString())));

        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        var t = new ScriptObject();
        foreach (var (k, v) in texts.All) t[k] = v;
        globals["t"] = t;
        globals.Import("wrap_path", new Func<string?, PathText>(p => new PathText(p ?? "")));

        var context = new EscapingTemplateContext(escape, pathEscape ?? escape)
        {
            // Big reports: no truncation of long strings, no loop cap (DECISIONS.md, Scriban traps).
            LimitToString = 0,
            LoopLimit = 0,
            StrictVariables = true,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context).Replace("\r\n", "\n");
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new InvalidDataException($"{templateName}: {ex.Message}", ex);
        }
    }

    private sealed class EscapingTemplateContext(Func<string, string> escape, Func<string, string> pathEscape) : TemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is null) return this;
            if (textAsObject is PathText path) return base.Write(span, pathEscape(path.Path));
            var text = textAsObject as string ?? ObjectToString(textAsObject);
            return base.Write(span, escape(text ?? ""));
        }
    }
}
