using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>Creates weak-hash diagnostics with the properties the CLI reads (anchor, test-project severity).</summary>
    internal static class HashingReport
    {
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
            params object?[] args)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            if (evidence != null) properties["compliance.evidence"] = evidence;
            properties["compliance.anchor"] = MemberAnchor.For(node, model);
            if (isTestProject && HashingDescriptors.CatalogSeverity.TryGetValue(descriptor.Id, out var severity))
                properties["compliance.severity"] = TestProjectDetector.Lower(severity);
            return Diagnostic.Create(descriptor, node.GetLocation(), additionalLocations, properties.ToImmutable(), args);
        }
    }
}
