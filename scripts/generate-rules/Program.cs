using Compliance.GenerateRules;

// dotnet run --project scripts/generate-rules                      regenerate (idempotent: rewrites only what changes)
// dotnet run --project scripts/generate-rules -- --import-from DIR  first copy, for rules/diagnostics entries without an
//     analyzer: block, the constant name and texts from DIR's RuleIdentifiers.cs and resx (a checkout of a branch
//     written before the YAML was the source), then regenerate.
var importFrom = args.Length >= 2 && args[0] == "--import-from" ? Path.GetFullPath(args[1]) : null;
var rest = importFrom is null ? args : args[2..];
var root = rest.Length > 0 ? Path.GetFullPath(rest[0]) : RuleMetadataGenerator.FindRepositoryRoot(Directory.GetCurrentDirectory());
try
{
    if (importFrom is not null)
    {
        var imported = ResxImport.Run(root, importFrom, Console.Out);
        Console.WriteLine($"generate-rules: imported the analyzer: block of {imported.Count} rule(s) from {importFrom}:");
        foreach (var path in imported) Console.WriteLine("  " + path);
    }
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
