using System;
using System.IO;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Credentials that guard nothing reachable: a CI job's own service containers, created and destroyed with the run,
    /// and a documentation page's example of a local setup.
    /// </summary>
    internal static class LocalOnlyCredentials
    {
        /// <summary>
        /// A CI pipeline's key path under a service container's settings: GitHub Actions
        /// <c>jobs:&lt;job&gt;:services:&lt;name&gt;:env:…</c>, GitLab CI <c>&lt;job&gt;:services:variables:…</c>
        /// (Ombi's MySQL/Postgres test databases). A step's <c>env:</c> is the job talking to something else.
        /// </summary>
        public static bool IsCiServiceContainerSetting(string anchor)
        {
            // key paths leave out list indices: services:mysql:env:KEY (a map of services), services:variables:KEY (a list)
            var parts = anchor.Split(':');
            for (var i = 0; i + 1 < parts.Length; i++)
            {
                if (parts[i].Equals("services", StringComparison.OrdinalIgnoreCase)
                    && (IsSettings(parts[i + 1]) || (i + 2 < parts.Length && IsSettings(parts[i + 2]))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSettings(string key) =>
            key.Equals("env", StringComparison.OrdinalIgnoreCase) || key.Equals("environment", StringComparison.OrdinalIgnoreCase)
            || key.Equals("variables", StringComparison.OrdinalIgnoreCase);

        /// <summary>Markdown, reStructuredText and AsciiDoc pages: prose and examples, not configuration that runs.</summary>
        public static bool IsDocumentationPage(string path)
        {
            var ext = Path.GetExtension(path ?? string.Empty).ToLowerInvariant();
            return ext == ".md" || ext == ".markdown" || ext == ".mdx" || ext == ".rst" || ext == ".adoc";
        }
    }
}
