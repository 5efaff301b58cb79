using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

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
        /// files, linters' JSONC settings, ARM templates (azuredeploy*.json, mainTemplate.json), *.jsonc, and any *.json inside a .NET project's folder tree (a project loads
        /// its Configuration/*.json, ConfigCenter/*.json, ocelot.json through .NET configuration, which reads JSONC).
        /// Everything else — Keycloak exports, package.json, data files — is strict JSON, as its readers are.
        /// </summary>
        /// <param name="path">Scan-root-relative path with '/' separators.</param>
        /// <param name="isLenientFolder">Whether a folder ('/'-separated, "" = the root) is one of <see cref="LenientJsonFolders"/>.</param>
        public static bool IsLenientJson(string path, Func<string, bool> isLenientFolder)
        {
            var name = FileName(path).ToLowerInvariant();
            if (name.EndsWith(".jsonc", StringComparison.Ordinal)) return true;
            if ((name.StartsWith("appsettings", StringComparison.Ordinal) || name.StartsWith("tsconfig", StringComparison.Ordinal)
                 || name.StartsWith("jsconfig", StringComparison.Ordinal) || name.StartsWith("ocelot", StringComparison.Ordinal)
                 || name.StartsWith(".markdownlint", StringComparison.Ordinal) || name.StartsWith(".eslintrc", StringComparison.Ordinal)
                 // Azure Resource Manager templates (azuredeploy.json, azuredeploy.parameters.json): ARM accepts // and /* */
                 // comments in them (oqtane's azuredeploy.json, judged blind)
                 || name.StartsWith("azuredeploy", StringComparison.Ordinal))
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
                case "maintemplate.json":
                    return true;
            }

            var folder = Folder(path);
            var folderName = FileName(folder);
            if (folderName == ".vscode" || folderName == ".devcontainer" || folderName == ".hbuilderx") return true;
            for (var f = folder; ; f = Folder(f))
            {
                if (isLenientFolder(f)) return true;
                if (f.Length == 0) return false;
            }
        }

        /// <summary>
        /// Folders (scan-root relative, "" for the root) whose JSON tree is read by tooling that accepts comments and
        /// trailing commas, for <see cref="IsLenientJson"/>: a folder holding a .csproj; the root of a <c>dotnet new</c>
        /// template (it holds <c>.template.config/template.json</c>: its content is .NET projects, and the template engine
        /// reads template.json leniently); a uni-app project (HBuilderX reads its <c>pages.json</c> and
        /// <c>manifest.json</c> as JSON with comments); a copy of a project's configuration folder outside it
        /// (docker/app/Configuration/App.json mounted over the project's Configuration/App.json: same folder name and a
        /// file of the same name as lenient JSON inside a project tree, so the same .NET reader reads it).
        /// </summary>
        /// <param name="paths">Every scan-root-relative path of the scan, '/'-separated.</param>
        public static HashSet<string> LenientJsonFolders(IEnumerable<string> paths)
        {
            var all = new HashSet<string>(paths, StringComparer.Ordinal);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in all)
            {
                if (p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) folders.Add(Folder(p));
                else if (p == ".template.config/template.json" || p.EndsWith("/.template.config/template.json", StringComparison.Ordinal)) folders.Add(Folder(Folder(p)));
                else if ((p == "pages.json" || p.EndsWith("/pages.json", StringComparison.Ordinal)) && all.Contains(Join(Folder(p), "manifest.json"))) folders.Add(Folder(p));
            }

            var projectConfigs = new HashSet<string>(
                all.Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && InTree(Folder(p), folders)).Select(LastTwo),
                StringComparer.OrdinalIgnoreCase);
            var copies = all.Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Folder(p).Length > 0
                                        && !InTree(Folder(p), folders) && projectConfigs.Contains(LastTwo(p))).ToList();
            foreach (var p in copies) folders.Add(Folder(p));
            return folders;
        }

        private static bool InTree(string folder, HashSet<string> folders)
        {
            for (var f = folder; ; f = Folder(f))
            {
                if (folders.Contains(f)) return true;
                if (f.Length == 0) return false;
            }
        }

        // "Configuration/App.json" of "a/b/Configuration/App.json"
        private static string LastTwo(string path) => FileName(Folder(path)) + "/" + FileName(path);

        private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

        private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);

        private static string Folder(string path)
        {
            var i = path.LastIndexOf('/');
            return i < 0 ? string.Empty : path.Substring(0, i);
        }
    }
}
