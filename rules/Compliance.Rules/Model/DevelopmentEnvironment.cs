namespace Compliance.Rules.Model;

/// <summary>
/// The one decision "this file is the development environment" (context <c>dev</c>, policy-defaults' out-of-scope
/// list): the folder <c>dev/</c> directly under the scan root (a local environment: compose, example secrets),
/// launch profiles (<c>Properties/launchSettings.json</c>, read only by <c>dotnet run</c> and the IDE),
/// <c>appsettings.&lt;Env&gt;.json</c> of a development environment name, dev/local/override Compose files, and any
/// configuration file's development variant (<c>nginx.dev.conf</c>, <c>ocelot.Development.json</c>).
/// Finding contexts (<see cref="FindingContexts.FromPath"/>) and the policy engine's Compose scope both ask here.
/// </summary>
public static class DevelopmentEnvironment
{
    // Environment names that mean a developer's machine or a test run. appsettings.gw.json (Blog.Core's gateway),
    // appsettings.Staging.json or appsettings.Tenant1.json are configuration that runs somewhere real.
    private static readonly HashSet<string> DevEnvironments = new(StringComparer.OrdinalIgnoreCase)
    {
        "Development", "Dev", "Develop", "Local", "Localhost", "Test", "Testing", "Debug", "Docker", "CI", "E2E", "IntegrationTest", "IntegrationTests", "UnitTest", "UnitTests",
    };

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

    // appsettings.Development.json, appsettings.Local.Tenant1.json: any dot-separated part names a development environment
    private static bool IsDevAppSettings(string name)
    {
        const string prefix = "appsettings.", suffix = ".json";
        if (name.Length <= prefix.Length + suffix.Length
            || !name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            return false;
        return name[prefix.Length..^suffix.Length].Split('.').Any(DevEnvironments.Contains);
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
