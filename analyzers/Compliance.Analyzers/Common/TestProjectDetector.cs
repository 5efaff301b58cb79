using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// The one decision "this is a test project", from either evidence a scan has: the compilation references a
    /// unit-test framework assembly (xunit, NUnit, MSTest, TUnit: the analyzers in the IDE and a restored build), or the
    /// project file's XML declares one (a PackageReference to a test framework or the test SDK, an <c>MSTest.Sdk</c>, or
    /// <c>&lt;IsTestProject&gt;true</c>: <c>--untrusted</c> scans, where nothing is restored). Findings there get a lower
    /// severity through <c>compliance.severity</c>, and the CLI gives every result in its files the context <c>test</c>
    /// (which files belong to which project: <c>Compliance.Cli.Scanning.TestProjectFiles</c>).
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

        // Package ids (case-insensitive) whose reference makes a project a test project.
        private static readonly HashSet<string> TestFrameworkPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Microsoft.NET.Test.Sdk", "xunit", "xunit.core", "xunit.v3", "xunit.v3.core", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit", "TUnit.Core",
        };

        public static bool IsTestProject(Compilation compilation)
        {
            foreach (var name in compilation.ReferencedAssemblyNames)
                foreach (var known in TestFrameworkAssemblies)
                    if (string.Equals(name.Name, known, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>The project file (its root element) declares a test project. Only the XML is read; no MSBuild code runs.</summary>
        public static bool IsTestProject(XElement projectRoot)
        {
            var sdk = (string?)projectRoot.Attribute("Sdk") ?? "";
            if (sdk.Split(';').Any(s => s.Trim().StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase))) return true;
            foreach (var e in projectRoot.Descendants())
            {
                switch (e.Name.LocalName)
                {
                    case "IsTestProject" when string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase):
                        return true;
                    case "PackageReference" when TestFrameworkPackages.Contains(((string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? "").Trim()):
                        return true;
                }
            }

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
