namespace Compliance.Cli.Scanning;

using System.Globalization;
using Compliance.Rules.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

/// <summary>
/// Turns analyzer diagnostics into findings: relative location, the message in both languages, a stable
/// anchor (containing member + ordinal of the rule in it, unless the analyzer gives one) and a
/// redacted evidence line. CMP3900 (hidden) diagnostics become the personal-data inventory.
/// </summary>
public static class DiagnosticBridge
{
    public const string EvidenceProperty = "compliance.evidence";
    public const string AnchorProperty = "compliance.anchor";
    public const string SeverityProperty = "compliance.severity";
    /// <summary>high | medium | low when the analyzer decides per result (else the catalog's).</summary>
    public const string PrecisionProperty = "compliance.precision";
    /// <summary>A context the analyzer knows (e.g. generated); paths and test projects are judged by the CLI.</summary>
    public const string ContextProperty = "compliance.context";
    public const string InventoryId = "CMP3900";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static (List<Finding> Findings, List<PersonalDataEntry> Inventory) Convert(string root, IEnumerable<Diagnostic> diagnostics,
        IReadOnlySet<string>? secretAllowlist = null)
    {
        var findings = new List<Finding>();
        var inventory = new List<PersonalDataEntry>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);

        var ordered = diagnostics
            .OrderBy(d => CSharpAnalysis.Rel(root, d.Location.SourceTree!.FilePath), StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var d in ordered)
        {
            var span = d.Location.GetLineSpan();
            var file = CSharpAnalysis.Rel(root, d.Location.SourceTree!.FilePath);
            if (d.Id == InventoryId)
            {
                inventory.Add(new PersonalDataEntry
                {
                    Category = Prop(d, "compliance.pii.category") ?? "other",
                    Kind = Prop(d, "compliance.pii.kind") ?? "source",
                    File = file,
                    Line = span.StartLinePosition.Line + 1,
                    Symbol = Prop(d, "compliance.pii.symbol") ?? "",
                    Sink = Prop(d, "compliance.pii.sink"),
                    Masked = string.Equals(Prop(d, "compliance.pii.masked"), "true", StringComparison.OrdinalIgnoreCase),
                });
                continue;
            }

            var member = ContainingMember(d.Location);
            var anchor = Prop(d, AnchorProperty);
            if (string.IsNullOrEmpty(anchor))
            {
                var key = $"{file}\n{d.Id}\n{member}";
                ordinals[key] = ordinals.TryGetValue(key, out var n) ? n + 1 : 0;
                anchor = $"{member}#{ordinals[key]}";
            }
            Severity? severity = SeverityExtensions.TryParse(Prop(d, SeverityProperty), out var s) && s != Severity.None ? s : null;

            findings.Add(new Finding
            {
                RuleId = d.Id,
                File = file,
                StartLine = span.StartLinePosition.Line + 1,
                StartColumn = span.StartLinePosition.Character + 1,
                EndLine = span.EndLinePosition.Line + 1,
                EndColumn = span.EndLinePosition.Character + 1,
                // Both resources (the zh-Hans satellite and the neutral English one): the writers choose.
                Message = d.GetMessage(English),
                MessageZh = d.GetMessage(Chinese),
                Evidence = Prop(d, EvidenceProperty) ?? EvidenceLine(d.Location),
                Anchor = anchor,
                SeverityOverride = severity,
                Precision = Prop(d, PrecisionProperty),
                Context = FindingContexts.IsKnown(Prop(d, ContextProperty)) ? Prop(d, ContextProperty) : null,
                SuppressedInSource = d.IsSuppressed,
                AllowlistedSecret = secretAllowlist is { Count: > 0 } && d.Id.StartsWith("CMP1", StringComparison.Ordinal)
                                    && LiteralValue(d.Location) is { } value && secretAllowlist.Contains(ScanPipeline.Sha256Hex(value)),
                Related = d.AdditionalLocations.Where(l => l.IsInSource).Select(l =>
                {
                    var ls = l.GetLineSpan();
                    return new RelatedLocation(CSharpAnalysis.Rel(root, l.SourceTree!.FilePath), ls.StartLinePosition.Line + 1,
                        ls.StartLinePosition.Character + 1, "source");
                }).ToList(),
            });
        }
        return (findings, inventory);
    }

    /// <summary>The value of the string literal a secret finding points at (for the allowlist; never output).</summary>
    private static string? LiteralValue(Location location)
    {
        var token = location.SourceTree!.GetRoot().FindToken(location.SourceSpan.Start);
        return token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
               || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            ? token.ValueText : null;
    }

    private static string? Prop(Diagnostic d, string key) => d.Properties.TryGetValue(key, out var v) ? v : null;

    /// <summary>"Namespace.Type.Member" for the innermost member (or type) around a location.</summary>
    private static string ContainingMember(Location location)
    {
        var root = location.SourceTree!.GetRoot();
        var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        var parts = new List<string>();
        for (var n = node; n is not null; n = n.Parent)
        {
            switch (n)
            {
                case MethodDeclarationSyntax m: parts.Add(m.Identifier.ValueText + "(" + m.ParameterList.Parameters.Count + ")"); break;
                case ConstructorDeclarationSyntax c: parts.Add(".ctor(" + c.ParameterList.Parameters.Count + ")"); break;
                case PropertyDeclarationSyntax p: parts.Add(p.Identifier.ValueText); break;
                case FieldDeclarationSyntax f: parts.Add(string.Join(",", f.Declaration.Variables.Select(v => v.Identifier.ValueText))); break;
                case LocalFunctionStatementSyntax lf: parts.Add(lf.Identifier.ValueText); break;
                case BaseTypeDeclarationSyntax t: parts.Add(t.Identifier.ValueText); break;
                case BaseNamespaceDeclarationSyntax ns: parts.Add(ns.Name.ToString()); break;
            }
        }
        parts.Reverse();
        return parts.Count == 0 ? "<top-level>" : string.Join(".", parts);
    }

    /// <summary>The source line of the finding, trimmed, with every string literal's content masked.</summary>
    private static string EvidenceLine(Location location)
    {
        var text = location.SourceTree!.GetText();
        var line = text.Lines[location.GetLineSpan().StartLinePosition.Line];
        var lineSpan = line.Span;
        var root = location.SourceTree.GetRoot();
        var sb = new System.Text.StringBuilder();
        var pos = lineSpan.Start;
        foreach (var token in root.DescendantTokens(lineSpan))
        {
            if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                && !token.IsKind(SyntaxKind.CharacterLiteralToken) && !token.IsKind(SyntaxKind.Utf8StringLiteralToken)
                && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                continue;
            var start = Math.Max(token.Span.Start, lineSpan.Start);
            var end = Math.Min(token.Span.End, lineSpan.End);
            if (start >= end) continue;
            sb.Append(text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(pos, start - pos)));
            sb.Append(Redaction.MaskLiteral(text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start))));
            pos = end;
        }
        if (pos < lineSpan.End) sb.Append(text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(pos, lineSpan.End - pos)));
        var s = sb.ToString().Trim();
        // Line comments can hold secrets too (a "rotated" key): drop them from evidence.
        var comment = s.IndexOf("//", StringComparison.Ordinal);
        if (comment >= 0 && !s[..comment].Contains('"')) s = s[..comment].TrimEnd();
        return s.Length > 200 ? s[..200] + "…" : s;
    }
}
