namespace Compliance.Rules.Model;

/// <summary>
/// The one decision "this file is the development environment" (context <c>dev</c>, policy-defaults' out-of-scope
/// list): the folder <c>dev/</c> directly under the scan root (a local environment: compose, example secrets),
/// launch profiles (<c>Properties/launchSettings.json</c>, read only by <c>dotnet run</c> and the IDE),
/// every <c>appsettings.&lt;Env&gt;.json</c> but Production, dev/local/override Compose files, and any
/// configuration file's development variant (<c>nginx.dev.conf</c>, <c>ocelot.Development.json</c>).
/// Finding contexts (<see cref="FindingContexts.FromPath"/>) and the policy engine's Compose scope both ask here.
/// </summary>
public static class DevelopmentEnvironment
{
    /// <summary>The scan-root-relative file belongs to the development environment.</summary>
    public static bool Contains(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        // dev/ deeper down is as often a product's developer-tools module (Admin.Core's src/modules/dev/), so only here
        if (path.StartsWith("dev/", StringComparison.OrdinalIgnoreCase)) return true;
        if (IsComposeName(path)) return IsDevComposeName(path);
        var name = FileName(path);
        if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)) return true;
        return IsDevAppSettings(name) || IsDevVariantName(name);
    }

    // A configuration file's development variant beside the real one: nginx.dev.conf (OpenMU, judged blind: the
    // production overlay mounts nginx.prod*.conf instead), ocelot.Development.json, appconfig.Development.json,
    // web.Debug.config. Only unambiguous names: a file named …docker…/…test… may well be what production runs.
    private static readonly HashSet<string> DevVariants = new(StringComparer.OrdinalIgnoreCase)
    {
        "Development", "Dev", "Develop", "Local", "Localhost", "Debug",
    };

    // base.<variant>.ext: a middle dot-separated part of the file name (not the base name, not the extension)
    private static bool IsDevVariantName(string name)
    {
        var parts = name.Split('.');
        for (var i = 1; i < parts.Length - 1; i++)
            if (parts[0].Length > 0 && DevVariants.Contains(parts[i])) return true;
        return false;
    }

    /// <summary>compose.yaml/compose.yml or docker-compose*.yaml/yml.</summary>
    public static bool IsComposeName(string path)
    {
        var name = FileName(path).ToLowerInvariant();
        return name is "compose.yaml" or "compose.yml"
               || (name.StartsWith("docker-compose", StringComparison.Ordinal) && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal)));
    }

    /// <summary>A Compose file for development: its name contains dev, local or override (policy-defaults).</summary>
    public static bool IsDevComposeName(string path)
    {
        var name = FileName(path).ToLowerInvariant();
        return name.Contains("dev", StringComparison.Ordinal) || name.Contains("local", StringComparison.Ordinal) || name.Contains("override", StringComparison.Ordinal);
    }

    /// <summary>
    /// DECISIONS.md "Precision and context": policy-defaults' out-of-scope files are dev-only configuration — appsettings.Development.json
    /// and ANY appsettings.&lt;Env&gt;.json other than Production (appsettings.Staging.json, IoTSharp's appsettings.MySql.json, Blog.Core's
    /// appsettings.gw.json): no policy finding, their secrets at low with context dev. The policy engine's scope
    /// (ConfigIndex.AppSettingsLayer) asks here. <paramref name="name"/> is a file name, not a path.
    /// </summary>
    public static bool IsDevAppSettings(string name)
    {
        const string prefix = "appsettings.", suffix = ".json";
        return name.Length > prefix.Length + suffix.Length
               && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
               && !name.Equals("appsettings.Production.json", StringComparison.OrdinalIgnoreCase);
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
