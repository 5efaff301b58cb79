// Benchmark harness entry point; bench/run.sh is the documented command that drives it.
//   generate-cs DIR FILES [SEED]        deterministic C# service tree (+ csproj)
//   generate-cs DIR FILES [SEED] --dense   personal-data-dense service tree, no project file (issue 16)
//   generate-cs DIR FILES [SEED] --dense --project   the same tree with a web .csproj (build overhead)
//   generate-config DIR DOCS [SEED]     Kubernetes manifests + sshd/nginx files
//   policy DIR [RUNS]                   policy engine documents/s vs a YamlDotNet parse-only floor
//   analyzers DIR [--each]              parse / compiler bind / analyzer times on a C# tree
//   analyzers DIR --telemetry [ROUNDS] [--baseline-analyzers DLL] [--drop ANALYZER]...
//                                       per-analyzer callback time and share of the scan's CPU in one whole-compilation
//                                       driver (csc's ReportAnalyzer view), medians over warm rounds; against another
//                                       build's Compliance.Analyzers.dll (alternated) and/or with analyzers left out (ablation)
//   render FINDINGS [RUNS]              HTML + SARIF rendering time/memory vs plain JSON serialization
using Compliance.Bench;

if (args.Length == 0) { Console.Error.WriteLine("usage: generate-cs|generate-config|policy|render …"); return 2; }
switch (args[0])
{
    case "generate-cs":
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var seed = positional.Length > 3 ? int.Parse(positional[3]) : 42;
        var (files, lines) = args.Contains("--dense")
            ? DenseTreeGenerator.Generate(positional[1], int.Parse(positional[2]), seed, withProject: args.Contains("--project"))
            : CSharpTreeGenerator.Generate(positional[1], int.Parse(positional[2]), seed, withProject: true);
        Console.WriteLine($"{files} {lines}");
        return 0;
    }
    case "generate-config":
    {
        var docs = ConfigTreeGenerator.Generate(args[1], int.Parse(args[2]), args.Length > 3 ? int.Parse(args[3]) : 42);
        Console.WriteLine(docs);
        return 0;
    }
    case "policy":
        return PolicyBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 5);
    case "analyzers":
    {
        var t = Array.IndexOf(args, "--telemetry");
        var rounds = t < 0 ? 0 : t + 1 < args.Length && int.TryParse(args[t + 1], out var r) ? r : 3;
        var b = Array.IndexOf(args, "--baseline-analyzers");
        var drops = args.Select((a, i) => (a, i)).Where(x => x.a == "--drop" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        return await AnalyzerBenchmark.RunAsync(args[1], args.Contains("--each"), rounds, b < 0 ? null : args[b + 1], drops);
    }
    case "render":
        return RenderBenchmark.Run(int.Parse(args[1]), args.Length > 2 ? int.Parse(args[2]) : 5);
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
