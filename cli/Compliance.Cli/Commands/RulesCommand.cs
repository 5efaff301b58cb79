namespace Compliance.Cli.Commands;

using System.CommandLine;
using Compliance.Rules.Catalog;

/// <summary>compliance rules list | show ID: print the catalog.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var lang = CommonOptions.Lang();
        var list = new Command("list", "List every rule with its theme, severity and title.") { lang };
        list.SetAction(parse =>
        {
            var l = CommonOptions.NormaliseLang(parse.GetValue(lang), null);
            var catalog = ScanCommand.LoadCatalog();
            foreach (var r in catalog.Rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
                stdout.WriteLine($"{r.Id}  {r.Theme,-13} {r.Severity.ToString().ToLowerInvariant(),-8} {r.Title.For(l)}{(r.EnabledByDefault ? "" : "  (off by default)")}");
            return ExitCodes.Clean;
        });

        var id = new Argument<string>("ID") { Description = "Rule id, e.g. CMP5201." };
        var lang2 = CommonOptions.Lang();
        var show = new Command("show", "Show one rule: titles, controls, law clauses with quotes, remediation, examples.") { id, lang2 };
        show.SetAction(parse =>
        {
            var l = CommonOptions.NormaliseLang(parse.GetValue(lang2), null);
            var catalog = ScanCommand.LoadCatalog();
            var rule = catalog.FindRule(parse.GetValue(id)!.Trim().ToUpperInvariant());
            if (rule is null) { stderr.WriteLine($"error: no rule '{parse.GetValue(id)}' (see 'compliance rules list')"); return ExitCodes.Usage; }
            stdout.WriteLine($"{rule.Id} — {rule.Title.Zh} / {rule.Title.En}");
            stdout.WriteLine($"kind: {rule.Kind.ToString().ToLowerInvariant()}   theme: {rule.Theme}   severity: {rule.Severity.ToString().ToLowerInvariant()}{(rule.EnabledByDefault ? "" : "   (off by default)")}");
            if (rule.Cwe.Count > 0) stdout.WriteLine($"cwe: {string.Join(", ", rule.Cwe)}");
            foreach (var c in rule.Controls)
            {
                if (!catalog.Controls.TryGetValue(c, out var control)) continue;
                stdout.WriteLine($"control {control.Id}: {control.Title.For(l)}");
                foreach (var clauseId in control.Clauses)
                    if (catalog.Clauses.TryGetValue(clauseId, out var clause))
                        stdout.WriteLine($"  {clause.Id} [{clause.Mark}] {clause.ReferenceFor(l)}: {clause.Quote.For(l)}");
            }
            if (rule.Description?.For(l) is { Length: > 0 } what) stdout.WriteLine($"what: {what}");
            stdout.WriteLine($"fix: {rule.Remediation.For(l)}");
            // Policies carry pass/fail example cases beside them (rules/policies/<theme>/<id>/).
            if (rule.Extra.TryGetValue("examples", out var examples) && examples is IEnumerable<object?> cases)
            {
                stdout.WriteLine("examples:");
                foreach (var c in cases.OfType<IDictionary<string, object?>>())
                {
                    var expect = c.TryGetValue("expect", out var e) && e is IEnumerable<object?> lines ? string.Join(", ", lines) : "";
                    stdout.WriteLine($"  {c["case"]}: {(expect.Length == 0 ? "passes" : "fails at " + expect)}");
                }
            }
            stdout.WriteLine($"docs: {rule.HelpPath}");
            return ExitCodes.Clean;
        });

        return new Command("rules", "Print the rule catalog.") { list, show };
    }
}
