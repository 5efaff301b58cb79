namespace Compliance.Tests;

/// <summary>
/// The one repository-root helper of the test projects (linked into each by tests/Directory.Build.props):
/// the folder holding Compliance.sln, found from the test's output folder.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>A file copied beside the test assembly (the project's Fixtures folder).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln"))) return dir.FullName;
        throw new InvalidOperationException("Compliance.sln not found above " + AppContext.BaseDirectory);
    }
}
