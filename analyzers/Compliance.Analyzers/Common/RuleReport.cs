using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Creates a diagnostic with the properties the CLI reads: the fingerprint anchor, and in test
    /// projects the lowered catalog severity (<c>compliance.severity</c>). Used by the themes that
    /// do not need a report helper of their own (tls, account-security, access-control).
    /// </summary>
    internal static class RuleReport
    {
        public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, SyntaxNode anchorNode, SemanticModel? model,
            string? testSeverity, IDictionary<string, string?>? extra, params object?[] args)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties["compliance.anchor"] = MemberAnchor.For(anchorNode, model);
            if (testSeverity != null) properties["compliance.severity"] = testSeverity;
            if (extra != null)
                foreach (var pair in extra) properties[pair.Key] = pair.Value;
            return Diagnostic.Create(descriptor, location, null, properties.ToImmutable(), args);
        }

        /// <summary>The test-project severity for a rule of catalog severity <paramref name="catalogSeverity"/>, or null outside test projects.</summary>
        public static string? TestSeverity(bool isTestProject, string catalogSeverity) =>
            isTestProject ? TestProjectDetector.Lower(catalogSeverity) : null;
    }
}
