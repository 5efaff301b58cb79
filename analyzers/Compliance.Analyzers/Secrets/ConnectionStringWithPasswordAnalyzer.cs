using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>Finds connection strings and URIs in code that carry a password. Detection is shared (<see cref="CSharpSecretFinder"/>) so one location gets one rule.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConnectionStringWithPasswordAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecretsDescriptors.ConnectionStringWithPassword);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SecretsReport.RegisterCSharp(context, RuleIdentifiers.ConnectionStringWithPassword);
        }
    }
}
