namespace Compliance.Analyzers.PersonalData
{
    using System;
    using System.Collections.Generic;
    using System.Collections.Immutable;
    using System.Globalization;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.PersonalData.Detection;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// CMP3010: real-looking personal data written in code — mainland mobile numbers with an
    /// allocated prefix, resident ID numbers with a valid GB 11643 checksum and birth date,
    /// Luhn-valid bank cards with a BIN-consistent length, personal e-mail addresses. Masked
    /// forms (138****5678) and reserved domains (example.com) are not reported. The message and
    /// evidence only ever show the masked value.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataLiteralAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(PersonalDataDescriptors.PersonalDataLiteral);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var testProject = TestProjectDetector.IsTestProject(start.Compilation);
                start.RegisterOperationBlockStartAction(block =>
                {
                    if (block.OperationBlocks.Length > 0 && GeneratedCode.IsGenerated(block.OperationBlocks[0].Syntax, block.Options, block.CancellationToken))
                    {
                        return; // an EF Core migration: generated code is not analysed
                    }

                    var found = new List<(SyntaxNode Node, PiiLiteralMatch Match)>();
                    block.RegisterOperationAction(operationContext =>
                    {
                        var literal = (ILiteralOperation)operationContext.Operation;
                        var text = LiteralText(literal);
                        if (text == null)
                        {
                            return;
                        }

                        var matches = PiiLiteralScanner.Find(text);
                        if (matches.Count == 0)
                        {
                            return;
                        }

                        lock (found)
                        {
                            // one finding per literal: the most sensitive match
                            var best = matches[0];
                            foreach (var m in matches)
                            {
                                if (m.Category.IsSensitive() && !best.Category.IsSensitive())
                                {
                                    best = m;
                                }
                            }

                            found.Add((literal.Syntax, best));
                        }
                    }, OperationKind.Literal);
                    block.RegisterOperationBlockEndAction(end =>
                    {
                        List<(SyntaxNode Node, PiiLiteralMatch Match)> snapshot;
                        lock (found)
                        {
                            snapshot = new List<(SyntaxNode, PiiLiteralMatch)>(found);
                        }

                        snapshot.Sort((a, b) => a.Node.SpanStart.CompareTo(b.Node.SpanStart));
                        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
                        foreach (var (node, match) in snapshot)
                        {
                            var category = match.Category.ToToken();
                            var severity = match.Category.IsSensitive() ? "high" : match.Category == PiiCategory.Email ? "low" : "medium";
                            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
                            builder["compliance.evidence"] = match.Masked;
                            builder["compliance.anchor"] = PiiSinkAnalyzerBase.Anchor(end.OwningSymbol, RuleIdentifiers.PersonalDataLiteral + ":" + category, ordinals);
                            builder["compliance.severity"] = testProject ? TestProjectDetector.Lower(severity) : severity;
                            builder["compliance.pii.category"] = category;
                            builder["compliance.pii.kind"] = "source";
                            builder["compliance.pii.symbol"] = match.Masked;
                            builder["compliance.pii.masked"] = "false";
                            end.ReportDiagnostic(Diagnostic.Create(PersonalDataDescriptors.PersonalDataLiteral, node.GetLocation(), builder.ToImmutable(), category, match.Masked));
                        }
                    });
                });
            });
        }

        private static string? LiteralText(ILiteralOperation literal)
        {
            if (!literal.ConstantValue.HasValue)
            {
                return null;
            }

            switch (literal.ConstantValue.Value)
            {
                case string s:
                    return s;
                case long l:
                    return l.ToString(CultureInfo.InvariantCulture);
                case ulong ul:
                    return ul.ToString(CultureInfo.InvariantCulture);
                case decimal d:
                    return d.ToString(CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }
    }
}
