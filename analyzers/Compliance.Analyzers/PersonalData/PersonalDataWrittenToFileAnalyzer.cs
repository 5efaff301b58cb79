namespace Compliance.Analyzers.PersonalData
{
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>CMP3004: personal information written to a file — File.WriteAll*/AppendAll*, StreamWriter/TextWriter.Write*, CSV writers, spreadsheet cells.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataWrittenToFileAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.File;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataWrittenToFile;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.Invalid };
    }
}
