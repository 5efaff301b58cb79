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
        // zh-CN reports speak Beijing time (Asia/Shanghai: UTC+8, no daylight saving since 1991), en reports UTC.
        var local = Lang.IsEnglish(lang) ? renderedAt.ToUniversalTime() : renderedAt.ToOffset(TimeSpan.FromHours(8));
        var m = new ReportModel
        {
            Lang = lang,
            RenderedAt = Lang.IsEnglish(lang)
                ? local.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
                : local.ToString("yyyy-MM-dd HH:mm '(UTC+8)'", CultureInfo.InvariantCulture),
            AssessmentDate = result.Scan.AsOf ?? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReportNumber = result.Scan.ReportNumber ?? "",
            SignOff = new ReportSignOff
            {
                PreparedBy = result.Scan.Signoff?.PreparedBy ?? "",
                ReviewedBy = result.Scan.Signoff?.ReviewedBy ?? "",
                ApprovedBy = result.Scan.Signoff?.ApprovedBy ?? "",
            },
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
        // Low-precision results (a name word alone) are listed apart and never counted in the totals.
        m.Findings = findings.Where(f => !f.LowPrecision).ToList();
        m.LowPrecisionFindings = findings.Where(f => f.LowPrecision).ToList();
        var active = findings.Where(f => f.Active).ToList();

        // The scan counted once (results.json summary); the report only regroups: 高 = critical + high.
        var s = result.Summary;
        m.Counts = new ReportCounts
        {
            High = s.Critical + s.High,
            Critical = s.Critical,
            Medium = s.Medium,
            Low = s.Low,
            Total = s.Total,
            Suppressed = s.Suppressed,
            ParseErrors = s.ParseErrors,
            Skipped = s.Skipped,
            LowPrecision = s.LowPrecision,
            HasBaseline = result.Summary.New is not null || result.Findings.Any(f => f.BaselineState is not null),
            New = result.Summary.New ?? result.Findings.Count(f => f.BaselineState == BaselineStates.New),
            Unchanged = result.Summary.Unchanged ?? result.Findings.Count(f => f.BaselineState == BaselineStates.Unchanged),
            Absent = result.Summary.Absent ?? result.Findings.Count(f => f.BaselineState == BaselineStates.Absent),
            ClaimsTotal = result.Claims.Count,
        };
        // v2: the overall verdict decides the conclusion; an empty or irrelevant scan root is "insufficient
        // evidence", never "largely compliant". v1 results keep the old reading of their counts.
        m.Overall = result.Summary.Overall ?? "legacy";
        m.Conclusion = m.Overall switch
        {
            "contradicted" => "fail",
            "met" => "pass",
            "partial" => "attention",
            "insufficient-evidence" => "insufficient",
            _ => m.Counts.High > 0 || result.Claims.Any(c => c.Verdict == "contradicted") ? "fail"
                : m.Counts.Total > 0 || result.Claims.Any(c => c.Verdict is "partial" or "not-covered") ? "attention" : "pass",
        };
        m.ConclusionText = t["conclusion_" + m.Conclusion];
        m.OverallLabel = t.Get("overall_" + m.Overall, m.Overall);
        m.OverallText = m.ConclusionText;

        m.TopFindings = active
            .OrderByDescending(f => f.Level).ThenBy(f => f.Index)
            .Take(TopCount).ToList();

        m.RiskChart = Bars([("high", t["risk_high"], m.Counts.High), ("medium", t["risk_medium"], m.Counts.Medium), ("low", t["risk_low"], m.Counts.Low)]);
        m.VerdictChart = Bars(Verdicts.Select(v => (v, t["verdict_" + v], result.Claims.Count(c => c.Verdict == v))).ToList());

        m.Claims = result.Claims.Select(c => BuildClaim(c, catalog, t, byKey, result.EvidenceRecords)).ToList();
        m.Laws = BuildLaws(result, catalog, t, findings);
        m.EvidenceRecords = result.EvidenceRecords.Select(e => new ReportEvidenceRecord
        {
            Item = e.Item, Document = e.Document, Reviewer = e.Reviewer, Date = e.Date, Expires = e.Expires ?? "", Note = e.Note ?? "",
            Status = e.Status, StatusLabel = t.Get("evidence_status_" + e.Status, e.Status),
        }).ToList();
        m.RuleGroups = active.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleGroup
            {
                RuleId = g.Key,
                Title = g.First().RuleTitle,
                Risk = g.MaxBy(f => f.Level)!.Risk,
                RiskLabel = g.MaxBy(f => f.Level)!.RiskLabel,
                Count = g.Count(),
                Remediation = g.First().Remediation,
                Clauses = string.Join(Lang.IsEnglish(lang) ? "; " : "；", g.First().Clauses.Select(c => c.Reference)),
                HelpUri = g.First().HelpUri,
            })
            .OrderByDescending(g => g.Risk switch { "high" => 3, "medium" => 2, _ => 1 }).ThenBy(g => g.RuleId, StringComparer.Ordinal).ToList();
        m.Remediation = BuildRemediation(result, findings, catalog, t);
        BuildPersonalData(result, t, m);

        foreach (var c in result.Claims)
            foreach (var item in Lang.IsEnglish(lang) && c.ManualEn.Count > 0 ? c.ManualEn : c.Manual)
                m.ManualReview.Add(new ManualItem { ClaimId = c.Id, ClaimTitle = ClaimTitle(c, lang), Text = item });
        for (var i = 1; t.All.ContainsKey($"manual_general_{i}"); i++)
            m.ManualReview.Add(new ManualItem { Text = t[$"manual_general_{i}"] });

        // Observation rules are evidence, not checks that can find something: not in the check matrix.
        m.Matrix = catalog.Rules.Values.Where(r => r.Kind != RuleKind.Observation).OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new MatrixRow
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

        m.Skipped = result.Skipped.Select(s => new SkippedRow { File = s.File, Reason = s.ReasonIn(lang) }).ToList();
        m.Notices = result.Notices.Select(n => new NoticeRow { Code = n.Code, Message = n.MessageIn(lang), File = n.File ?? "" }).ToList();
        return m;
    }

    private static ReportFinding BuildFinding(ResultFinding f, int index, RuleCatalog catalog, ReportTexts t)
    {
        var lang = t.Lang;
        var rule = catalog.FindRule(f.RuleId);
        // A v1 file without a severity: the catalog's.
        var sev = f.Severity != Severity.None ? f.Severity : rule?.Severity ?? Severity.Low;
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
            Level = sev,
            SeverityLabel = t.Get("severity_" + sev.ToToken(), sev.ToToken()),
            Risk = sev.RiskLevel(),
            RiskLabel = t["risk_" + sev.RiskLevel()],
            File = f.File,
            StartLine = f.StartLine,
            StartColumn = f.StartColumn,
            Location = Location(f.File, f.StartLine, f.StartColumn),
            Message = f.MessageIn(lang),
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
                ? Location(r.File, r.Line, r.Column) : $"{Location(r.File, r.Line, r.Column)} — {r.MessageIn(lang)}").ToList(),
            BaselineState = f.BaselineState ?? "",
            BaselineLabel = f.BaselineState is null ? "" : t.Get("baseline_" + f.BaselineState, f.BaselineState),
            Active = FindingState.IsActive(f),
            Open = FindingState.IsOpen(f),
            LowPrecision = FindingState.IsLowPrecision(f),
            Precision = f.Precision,
            PrecisionLabel = t.Get("precision_" + f.Precision, f.Precision),
            Context = f.Context ?? "",
            ContextLabel = f.Context is null ? "" : t.Get("context_" + f.Context, f.Context),
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

    /// <summary>
    /// One row per finding group (rule): open and waived counts, with the owner and due date from
    /// compliance.yaml <c>remediation:</c> (by rule id, else by theme), else from the waivers.
    /// </summary>
    private static List<RemediationRow> BuildRemediation(ScanResult result, List<ReportFinding> findings, RuleCatalog catalog, ReportTexts t)
    {
        var plan = result.Remediation ?? [];
        var rows = new List<RemediationRow>();
        foreach (var g in findings.Where(f => f.BaselineState != BaselineStates.Absent).GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var open = g.Count(f => f.Active);
            var waivers = g.Where(f => f.Waiver is { Kind: "external" } && f.Waiver.Owner != "").Select(f => f.Waiver!).ToList();
            if (open == 0 && waivers.Count == 0) continue;
            var entry = plan.FirstOrDefault(p => p.Group == g.Key) ?? plan.FirstOrDefault(p => p.Group == g.First().Theme);
            var row = new RemediationRow
            {
                Group = g.Key,
                GroupTitle = g.First().RuleTitle,
                Open = open,
                Waived = waivers.Count,
            };
            if (entry is not null) { row.Owner = entry.Owner; row.Due = entry.Due; row.Note = entry.Note ?? ""; row.Source = "plan"; }
            else if (waivers.Count > 0)
            {
                var w = waivers.OrderBy(x => x.Expires == "" ? "9999" : x.Expires, StringComparer.Ordinal).First();
                row.Owner = w.Owner; row.Due = w.Expires; row.Note = w.Justification; row.Source = "waiver";
            }
            else row.Source = "none";
            row.SourceLabel = t.Get("remediation_source_" + row.Source, row.Source);
            rows.Add(row);
        }
        return rows;
    }

    private static ReportClaim BuildClaim(ClaimResult c, RuleCatalog catalog, ReportTexts t, Dictionary<(string, int, string), ReportFinding> byKey,
        IReadOnlyList<EvidenceRecord> records)
    {
        var en = Lang.IsEnglish(t.Lang);
        var parts = c.Parts.Select(p =>
        {
            var part = new ReportClaimPart
            {
                Kind = p.Kind,
                Id = p.Id,
                Title = p.Kind == ClaimPart.ControlKind
                    ? catalog.Controls.TryGetValue(p.Id, out var ctl) ? ctl.Title.For(t.Lang) : p.Id
                    : (en ? p.TextEn ?? p.Text : p.Text) ?? p.Id,
                Status = p.Status,
                StatusLabel = t.Get("part_" + p.Status, p.Status),
                Observations = p.Observations.Select(o => new ReportObservation
                {
                    Location = Location(o.File, o.Line, 0),
                    RuleId = o.RuleId,
                    RuleTitle = catalog.FindRule(o.RuleId)?.Title.For(t.Lang) ?? o.RuleId,
                }).ToList(),
            };
            if (p.EvidenceRecord is int i && i >= 0 && i < records.Count)
            {
                var r = records[i];
                part.EvidenceText = string.Format(CultureInfo.InvariantCulture, t["evidence_supplied"], r.Document, r.Reviewer, r.Date,
                    string.IsNullOrEmpty(r.Expires) ? t["evidence_no_expiry"] : r.Expires);
            }
            return part;
        }).ToList();
        return new ReportClaim
        {
            Id = c.Id,
            Title = ClaimTitle(c, t.Lang),
            Verdict = c.Verdict,
            VerdictLabel = t.Get("verdict_" + c.Verdict, c.Verdict),
            Basis = c.Basis ?? "",
            BasisLabel = c.Basis is null ? "" : t.Get("basis_" + c.Basis, c.Basis),
            Parts = parts,
            Verified = parts.Where(p => p.Status == ClaimPart.Verified).ToList(),
            NotCovered = parts.Where(p => p.Status == ClaimPart.NotCovered).ToList(),
            ManualParts = parts.Where(p => p.Kind == ClaimPart.ManualKind).ToList(),
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
        // v2: controls with positive evidence (a verified claim part).
        var verified = result.Claims.SelectMany(c => c.Parts).Where(p => p.Kind == ClaimPart.ControlKind && p.Status == ClaimPart.Verified)
            .Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var v2 = result.SchemaVersion >= 2;

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
                // Worded as risk, never as a legal conclusion (DECISIONS.md): 存在风险 / 未发现风险 / 需人工核查.
                // "No risk found" needs positive evidence for a control citing the clause and no finding.
                var status = hits.Count > 0 ? "risk"
                    : v2 ? (controls.Any(c => verified.Contains(c.Id)) ? "no-risk-found" : "manual-check")
                    : controls.Count > 0 && themes.All(examined.Contains) ? "no-risk-found" : "manual-check";
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
                    FindingGroups = hits.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => new RuleCount { RuleId = g.Key, Count = g.Count() }).ToList(),
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
}
