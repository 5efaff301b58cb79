using System;
using System.Collections.Generic;
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

        /// <summary>
        /// The images of each CI job's service containers (<c>job:services:name</c> or a plain <c>job:services</c> list
        /// item), keyed by the job's key path; null when no job has services.
        /// </summary>
        public static Dictionary<string, List<string>>? ServiceImagesByJob(IEnumerable<(string Anchor, string Raw)> values)
        {
            Dictionary<string, List<string>>? images = null;
            foreach (var (anchor, raw) in values)
            {
                var at = anchor.IndexOf(":services", StringComparison.OrdinalIgnoreCase);
                if (at <= 0 || (anchor.Length > at + 9 && anchor[at + 9] != ':')) continue;
                var job = anchor.Substring(0, at);
                images ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!images.TryGetValue(job, out var list)) images[job] = list = new List<string>();
                list.Add(raw);
            }

            return images;
        }

        /// <summary>
        /// GitLab CI passes a job's <c>variables:</c> to its service containers too: <c>MYSQL_ROOT_PASSWORD</c> beside
        /// <c>services: [mysql:8.0]</c> sets the job's own throw-away database. True when the key's first word names one of
        /// the job's service images (mysql, postgres, mssql, mongo, redis, rabbitmq…); a deploy token in the same job is not.
        /// </summary>
        public static bool ConfiguresJobService(string anchor, string leafKey, Dictionary<string, List<string>> imagesByJob)
        {
            var suffix = ":variables:" + leafKey;
            if (!anchor.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || anchor.Length == suffix.Length) return false;
            if (!imagesByJob.TryGetValue(anchor.Substring(0, anchor.Length - suffix.Length), out var images)) return false;
            var underscore = leafKey.IndexOf('_');
            var product = (underscore > 0 ? leafKey.Substring(0, underscore) : string.Empty).ToLowerInvariant();
            if (product.Length < 4) return false;
            foreach (var image in images)
                if (image.ToLowerInvariant().Contains(product)) return true;
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
