namespace Compliance.Reports;

using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// The audit report as one self-contained HTML file (inline CSS and SVG, no scripts, no external
/// requests), rendered from templates/report.html.sbn. A user's template directory overrides the
/// embedded files by name (report.html.sbn, i18n-zh-CN.yaml, i18n-en.yaml).
/// </summary>
public static class HtmlReportRenderer
{
    public static string Render(ScanResult result, RuleCatalog catalog, string lang, DateTimeOffset renderedAt, string? templateDir = null)
    {
        var texts = ReportTexts.Load(lang, templateDir);
        return Render(ReportModelBuilder.Build(result, catalog, texts, renderedAt), texts, templateDir);
    }

    /// <summary>Renders a model already built (the CLI builds it once for HTML, Markdown and the console).</summary>
    public static string Render(ReportModel model, ReportTexts texts, string? templateDir = null) =>
        ScribanRenderer.Render(TemplateStore.Read(TemplateStore.HtmlTemplate, templateDir), TemplateStore.HtmlTemplate,
            model, texts, MarkdownText.Html, MarkdownText.HtmlPath);
}

/// <summary>Compact Markdown for PR comments and wikis (templates/report.md.sbn); user strings are Markdown- and HTML-escaped.</summary>
public static class MarkdownReportRenderer
{
    public static string Render(ScanResult result, RuleCatalog catalog, string lang, DateTimeOffset renderedAt, string? templateDir = null)
    {
        var texts = ReportTexts.Load(lang, templateDir);
        return Render(ReportModelBuilder.Build(result, catalog, texts, renderedAt), texts, templateDir);
    }

    /// <summary>Renders a model already built (the CLI builds it once for HTML, Markdown and the console).</summary>
    public static string Render(ReportModel model, ReportTexts texts, string? templateDir = null) =>
        ScribanRenderer.Render(TemplateStore.Read(TemplateStore.MarkdownTemplate, templateDir), TemplateStore.MarkdownTemplate,
            model, texts, MarkdownText.Escape);
}
