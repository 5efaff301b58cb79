namespace Compliance.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Must run before any MSBuild type is loaded (MSBuildWorkspace uses the SDK's MSBuild).
        MsBuildRegistration.EnsureRegistered();
        return await CommandLine.RunAsync(args, Console.Out, Console.Error);
    }
}

/// <summary>Registers the .NET SDK's MSBuild once per process; without an SDK the scan falls back to plain compilation.</summary>
public static class MsBuildRegistration
{
    private static readonly object s_lock = new();
    public static bool Registered { get; private set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void EnsureRegistered()
    {
        lock (s_lock)
        {
            if (Registered || Microsoft.Build.Locator.MSBuildLocator.IsRegistered) { Registered = true; return; }
            try
            {
                Microsoft.Build.Locator.MSBuildLocator.RegisterDefaults();
                Registered = true;
            }
            catch (InvalidOperationException)
            {
                // No SDK found: C# is analysed with fallback compilation.
            }
        }
    }
}
