using System;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// The one reading of a path's folders as a place that is not production code (DECISIONS.md "Precision and
    /// context": context comes from path segments): test folders and test projects, fixtures and seed data, samples and
    /// documentation. Only folders count, never the file name. Shared by the CLI's finding contexts
    /// (<c>FindingContexts.FromPath</c> in Compliance.Rules, which links this file and adds the development-environment
    /// file names first) and by analyzers that must leave test code out of a compilation-wide pass
    /// (<c>PersonalExceptionMessages</c>: a fallback compilation holds the test projects too). No Roslyn type here, so
    /// the file compiles in both assemblies (internal in each).
    /// </summary>
    internal static class PathFolders
    {
        public const string Test = "test";
        public const string Fixture = "fixture";
        public const string Sample = "sample";

        /// <summary>The context the folders of <paramref name="path"/> give (<see cref="Test"/>, <see cref="Fixture"/>, <see cref="Sample"/>), or null.</summary>
        public static string? Context(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            var parts = path!.Replace('\\', '/').Split('/');
            for (var i = 0; i < parts.Length - 1; i++)
            {
                var segment = parts[i];
                switch (segment.ToLowerInvariant())
                {
                    // "testsuite": squidex's tools/TestSuite (API tests and their compose files)
                    case "test": case "tests": case "__tests__": case "testsuite": case "test-suite":
                        return Test;
                    case "fixtures": case "fixture": case "testdata": case "seed": case "seeds": case "seeddata":
                    case "seeder": case "seeders": case "seeding":
                        return Fixture;
                    // "demo"/"demos": a framework's demonstration apps (WTM's demo/, judged blind: 39 debatable findings)
                    case "samples": case "sample": case "examples": case "example": case "demo": case "demos": case "docs":
                        return Sample;
                }

                if (IsTestProjectFolder(segment))
                {
                    return Test;
                }
            }

            return null;
        }

        /// <summary>A file under a test folder or a test project's folder.</summary>
        public static bool IsTest(string? path) => Context(path) == Test;

        // .NET test projects live in folders named after them: Foo.Tests, Foo.Test, Foo.UnitTests, Foo.IntegrationTests,
        // and in PascalCase without the dot (SquidexTests, ApiTests). A lower-case word ending in "tests" (contests) is not one.
        private static bool IsTestProjectFolder(string segment)
        {
            var lower = segment.ToLowerInvariant();
            return lower.EndsWith(".tests", StringComparison.Ordinal) || lower.EndsWith(".test", StringComparison.Ordinal)
                   || lower.EndsWith("unittests", StringComparison.Ordinal) || lower.EndsWith("integrationtests", StringComparison.Ordinal)
                   || (segment.Length > "Tests".Length && segment.EndsWith("Tests", StringComparison.Ordinal));
        }
    }
}
