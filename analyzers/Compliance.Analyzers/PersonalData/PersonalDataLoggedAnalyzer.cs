namespace Compliance.Analyzers.PersonalData
{
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>
    /// CMP3001: personal information reaches a log unmasked — ILogger extension methods (the
    /// argument bound to a {Phone} placeholder counts), [LoggerMessage] methods,
    /// LoggerMessage.Define delegates, Serilog/NLog/log4net-shaped loggers, Console and
    /// Debug/Trace output.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataLoggedAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.Log;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataLogged;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.Invalid };
    }
}
