using System;
using System.IO;

namespace Compliance.Analyzers.Documents
{
    /// <summary>How a configuration file is read (by its name): the one place both the secret scanner and the policy engine ask.</summary>
    public enum ConfigFormat
    {
        /// <summary>Not a structured configuration format: scanned as plain text only.</summary>
        Other,
        Json,
        Xml,
        /// <summary>.env, .properties, .ini, .cfg, .toml, .npmrc, .pypirc: one <c>key = value</c> per line.</summary>
        KeyValue,
        Yaml,
    }

    public static class ConfigFormats
    {
        /// <summary>The format of a file, from its name (paths may use either slash).</summary>
        public static ConfigFormat Of(string path)
        {
            var name = Path.GetFileName(path.Replace('\\', '/')).ToLowerInvariant();
            var ext = Path.GetExtension(name);
            if (name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || ext == ".env" || ext == ".properties" || ext == ".ini" || ext == ".cfg" || ext == ".toml" || name == ".npmrc" || name == ".pypirc")
            {
                return ConfigFormat.KeyValue;
            }

            switch (ext)
            {
                case ".json":
                case ".jsonc":
                    return ConfigFormat.Json;
                case ".config":
                case ".pubxml":
                case ".publishsettings":
                case ".xml":
                case ".props":
                case ".targets":
                case ".csproj":
                case ".user":
                    return ConfigFormat.Xml;
                case ".yml":
                case ".yaml":
                    return ConfigFormat.Yaml;
                default:
                    return ConfigFormat.Other;
            }
        }

        public static bool IsYamlName(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// JSON that .NET or common tooling reads with comments and trailing commas (DECISIONS.md "JSON with comments"):
        /// appsettings*.json, launchSettings.json, bundleconfig.json, tsconfig/jsconfig, .vscode/ and .devcontainer/
        /// files, linters' JSONC settings, *.jsonc, and any *.json inside a .NET project's folder tree (a project loads
        /// its Configuration/*.json, ConfigCenter/*.json, ocelot.json through .NET configuration, which reads JSONC).
        /// Everything else — Keycloak exports, package.json, data files — is strict JSON, as its readers are.
        /// </summary>
        /// <param name="path">Scan-root-relative path with '/' separators.</param>
        /// <param name="isProjectFolder">Whether a folder ('/'-separated, "" = the root) holds a .NET project file.</param>
        public static bool IsLenientJson(string path, Func<string, bool> isProjectFolder)
        {
            var name = FileName(path).ToLowerInvariant();
            if (name.EndsWith(".jsonc", StringComparison.Ordinal)) return true;
            if ((name.StartsWith("appsettings", StringComparison.Ordinal) || name.StartsWith("tsconfig", StringComparison.Ordinal)
                 || name.StartsWith("jsconfig", StringComparison.Ordinal) || name.StartsWith("ocelot", StringComparison.Ordinal)
                 || name.StartsWith(".markdownlint", StringComparison.Ordinal) || name.StartsWith(".eslintrc", StringComparison.Ordinal))
                && name.EndsWith(".json", StringComparison.Ordinal)) return true;
            switch (name)
            {
                case "launchsettings.json":
                case "bundleconfig.json":
                case "compilerconfig.json":
                case "libman.json":
                case "global.json":
                case "devcontainer.json":
                case ".babelrc.json":
                case "turbo.json":
                    return true;
            }

            var folder = Folder(path);
            var folderName = FileName(folder);
            if (folderName == ".vscode" || folderName == ".devcontainer" || folderName == ".hbuilderx") return true;
            for (var f = folder; ; f = Folder(f))
            {
                if (isProjectFolder(f)) return true;
                if (f.Length == 0) return false;
            }
        }

        private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

        private static string Folder(string path)
        {
            var i = path.LastIndexOf('/');
            return i < 0 ? string.Empty : path.Substring(0, i);
        }
    }
}
