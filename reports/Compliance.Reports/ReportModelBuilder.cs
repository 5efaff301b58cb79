namespace Compliance.Reports;

using System.Globalization;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;

/// <summary>
/// Joins a <see cref="ScanResult"/> with the catalog into the <see cref="ReportModel"/> the HTML and
/// Markdown templates render. It only reorganises what the scan produced: no text is invented
/// beyond the catalog and the i18n dictionary, and raw fields (anchors, absolute paths) are not copied.
/// </summary>
public static class ReportModelBuilder
{
    /// <summary>Laws shown in the article-by-article view, in this order; other catalog laws follow by id.</summary>
    public static readonly string[] LawOrder = ["pipl", "dsl", "csl", "gbt22239", "gbt35273", "netdata-regulation"];

    private static readonly string[] Verdicts = ["met", "contradicted", "partial", "manual", "not-covered"];
    private const int TopCount = 10;
    private const int MaxFilesPerTheme = 12;

    public static ReportModel Build(ScanResult result, RuleCatalog catalog, ReportTexts t, DateTimeOffset renderedAt)
    {
        var lang = t.Lang;
        var m = new ReportModel
        {
            Lang = lang,
            RenderedAt = renderedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            Tool = new ReportToolModel { Name = result.Tool.Name, Version = result.Tool.Version, CatalogVersion = result.Tool.CatalogVersion },
        };
        catalog.Profiles.TryGetValue(result.Scan.Profile ?? "", out var profile);
        m.Scan = new ReportScanModel
        {
            Root = result.Scan.Root,
            InputsSha256 = result.Scan.InputsSha256,
            Profile = result.Scan.Profile ?? "",
            ProfileName = profile?.Name.For(lang) ?? result.Scan.Profile ?? "",
            SystemName = result.Scan.SystemName ?? "",
            Organisation = result.Scan.Organisation ?? "",
            AsOf = result.Scan.AsOf ?? "",
            FilesScanned = result.Scan.FilesScanned,
            CsharpFiles = result.Scan.CSharpFiles,
            ConfigFiles = result.Scan.ConfigFiles,
            CsharpMode = result.Scan.CSharpMode,
            CsharpModeText = t.Get("csharp_mode_" + result.Scan.CSharpMode, result.Scan.CSharpMode),
            CsharpFilesWithErrors = result.Scan.CSharpFilesWithErrors,
            GeneratedFiles = result.Scan.GeneratedFiles,
        };

        // Findings in the scan's order (file, line, column, rule id); anchors f-1, f-2… follow it.
        var findings = new List<ReportFinding>();
        var byKey = new Dictionary<(string, int, string), ReportFinding>();
        foreach (var f in result.Findings)
        {
            var rf = BuildFinding(f, findings.Count + 1, catalog, t);
            findings.Add(rf);
            byKey.TryAdd((f.File, f.StartLine, f.RuleId), rf);
        }
        m.Findings = findings;
        var active = findings.Where(f => f.Active).ToList();

        m.Counts = new ReportCounts
        {
            High = active.Count(f => f.Risk == "high"),
            Critical = active.Count(f => f.Severity == "critical"),
            Medium = active.Count(f => f.Risk == "medium"),
            Low = active.Count(f => f.Risk == "low"),
            Total = active.Count,
            Suppressed = result.Findings.Count(f => f.Suppression is not null),
            ParseErrors = result.Findings.Count(f => f.Theme == Themes.ParseError),
            Skipped = result.Skipped.Count,
            HasBaseline = result.Summary.New is not null || result.Findings.Any(f => f.BaselineState is not null),
            New = result.Summary.New ?? result.Findings.Count(f => f.BaselineState == "new"),
            Unchanged = result.Summary.Unchanged ?? result.Findings.Count(f => f.BaselineState == "unchanged"),
            Absent = result.Summary.Absent ?? result.Findings.Count(f => f.BaselineState == "absent"),
            ClaimsTotal = result.Claims.Count,
        };
        m.Conclusion = m.Counts.High > 0 || result.Claims.Any(c => c.Verdict == "contradicted") ? "fail"
            : m.Counts.Total > 0 || result.Claims.Any(c => c.Verdict is "partial" or "not-covered") ? "attention"
            : "pass";
        m.ConclusionText = t["conclusion_" + m.Conclusion];

        m.TopFindings = active
            .OrderByDescending(f => SeverityRank(f.Severity)).ThenBy(f => f.Index)
            .Take(TopCount).ToList();

        m.RiskChart = Bars([("high", t["risk_high"], m.Counts.High), ("medium", t["risk_medium"], m.Counts.Medium), ("low", t["risk_low"], m.Counts.Low)]);
        m.VerdictChart = Bars(Verdicts.Select(v => (v, t["verdict_" + v], result.Claims.Count(c => c.Verdict == v))).ToList());

        m.Claims = result.Claims.Select(c => BuildClaim(c, catalog, t, byKey)).ToList();
        m.Laws = BuildLaws(result, catalog, t, findings);
        BuildPersonalData(result, t, m);

        foreach (var c in result.Claims)
            foreach (var item in Lang.IsEnglish(lang) && c.ManualEn.Count > 0 ? c.ManualEn : c.Manual)
                m.ManualReview.Add(new ManualItem { ClaimId = c.Id, ClaimTitle = ClaimTitle(c, lang), Text = item });
        for (var i = 1; t.All.ContainsKey($"manual_general_{i}"); i++)
            m.ManualReview.Add(new ManualItem { Text = t[$"manual_general_{i}"] });

        m.Matrix = catalog.Rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new MatrixRow
        {
            RuleId = r.Id,
            Title = r.Title.For(lang),
            ThemeLabel = ThemeLabel(r.Theme, t),
            SeverityLabel = t.Get("severity_" + r.Severity.ToToken(), r.Severity.ToToken()),
            Controls = r.Controls.Where(catalog.Controls.ContainsKey)
                .Select(c => new ReportControlRef { Id = c, Title = catalog.Controls[c].Title.For(lang) }).ToList(),
            Clauses = string.Join(Lang.IsEnglish(lang) ? "; " : "；",
                catalog.ClausesOf(r).Where(catalog.Clauses.ContainsKey).Select(c => catalog.Clauses[c].ReferenceFor(lang))),
        }).ToList();

        m.Skipped = result.Skipped.Select(s => new SkippedRow { File = s.File, Reason = s.Reason }).ToList();
        m.Notices = result.Notices.Select(n => new NoticeRow { Code = n.Code, Message = n.Message, File = n.File ?? "" }).ToList();
        return m;
    }

    private static ReportFinding BuildFinding(ResultFinding f, int index, RuleCatalog catalog, ReportTexts t)
    {
        var lang = t.Lang;
        var rule = catalog.FindRule(f.RuleId);
        if (!SeverityExtensions.TryParse(f.Severity, out var sev) || sev == Severity.None) sev = rule?.Severity ?? Severity.Low;
        var theme = string.IsNullOrEmpty(f.Theme) ? rule?.Theme ?? "" : f.Theme;
        var controls = f.Controls.Count > 0 ? f.Controls : rule?.Controls.ToList() ?? [];
        var clauses = f.Clauses.Count > 0 ? f.Clauses : rule is null ? [] : catalog.ClausesOf(rule).ToList();
        var rf = new ReportFinding
        {
            Index = index,
            Anchor = "f-" + index.ToString(CultureInfo.InvariantCulture),
            Id = f.Id,
            RuleId = f.RuleId,
            RuleTitle = rule?.Title.For(lang) ?? f.RuleId,
            Theme = theme,
            ThemeLabel = ThemeLabel(theme, t),
            Severity = sev.ToToken(),
            SeverityLabel = t.Get("severity_" + sev.ToToken(), sev.ToToken()),
            Risk = sev.RiskLevel(),
            RiskLabel = t["risk_" + sev.RiskLevel()],
            File = f.File,
            StartLine = f.StartLine,
            StartColumn = f.StartColumn,
            Location = Location(f.File, f.StartLine, f.StartColumn),
            Message = f.Message,
            Evidence = f.Evidence,
            Remediation = rule?.Remediation.For(lang) ?? "",
            HelpUri = SarifWriter.HelpBase + f.RuleId + ".md",
            Controls = controls.Select(c => new ReportControlRef
            {
                Id = c,
                Title = catalog.Controls.TryGetValue(c, out var ctl) ? ctl.Title.For(lang) : c,
            }).ToList(),
            Clauses = clauses.Where(catalog.Clauses.ContainsKey).Select(c => catalog.Clauses[c]).Select(c => new ReportClauseRef
            {
                Id = c.Id,
                Reference = c.ReferenceFor(lang),
                Quote = c.Quote.For(lang),
                Mark = c.Mark,
            }).ToList(),
            Related = (f.Related ?? []).Select(r => string.IsNullOrEmpty(r.Message)
                ? Location(r.File, r.Line, r.Column) : $"{Location(r.File, r.Line, r.Column)} — {r.Message}").ToList(),
            BaselineState = f.BaselineState ?? "",
            BaselineLabel = f.BaselineState is null ? "" : t.Get("baseline_" + f.BaselineState, f.BaselineState),
            Active = f.Suppression is null && f.BaselineState != "absent",
        };
        if (f.Suppression is { } s)
            rf.Waiver = new ReportWaiver
            {
                Kind = s.Kind,
                KindLabel = t.Get("waiver_kind_" + s.Kind, s.Kind),
                Justification = s.Justification ?? "",
                Owner = s.Owner ?? "",
                Expires = s.Expires ?? "",
            };
        return rf;
    }

    private static ReportClaim BuildClaim(ClaimResult c, RuleCatalog catalog, ReportTexts t, Dictionary<(string, int, string), ReportFinding> byKey)
    {
        var en = Lang.IsEnglish(t.Lang);
        return new ReportClaim
        {
            Id = c.Id,
            Title = ClaimTitle(c, t.Lang),
            Verdict = c.Verdict,
            VerdictLabel = t.Get("verdict_" + c.Verdict, c.Verdict),
            Note = (en ? c.NoteEn ?? c.Note : c.Note) ?? "",
            Controls = c.Controls.ToList(),
            Manual = (en && c.ManualEn.Count > 0 ? c.ManualEn : c.Manual).ToList(),
            Evidence = c.Evidence.Select(e =>
            {
                byKey.TryGetValue((e.File, e.Line, e.RuleId), out var f);
                return new ReportEvidence
                {
                    File = e.File,
                    Line = e.Line,
                    RuleId = e.RuleId,
                    RuleTitle = catalog.FindRule(e.RuleId)?.Title.For(t.Lang) ?? e.RuleId,
                    Snippet = f?.Evidence ?? "",
                    FindingAnchor = f?.Anchor ?? "",
                };
            }).ToList(),
            Examined = c.Examined.Select(x => new ReportExamined
            {
                Theme = x.Theme,
                ThemeLabel = ThemeLabel(x.Theme, t),
                Checks = string.Join(", ", x.Checks),
                Files = x.Files.Take(MaxFilesPerTheme).ToList(),
                MoreFiles = Math.Max(0, x.Files.Count - MaxFilesPerTheme),
            }).ToList(),
        };
    }

    private static List<ReportLaw> BuildLaws(ScanResult result, RuleCatalog catalog, ReportTexts t, List<ReportFinding> findings)
    {
        // Themes whose checks had inputs, from what results.json keeps (claims[].examined and the findings),
        // so `compliance report results.json` re-renders exactly the report the scan wrote.
        var examined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in result.Claims) foreach (var x in c.Examined) if (x.Files.Count > 0) examined.Add(x.Theme);
        foreach (var f in findings) examined.Add(f.Theme);

        var laws = catalog.Laws.Values
            .OrderBy(l => Array.IndexOf(LawOrder, l.Id) is var i && i >= 0 ? i : LawOrder.Length)
            .ThenBy(l => l.Id, StringComparer.Ordinal);
        var list = new List<ReportLaw>();
        foreach (var law in laws)
        {
            var rl = new ReportLaw { Id = law.Id, Name = law.Name.For(t.Lang) };
            foreach (var clause in law.Clauses)
            {
                var controls = catalog.Controls.Values.Where(c => c.Clauses.Contains(clause.Id))
                    .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
                var hits = findings.Where(f => f.Active && f.Clauses.Any(c => c.Id == clause.Id)).ToList();
                var themes = controls.Select(c => c.Theme).Distinct(StringComparer.Ordinal).ToList();
                var status = hits.Count > 0 ? "contradicted"
                    : controls.Count == 0 ? "manual"
                    : themes.All(examined.Contains) ? "met"
                    : themes.Any(examined.Contains) ? "partial"
                    : "not-covered";
                // CSL clauses carry both numbers in their reference already ("Art. 21 (2016) / Art. 23 (2025)");
                // a legacy clause of its own is shown only when the catalog has it, never as a raw id.
                var legacy = !string.IsNullOrEmpty(clause.Legacy) && catalog.Clauses.TryGetValue(clause.Legacy, out var old)
                    ? old.ReferenceFor(t.Lang) : "";
                rl.Clauses.Add(new ReportClause
                {
                    Id = clause.Id,
                    Reference = clause.ReferenceFor(t.Lang),
                    Legacy = legacy,
                    Quote = clause.Quote.For(t.Lang),
                    Mark = clause.Mark,
                    MarkLabel = t.Get("mark_" + clause.Mark, clause.Mark),
                    Status = status,
                    StatusLabel = t["clause_status_" + status],
                    Controls = string.Join(", ", controls.Select(c => c.Title.For(t.Lang))),
                    Findings = hits.Select(f => new ReportFindingRef
                    {
                        Anchor = f.Anchor, RuleId = f.RuleId, Location = f.Location,
                        Risk = f.Risk, RiskLabel = f.RiskLabel, Message = f.Message,
                    }).ToList(),
                });
            }
            list.Add(rl);
        }
        return list;
    }

    private static void BuildPersonalData(ScanResult result, ReportTexts t, ReportModel m)
    {
        m.PersonalData = result.PersonalData.GroupBy(p => p.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PersonalDataCategory
            {
                Category = g.Key,
                Sources = g.Count(p => p.Kind == "source"),
                Sinks = g.Count(p => p.Kind == "sink"),
                Unmasked = g.Count(p => p.Kind == "sink" && !p.Masked),
            }).ToList();
        m.PersonalDataEntries = result.PersonalData.Select(p => new ReportPersonalDataEntry
        {
            Category = p.Category,
            Kind = p.Kind,
            KindLabel = t.Get("pd_kind_" + p.Kind, p.Kind),
            Location = Location(p.File, p.Line, 0),
            Symbol = p.Symbol,
            Sink = p.Sink ?? "",
            Masked = p.Masked,
        }).ToList();
    }

    private static List<ChartBar> Bars(IReadOnlyList<(string Key, string Label, int Count)> items)
    {
        var max = Math.Max(1, items.Max(i => i.Count));
        return items.Select((i, n) => new ChartBar
        {
            Key = i.Key,
            Label = i.Label,
            Count = i.Count,
            Width = i.Count == 0 ? 0 : Math.Max(4, (int)Math.Round(250.0 * i.Count / max)),
            Y = 8 + n * 34,
        }).ToList();
    }

    public static string Location(string file, int line, int column) =>
        line <= 0 ? file : column > 0 ? $"{file}:{line}:{column}" : $"{file}:{line}";

    private static string ClaimTitle(ClaimResult c, string lang) =>
        Lang.IsEnglish(lang) && !string.IsNullOrEmpty(c.TitleEn) ? c.TitleEn : c.Title;

    private static string ThemeLabel(string theme, ReportTexts t) => t.Get("theme_" + theme, theme);

    internal static int SeverityRank(string severity) => SeverityExtensions.TryParse(severity, out var s) ? (int)s : 0;
}
