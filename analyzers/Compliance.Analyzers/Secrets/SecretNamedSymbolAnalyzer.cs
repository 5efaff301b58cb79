using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>Finds a literal assigned to a field, property, variable, parameter default, attribute argument, anonymous member or dictionary entry named like a secret (English, pinyin, Chinese). Detection is shared (<see cref="CSharpSecretFinder"/>) so one location gets one rule.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretNamedSymbolAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecretsDescriptors.SecretNamedSymbolAssignedConstant);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SecretsReport.RegisterCSharp(context, RuleIdentifiers.SecretNamedSymbolAssignedConstant);
        }
    }
}
