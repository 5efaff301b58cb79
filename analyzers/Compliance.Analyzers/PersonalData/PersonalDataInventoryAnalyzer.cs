namespace Compliance.Analyzers.PersonalData
{
    using System;
    using System.Collections.Generic;
    using System.Collections.Immutable;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.PersonalData.Detection;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>
    /// CMP3900 (hidden): the personal-data inventory. One diagnostic per PII source (a field or
    /// property that holds personal information, by classification attribute or by name) and
    /// per sink occurrence (log, exception, response, file, telemetry), masked or not. The CLI
    /// turns these into results.json's <c>personalData[]</c>; builds stay quiet.
    /// Properties: compliance.pii.category, .kind (source|sink), .symbol, .sink, .masked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataInventoryAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => null;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataInventory;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.Throw, OperationKind.ObjectCreation, OperationKind.Return, OperationKind.Invalid };

        private protected override Diagnostic? CreateDiagnostic(PiiSinkHit hit, ISymbol owner, Dictionary<string, int> ordinals, PiiCompilationContext pii)
        {
            var primary = hit.Primary;
            if (primary == null)
            {
                return null;
            }

            var options = pii.OptionsFor(hit.Node.SyntaxTree);
            var properties = Properties(hit, primary, owner, ordinals, pii, options, Rule.Id + ":" + hit.Kind.ToToken(), out var additional);
            var masked = hit.HasUnmasked ? "false" : "true";
            return Diagnostic.Create(Rule, hit.Node.GetLocation(), additional, properties,
                "sink", primary.Symbol, primary.Category.ToToken(), " → " + hit.Kind.ToToken() + " (" + hit.SinkName + ", masked: " + masked + ")");
        }

        private protected override void RegisterMore(CompilationStartAnalysisContext context, PiiCompilationContext pii)
        {
            context.RegisterSymbolAction(symbolContext =>
            {
                var symbol = symbolContext.Symbol;
                if (symbol.IsImplicitlyDeclared || symbol.Locations.Length == 0 || !symbol.Locations[0].IsInSource)
                {
                    return;
                }

                if (GeneratedCode.IsGenerated(symbol.Locations[0], symbolContext.Options, symbolContext.CancellationToken))
                {
                    return;
                }

                var type = symbol is IPropertySymbol p ? p.Type : (symbol as IFieldSymbol)?.Type;
                if (!PiiCompilationContext.CanHoldPii(type) || (symbol is IFieldSymbol f && f.IsConst))
                {
                    return;
                }

                var options = pii.OptionsFor(symbol.Locations[0].SourceTree!);
                var classified = PiiCompilationContext.HasClassificationAttribute(symbol, options);
                // a password member is not an inventory item of personal data (it is a credential; CMP2xxx checks how it is stored)
                if ((!options.Names.TryClassify(symbol.Name, symbol.ContainingType?.Name, out var category) || category == PiiCategory.Password) && !classified)
                {
                    return;
                }

                var display = (symbol.ContainingType?.Name ?? string.Empty) + "." + symbol.Name;
                var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
                builder["compliance.evidence"] = display;
                builder["compliance.anchor"] = (symbol.ContainingType?.ToDisplayString() ?? string.Empty) + "." + symbol.Name + "/" + Rule.Id + ":source#0";
                builder["compliance.pii.category"] = category.ToToken();
                builder["compliance.pii.kind"] = "source";
                builder["compliance.pii.symbol"] = display;
                builder["compliance.pii.classified"] = classified ? "true" : "false";
                builder["compliance.pii.masked"] = "false";
                symbolContext.ReportDiagnostic(Diagnostic.Create(Rule, symbol.Locations[0], builder.ToImmutable(),
                    "source", display, category.ToToken(), classified ? " [classified]" : string.Empty));
            }, SymbolKind.Property, SymbolKind.Field);
        }
    }
}
