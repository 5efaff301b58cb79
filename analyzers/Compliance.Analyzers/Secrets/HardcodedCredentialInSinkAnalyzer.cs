using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>Finds a constant (literal, const, static readonly, concatenation, GetBytes/FromBase64String) passed to an API that takes a password, key, client secret or connection string. Detection is shared (<see cref="CSharpSecretFinder"/>) so one location gets one rule.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardcodedCredentialInSinkAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecretsDescriptors.HardcodedCredentialInSink);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SecretsReport.RegisterCSharp(context, RuleIdentifiers.HardcodedCredentialInSink);
        }
    }
}
