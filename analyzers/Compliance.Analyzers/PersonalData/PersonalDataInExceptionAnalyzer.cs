namespace Compliance.Analyzers.PersonalData
{
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>CMP3002: personal information in a thrown exception's message, or in ProblemDetails / Problem(…).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataInExceptionAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.Exception;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataInException;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Throw, OperationKind.ObjectCreation, OperationKind.Invocation };
    }
}
