namespace Compliance.Analyzers.Observations
{
    using System.Collections.Generic;
    using System.Collections.Immutable;
    using Compliance.Analyzers.PersonalData.Detection;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// CMP3990 (hidden observation): personal data that reaches a log, exception, response, file or
    /// telemetry sink only masked (every flow into the sink passes a masking call) — exactly the sinks the
    /// CMP3001–CMP3005 rules stay silent on because the code does the right thing. A sink with no personal
    /// data is no evidence, so it gives nothing.
    /// </summary>
    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataMaskedObservationAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => null;
        private protected override DiagnosticDescriptor Rule => PersonalData.PersonalDataDescriptors.PersonalDataMasked;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            PersonalData.PersonalDataDescriptors.PersonalDataMasked, PersonalData.PersonalDataDescriptors.PersonalDataMaskedInResponse, PersonalData.PersonalDataDescriptors.PersonalDataMaskedInFile);

        /// <summary>CMP3990 logs, exceptions and telemetry; CMP3991 responses; CMP3992 files.</summary>
        private static DiagnosticDescriptor For(PiiSinkKind kind) => kind switch
        {
            PiiSinkKind.Response => PersonalData.PersonalDataDescriptors.PersonalDataMaskedInResponse,
            PiiSinkKind.File => PersonalData.PersonalDataDescriptors.PersonalDataMaskedInFile,
            _ => PersonalData.PersonalDataDescriptors.PersonalDataMasked,
        };
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.Throw, OperationKind.ObjectCreation, OperationKind.Return, OperationKind.Invalid };

        private protected override Diagnostic? CreateDiagnostic(PiiSinkHit hit, ISymbol owner, Dictionary<string, int> ordinals, PiiCompilationContext pii)
        {
            if (hit.HasUnmasked || hit.Primary is not { Masked: true } primary)
            {
                return null;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add("compliance.anchor", Anchor(owner, For(hit.Kind).Id + ":" + hit.SinkName + ":" + primary.Symbol, ordinals))
                .Add("compliance.pii.category", primary.Category.ToToken())
                .Add("compliance.pii.sink", hit.Kind.ToToken());
            return Diagnostic.Create(For(hit.Kind), hit.Node.GetLocation(), properties, primary.Symbol, primary.Category.ToToken(), hit.SinkName);
        }
    }
}
