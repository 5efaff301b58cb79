using Compliance.GenerateRules;

// dotnet run --project scripts/generate-rules [repository root]
// Idempotent: rewrites only the files whose content changes, and prints them.
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : RuleMetadataGenerator.FindRepositoryRoot(Directory.GetCurrentDirectory());
try
{
    var changed = RuleMetadataGenerator.WriteAll(root);
    Console.WriteLine(changed.Count == 0 ? "generate-rules: everything is up to date." : $"generate-rules: wrote {changed.Count} file(s):");
    foreach (var path in changed) Console.WriteLine("  " + path);
    return 0;
}
catch (RuleMetadataException e)
{
    Console.Error.WriteLine("generate-rules: " + e.Message);
    return 1;
}
