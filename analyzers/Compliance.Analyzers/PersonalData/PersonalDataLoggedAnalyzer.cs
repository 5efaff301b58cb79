namespace Compliance.Analyzers.PersonalData
{
    using System;
    using System.Collections.Generic;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>
    /// CMP3001: personal information reaches a log unmasked — ILogger extension methods (the
    /// argument bound to a {Phone} placeholder counts), [LoggerMessage] methods (their call sites, and their template
    /// on the attribute), LoggerMessage.Define delegates, Serilog/NLog/log4net-shaped loggers, Console and
    /// Debug/Trace output.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataLoggedAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.Log;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataLogged;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.Invalid };

        private protected override void RegisterMore(CompilationStartAnalysisContext context, PiiCompilationContext pii)
        {
            context.RegisterSymbolAction(symbolContext =>
            {
                var method = (IMethodSymbol)symbolContext.Symbol;
                if (method.Locations.Length == 0 || !method.Locations[0].IsInSource || method.GetAttributes().Length == 0
                    || GeneratedCode.IsGenerated(method.Locations[0], symbolContext.Options, symbolContext.CancellationToken))
                {
                    return;
                }

                try
                {
                    var hit = LoggerMessageTemplates.Find(method, pii.OptionsFor(method.Locations[0].SourceTree!), symbolContext.CancellationToken);
                    var diagnostic = hit == null ? null : CreateDiagnostic(hit, method, new Dictionary<string, int>(StringComparer.Ordinal), pii);
                    if (diagnostic != null)
                    {
                        symbolContext.ReportDiagnostic(diagnostic);
                    }
                }
                catch (Exception ex) when (!(ex is OperationCanceledException))
                {
                    // incomplete code must never surface as AD0001
                }
            }, SymbolKind.Method);
        }
    }
}
