using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>Finds provider tokens (AWS, GitHub, Slack, Stripe, Google, Azure, PEM, JWT, Alibaba, Tencent, JD, Volcengine, WeCom, DingTalk, Feishu) in string constants and comments. Detection is shared (<see cref="CSharpSecretFinder"/>) so one location gets one rule.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KnownTokenFormatAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecretsDescriptors.KnownTokenFormat);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SecretsReport.RegisterCSharp(context, RuleIdentifiers.KnownTokenFormat);
        }
    }
}
