using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>Creates weak-hash diagnostics with the properties the CLI reads (anchor, test-project severity).</summary>
    internal static class HashingReport
    {
        /// <summary>Reports unless the operation is in generated code (an EF Core migration: <see cref="Common.GeneratedCode"/>).</summary>
        public static void Report(OperationAnalysisContext context, Diagnostic diagnostic)
        {
            if (!Common.GeneratedCode.IsGenerated(context.Operation.Syntax, context.Options, context.CancellationToken))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        /// <summary>
        /// Creates and reports a CMP2001/CMP2002-style diagnostic, reading the build's options so that CA5350/CA5351
        /// switched off in .editorconfig/.globalconfig counts as an acknowledgement.
        /// </summary>
        public static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, SyntaxNode node, SemanticModel? model, bool isTest,
            IEnumerable<Location>? additionalLocations, params object?[] args) =>
            Report(context, Build(descriptor, node, model, context.Options, isTest, additionalLocations, null, args));

        /// <summary>As above, with a redacted evidence snippet (a hard-coded password's value never leaves the analyzer).</summary>
        public static void ReportWithEvidence(OperationAnalysisContext context, DiagnosticDescriptor descriptor, SyntaxNode node, SemanticModel? model, bool isTest,
            IEnumerable<Location>? additionalLocations, string? evidence, params object?[] args) =>
            Report(context, Build(descriptor, node, model, context.Options, isTest, additionalLocations, evidence, args));

        public static Diagnostic Create(
            DiagnosticDescriptor descriptor,
            SyntaxNode node,
            SemanticModel? model,
            bool isTestProject,
            IEnumerable<Location>? additionalLocations,
            params object?[] args) =>
            CreateWithEvidence(descriptor, node, model, isTestProject, additionalLocations, null, args);

        /// <param name="evidence">A redacted snippet for <c>compliance.evidence</c>; null lets the CLI show the line.</param>
        public static Diagnostic CreateWithEvidence(
            DiagnosticDescriptor descriptor,
            SyntaxNode node,
            SemanticModel? model,
            bool isTestProject,
            IEnumerable<Location>? additionalLocations,
            string? evidence,
            params object?[] args) =>
            Build(descriptor, node, model, null, isTestProject, additionalLocations, evidence, args);

        private static Diagnostic Build(
            DiagnosticDescriptor descriptor,
            SyntaxNode node,
            SemanticModel? model,
            AnalyzerOptions? options,
            bool isTestProject,
            IEnumerable<Location>? additionalLocations,
            string? evidence,
            object?[] args)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            if (evidence != null) properties["compliance.evidence"] = evidence;
            properties["compliance.anchor"] = MemberAnchor.For(node, model);
            // CMP2001/CMP2002 where the SDK's CA5350/CA5351 is suppressed: already reviewed, listed at low precision.
            if ((descriptor.Id == RuleIdentifiers.WeakHashAlgorithm || descriptor.Id == RuleIdentifiers.FastHashOfPassword)
                && WeakCryptoAcknowledgement.IsAcknowledged(node, model, options))
                properties["compliance.precision"] = "low";
            // CMP2001 in a name-to-algorithm table's arm: the caller's choice decides (AlgorithmTable)
            if (descriptor.Id == RuleIdentifiers.WeakHashAlgorithm && args.Length > 0 && args[0] is string algorithm && AlgorithmTable.IsNamedArm(node, algorithm))
                properties["compliance.precision"] = "low";
            if (isTestProject && HashingDescriptors.CatalogSeverity.TryGetValue(descriptor.Id, out var severity))
                properties["compliance.severity"] = TestProjectDetector.Lower(severity);
            return Diagnostic.Create(descriptor, node.GetLocation(), additionalLocations, properties.ToImmutable(), args);
        }
    }
}
