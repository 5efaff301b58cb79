namespace Compliance.Reports;

using System.Text;
using System.Text.Json;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// SARIF 2.1.0 written directly with <see cref="Utf8JsonWriter"/> (the Sarif.Sdk package does not
/// restore here). One run; <c>tool.driver.rules</c> lists every catalog rule (sorted by id, plus any
/// id a result uses that the catalog lacks), so <c>ruleIndex</c> is stable across scans and GitHub
/// code scanning knows rules that produced nothing. URIs are relative to <c>%SRCROOT%</c>, which
/// carries no absolute path: it is the git repository root when the scan root is in one (paths are
/// then repository-relative and <c>versionControlProvenance</c> names the repository), else the
/// scanned PATH. results.json keeps scan-root-relative paths either way.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/compliance-dev/compliance";
    public const string HelpBase = "https://github.com/compliance-dev/compliance/blob/main/docs/rules/";
    public const string SrcRoot = "%SRCROOT%";

    public static void Write(ScanResult result, RuleCatalog catalog, Stream stream, string lang)
    {
        var en = Lang.IsEnglish(lang);
        var ruleIds = catalog.Rules.Keys.Concat(result.Findings.Select(f => f.RuleId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = ruleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var repo = result.Scan.Repository;
        var prefix = repo?.PathInRepository ?? "";

        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonResultWriter.Encoder, NewLine = "\n" });
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", string.IsNullOrEmpty(result.Tool.Name) ? "compliance" : result.Tool.Name);
        if (!string.IsNullOrEmpty(result.Tool.Version)) w.WriteString("semanticVersion", result.Tool.Version);
        if (!string.IsNullOrEmpty(result.Tool.Version)) w.WriteString("version", result.Tool.Version);
        w.WriteString("informationUri", InformationUri);
        w.WriteString("language", en ? "en" : "zh-CN");
        w.WriteStartArray("rules");
        foreach (var id in ruleIds) WriteRule(w, id, catalog.FindRule(id), catalog, lang);
        w.WriteEndArray();
        if (!string.IsNullOrEmpty(result.Tool.CatalogVersion))
        {
            w.WriteStartObject("properties");
            w.WriteString("catalogVersion", result.Tool.CatalogVersion);
            w.WriteEndObject();
        }
        w.WriteEndObject(); // driver
        w.WriteEndObject(); // tool

        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        var notes = result.Notices.Select(n => (n.Code, Message: n.MessageIn(lang), n.File, Level: "warning"))
            .Concat(result.Skipped.Select(s => (Code: "skipped", Message: Lang.IsEnglish(lang) ? $"skipped {s.File}: {s.ReasonIn(lang)}" : $"已跳过 {s.File}：{s.ReasonIn(lang)}", File: (string?)s.File, Level: "note")))
            .ToList();
        if (notes.Count > 0)
        {
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var n in notes)
            {
                w.WriteStartObject();
                w.WriteStartObject("descriptor");
                w.WriteString("id", string.IsNullOrEmpty(n.Code) ? "notice" : n.Code);
                w.WriteEndObject();
                w.WriteString("level", n.Level);
                w.WriteStartObject("message");
                w.WriteString("text", n.Message);
                w.WriteEndObject();
                if (!string.IsNullOrEmpty(n.File))
                {
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    WritePhysical(w, prefix, n.File!, 0, 0, 0, 0);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndArray();

        if (repo?.Uri is { } repositoryUri)
        {
            // %SRCROOT% is the root of this repository (mappedTo), which is how code scanning resolves the paths.
            w.WriteStartArray("versionControlProvenance");
            w.WriteStartObject();
            w.WriteString("repositoryUri", repositoryUri);
            if (repo.Revision is { } revision) w.WriteString("revisionId", revision);
            if (repo.Branch is { } branch) w.WriteString("branch", branch);
            w.WriteStartObject("mappedTo");
            w.WriteString("uriBaseId", SrcRoot);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        // No "uri": the root's absolute path on the scanning machine is never written (DECISIONS.md).
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(SrcRoot);
        w.WriteStartObject("description");
        w.WriteString("text", en
            ? repo is null
                ? "The scanned PATH (results are relative to it)."
                : prefix.Length == 0
                    ? "The root of the git repository, which is the scanned PATH (results are relative to it)."
                    : $"The root of the git repository (results are relative to it); the scanned PATH is {prefix}/."
            : repo is null
                ? "扫描的 PATH（结果路径相对于它）。"
                : prefix.Length == 0
                    ? "git 仓库的根目录，即扫描的 PATH（结果路径相对于它）。"
                    : $"git 仓库的根目录（结果路径相对于它）；扫描的 PATH 是 {prefix}/。");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("columnKind", "utf16CodeUnits");

        w.WriteStartArray("results");
        foreach (var f in result.Findings) WriteResult(w, f, index[f.RuleId], catalog, prefix, lang);
        w.WriteEndArray();

        w.WriteEndObject(); // run
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static string ToSarif(ScanResult result, RuleCatalog catalog, string lang)
    {
        using var ms = new MemoryStream();
        Write(result, catalog, ms, lang);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>error for critical/high, warning for medium, note for low.</summary>
    public static string Level(Severity s) => s switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter w, string id, RuleDefinition? rule, RuleCatalog catalog, string lang)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        if (rule is null)
        {
            w.WriteString("name", id);
            w.WriteStartObject("shortDescription"); w.WriteString("text", id); w.WriteEndObject();
            w.WriteEndObject();
            return;
        }
        var title = rule.Title.For(lang);
        var fix = rule.Remediation.For(lang);
        var helpUri = HelpBase + rule.Id + ".md";
        var clauses = catalog.ClausesOf(rule).Where(catalog.Clauses.ContainsKey).Select(c => catalog.Clauses[c].ReferenceFor(lang)).ToList();
        w.WriteString("name", PascalName(rule.Title.En, id));
        w.WriteStartObject("shortDescription"); w.WriteString("text", title); w.WriteEndObject();
        w.WriteStartObject("fullDescription"); w.WriteString("text", FullDescription(rule, lang)); w.WriteEndObject();
        w.WriteString("helpUri", helpUri);
        var en = Lang.IsEnglish(lang);
        var lawLine = clauses.Count == 0 ? "" : (en ? "Legal basis: " : "法律依据：") + string.Join(en ? "; " : "；", clauses);
        var text = new StringBuilder(fix);
        if (lawLine.Length > 0) text.Append("\n\n").Append(lawLine);
        text.Append("\n\n").Append(en ? "Details: " : "详情：").Append(helpUri);
        var md = new StringBuilder()
            .Append("**").Append(en ? "How to fix" : "修复方法").Append("**: ").Append(MarkdownText.Escape(fix));
        if (lawLine.Length > 0) md.Append("\n\n").Append(MarkdownText.Escape(lawLine));
        md.Append("\n\n[").Append(rule.Id).Append("](").Append(helpUri).Append(')');
        w.WriteStartObject("help");
        w.WriteString("text", text.ToString());
        w.WriteString("markdown", md.ToString());
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule.Severity));
        if (!rule.EnabledByDefault) w.WriteBoolean("enabled", false);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue("security");
        w.WriteStringValue(rule.Theme);
        foreach (var cwe in rule.Cwe.Order(StringComparer.Ordinal)) w.WriteStringValue(CweTag(cwe));
        w.WriteEndArray();
        w.WriteString("security-severity", rule.Severity.SecuritySeverity());
        w.WriteString("severity", rule.Severity.ToToken());
        w.WriteString("precision", rule.Precision);
        w.WriteString("theme", rule.Theme);
        WriteStrings(w, "controls", rule.Controls.Order(StringComparer.Ordinal));
        WriteStrings(w, "clauses", catalog.ClausesOf(rule));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// The rule's description; where the catalog has none (or only repeats the title) the title
    /// followed by the remediation, so code scanning never shows the short text twice.
    /// </summary>
    public static string FullDescription(RuleDefinition rule, string lang)
    {
        var title = rule.Title.For(lang);
        if (rule.Description?.For(lang) is { Length: > 0 } d && !string.Equals(d.Trim(), title.Trim(), StringComparison.Ordinal)) return d;
        var en = Lang.IsEnglish(lang);
        var sentence = title.TrimEnd('.', '。');
        return en ? $"{sentence}. How to fix: {rule.Remediation.En}" : $"{sentence}。修复方法：{rule.Remediation.Zh}";
    }

    private static void WriteResult(Utf8JsonWriter w, ResultFinding f, int ruleIndex, RuleCatalog catalog, string prefix, string lang)
    {
        // A v1 file without a severity: the catalog's (the only lookup a finding needs here).
        var sev = f.Severity != Severity.None ? f.Severity : catalog.FindRule(f.RuleId)?.Severity ?? Severity.None;
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        // Low precision (a name alone) is a note whatever its severity: GitHub does not alert on notes by default.
        w.WriteString("level", FindingState.IsLowPrecision(f) ? "note" : Level(sev));
        w.WriteStartObject("message"); w.WriteString("text", f.MessageIn(lang)); w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        WritePhysical(w, prefix, f.File, f.StartLine, f.StartColumn, f.EndLine, f.EndColumn);
        w.WriteEndObject();
        w.WriteEndArray();
        if (f.Related is { Count: > 0 } related)
        {
            w.WriteStartArray("relatedLocations");
            for (var i = 0; i < related.Count; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("id", i + 1);
                WritePhysical(w, prefix, related[i].File, related[i].Line, related[i].Column, 0, 0);
                if (!string.IsNullOrEmpty(related[i].Message))
                {
                    w.WriteStartObject("message"); w.WriteString("text", related[i].MessageIn(lang)); w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartObject("partialFingerprints");
        w.WriteString(Fingerprint.Key, f.Id);
        w.WriteEndObject();
        if (!string.IsNullOrEmpty(f.BaselineState)) w.WriteString("baselineState", f.BaselineState);
        if (f.Suppression is { } s)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", s.Kind == "inSource" ? "inSource" : "external");
            if (!string.IsNullOrEmpty(s.Justification)) w.WriteString("justification", s.Justification);
            if (!string.IsNullOrEmpty(s.Owner) || !string.IsNullOrEmpty(s.Expires))
            {
                w.WriteStartObject("properties");
                if (!string.IsNullOrEmpty(s.Owner)) w.WriteString("owner", s.Owner);
                if (!string.IsNullOrEmpty(s.Expires)) w.WriteString("expires", s.Expires);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteStartObject("properties");
        WriteStrings(w, "controls", f.Controls);
        WriteStrings(w, "clauses", f.Clauses);
        w.WriteString("theme", f.Theme);
        w.WriteString("severity", sev.ToToken());
        if (f.ChangedLine is { } changed) w.WriteBoolean("changedLine", changed);
        w.WriteString("precision", string.IsNullOrEmpty(f.Precision) ? Precisions.High : f.Precision);
        if (!string.IsNullOrEmpty(f.Context)) w.WriteString("context", f.Context);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <param name="prefix">The scan root relative to %SRCROOT% ("" when they are the same).</param>
    private static void WritePhysical(Utf8JsonWriter w, string prefix, string file, int startLine, int startColumn, int endLine, int endColumn)
    {
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", RelativeUri(prefix.Length == 0 ? file : prefix + "/" + file));
        w.WriteString("uriBaseId", SrcRoot);
        w.WriteEndObject();
        if (startLine > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", startLine);
            if (startColumn > 0) w.WriteNumber("startColumn", startColumn);
            if (endLine >= startLine && endLine > 0)
            {
                w.WriteNumber("endLine", endLine);
                if (endColumn > 0 && (endLine > startLine || endColumn >= startColumn)) w.WriteNumber("endColumn", endColumn);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>A relative URI reference: '/' separators, each segment percent-encoded, never rooted.</summary>
    public static string RelativeUri(string file)
    {
        var segments = file.Replace('\\', '/').TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static string CweTag(string cwe)
    {
        var digits = new string(cwe.Where(char.IsDigit).ToArray());
        return "external/cwe/cwe-" + digits;
    }

    private static string PascalName(string en, string fallback)
    {
        var sb = new StringBuilder();
        foreach (var word in en.Split([' ', '-', '_', '/', '(', ')', ',', '.', ':', '\'', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = new string(word.Where(char.IsAsciiLetterOrDigit).ToArray());
            if (clean.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(clean[0])).Append(clean.AsSpan(1));
        }
        return sb.Length == 0 ? fallback : sb.ToString();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}

internal static class Lang
{
    public static bool IsEnglish(string? lang) => lang is not null && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    public static string Normalise(string? lang) => IsEnglish(lang) ? "en" : "zh-CN";
}
