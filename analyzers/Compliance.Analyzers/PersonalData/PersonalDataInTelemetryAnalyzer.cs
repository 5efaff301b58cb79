namespace Compliance.Analyzers.PersonalData
{
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>CMP3005: personal information recorded as a telemetry tag — Activity.SetTag/AddTag/baggage, TagList, metric tags.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataInTelemetryAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.Telemetry;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataInTelemetry;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.Invalid };
    }
}
