using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>Turns shared findings into diagnostics with the properties the CLI reads.</summary>
    internal static class SecretsReport
    {
        public const string AnchorProperty = "compliance.anchor";
        public const string EvidenceProperty = "compliance.evidence";
        public const string SeverityProperty = "compliance.severity";
        public const string ConfigKeyProperty = "compliance.secrets.configKey";

        private static readonly string[] TestFrameworks =
        {
            "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert", "nunit.framework",
            "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",
        };

        /// <summary>Test projects are recognised by the test framework they reference: findings there stay, at lower severity.</summary>
        public static bool IsTestProject(Compilation compilation)
        {
            foreach (var name in compilation.ReferencedAssemblyNames)
            {
                foreach (var known in TestFrameworks)
                {
                    if (string.Equals(name.Name, known, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Two steps down for test code: critical → medium, high → low.</summary>
        public static string Lower(string severity) => severity == "critical" ? "medium" : "low";

        public const string PrecisionProperty = "compliance.precision";

        public static ImmutableDictionary<string, string?> Properties(string ruleId, string anchor, string evidence, bool isTest, string? configKey = null, string? precision = null)
        {
            var b = ImmutableDictionary.CreateBuilder<string, string?>();
            b[AnchorProperty] = anchor;
            b[EvidenceProperty] = evidence;
            if (isTest)
            {
                b[SeverityProperty] = Lower(SecretsDescriptors.CatalogSeverity[ruleId]);
            }

            if (configKey != null)
            {
                b[ConfigKeyProperty] = configKey;
            }

            if (precision != null)
            {
                b[PrecisionProperty] = precision;
            }

            return b.ToImmutable();
        }

        /// <summary>Registers a semantic-model action reporting the shared C# findings of one rule.</summary>
        public static void RegisterCSharp(AnalysisContext context, string ruleId)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var isTest = IsTestProject(start.Compilation);
                var descriptor = SecretsDescriptors.For(ruleId);
                start.RegisterSemanticModelAction(ctx =>
                {
                    IReadOnlyList<CSharpSecretFinding> findings;
                    try
                    {
                        findings = CSharpSecretFinder.Find(ctx.SemanticModel, ctx.CancellationToken);
                    }
                    catch (Exception e) when (!(e is OperationCanceledException))
                    {
                        // a build must never fail because of an unforeseen syntax shape (AD0001); the tests cover known shapes
                        return;
                    }

                    foreach (var f in findings)
                    {
                        if (f.RuleId == ruleId && !Common.GeneratedCode.IsGenerated(f.Location, ctx.Options, ctx.CancellationToken))
                        {
                            ctx.ReportDiagnostic(Diagnostic.Create(descriptor, f.Location, Properties(ruleId, f.Anchor, f.Evidence, isTest, f.ConfigKey, f.Precision), f.Args));
                        }
                    }
                });
            });
        }
    }
}
