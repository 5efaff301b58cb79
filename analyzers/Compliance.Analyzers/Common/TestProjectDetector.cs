using System;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// A compilation that references a unit-test framework (xunit, NUnit, MSTest, TUnit) is a test
    /// project: findings there get a lower severity through <c>compliance.severity</c>, and the CLI
    /// gives every result in its files the context <c>test</c>.
    /// </summary>
    public static class TestProjectDetector
    {
        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert",
            "nunit.framework",
            "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
            "TUnit.Core",
        };

        public static bool IsTestProject(Compilation compilation)
        {
            foreach (var name in compilation.ReferencedAssemblyNames)
                foreach (var known in TestFrameworkAssemblies)
                    if (string.Equals(name.Name, known, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>Severity for test code: two steps down the catalog scale (critical → medium, high → low), never below low.</summary>
        public static string Lower(string severity)
        {
            switch (severity)
            {
                case "critical": return "medium";
                case "high": return "low";
                case "medium": return "low";
                default: return "low";
            }
        }
    }
}
