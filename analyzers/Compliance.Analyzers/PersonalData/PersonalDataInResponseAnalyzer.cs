namespace Compliance.Analyzers.PersonalData
{
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>
    /// CMP3003: a controller action, minimal-API handler or Azure Functions HTTP trigger returns personal information
    /// unmasked (also written with HttpResponse/HttpResponseData body writers)
    /// — reported at the DTO/anonymous-object member that carries it, or at the returned entity.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataInResponseAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.Response;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataInResponse;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Return, OperationKind.Invocation, OperationKind.Invalid };
    }
}
