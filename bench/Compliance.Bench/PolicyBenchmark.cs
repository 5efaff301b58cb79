namespace Compliance.Bench;

using System.Diagnostics;
using Compliance.PolicyEngine;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Policy engine throughput: all checks over a generated document set, alternating with a
/// parse-only floor (YamlDotNet's representation model over the same files) as the peer.
/// </summary>
public static class PolicyBenchmark
{
    public static int Run(string dir, int runs)
    {
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new ConfigFile(Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText(f))).ToList();
        var yamlFiles = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        var documents = yamlFiles.Sum(f => f.Text.Split("\n---", StringSplitOptions.None).Length);
        PolicyEvaluator.Evaluate(files); // warm-up (JIT, reflection registry)
        ParseOnly(yamlFiles);
        var engine = new List<double>();
        var floor = new List<double>();
        int findings = 0;
        for (int i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            findings = PolicyEvaluator.Evaluate(files).Findings.Count;
            engine.Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            ParseOnly(yamlFiles);
            floor.Add(sw.Elapsed.TotalSeconds);
        }
        var e = Stats.Median(engine);
        var f = Stats.Median(floor);
        Console.WriteLine($"policy\tdocuments={documents}\tfiles={files.Count}\tfindings={findings}\tengine_s={e:F3}\tdocs_per_s={documents / e:F0}\tparse_only_s={f:F3}\tratio_vs_parse={e / f:F2}\tpeak_ws_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}");
        return 0;
    }

    private static void ParseOnly(List<ConfigFile> files)
    {
        foreach (var f in files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(f.Text));
        }
    }
}
