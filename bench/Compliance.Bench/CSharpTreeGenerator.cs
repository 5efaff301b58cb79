namespace Compliance.Bench;

using System.Text;

/// <summary>
/// Deterministic generator of realistic service code (controllers, services, DTOs, repositories)
/// with a sprinkling of findings (about 1 file in 25), so scans have real work to do.
/// </summary>
public static class CSharpTreeGenerator
{
    /// <summary>A web project with the SDK defaults: what `dotnet build` of a generated tree compiles (bench/run.sh, build overhead).</summary>
    public static void WriteProject(string dir)
    {
        File.WriteAllText(Path.Combine(dir, "BenchService.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1998;CS0168;CS0219;CS8618;CS8602;CS8604</NoWarn>
              </PropertyGroup>
            </Project>
            """);
    }

    public static (int Files, int Lines) Generate(string dir, int files, int seed, bool withProject)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(seed);
        int lines = 0;
        if (withProject)
        {
            WriteProject(dir);
        }
        string[] domains = ["Order", "Customer", "Shipment", "Warehouse", "Invoice", "Courier", "Product", "Payment", "Route", "Stock"];
        for (int i = 0; i < files; i++)
        {
            var domain = domains[i % domains.Length];
            var module = $"Module{i / 50:D3}";
            var kind = (i / domains.Length) % 4;
            var name = $"{domain}{(kind switch { 0 => "Service", 1 => "Controller", 2 => "Repository", _ => "Dto" })}{i:D4}";
            var sub = Path.Combine(dir, module);
            Directory.CreateDirectory(sub);
            var text = kind switch
            {
                0 => Service(module, name, domain, rng, i),
                1 => Controller(module, name, domain, rng, i),
                2 => Repository(module, name, domain, rng),
                _ => Dto(module, name, domain, rng),
            };
            lines += text.Count(c => c == '\n');
            File.WriteAllText(Path.Combine(sub, name + ".cs"), text);
        }
        return (files + (withProject ? 1 : 0), lines);
    }

    private static string Service(string ns, string name, string domain, Random rng, int i)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System.Security.Cryptography;\nusing System.Text;\nusing Microsoft.Extensions.Logging;\n");
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"public sealed class {name}(ILogger<{name}> logger)\n{{");
        sb.AppendLine($"    private readonly Dictionary<int, string> _cache = new();");
        for (int m = 0; m < 12; m++)
        {
            sb.AppendLine($"    public async Task<int> Handle{domain}{m}Async(int id, string reference, CancellationToken ct)\n    {{");
            sb.AppendLine($"        if (id <= 0) throw new ArgumentOutOfRangeException(nameof(id));");
            sb.AppendLine($"        var key = $\"{domain.ToLowerInvariant()}:{{id}}:{{reference}}\";");
            sb.AppendLine($"        if (_cache.TryGetValue(id, out var cached)) {{ logger.LogDebug(\"cache hit {{Key}}\", key); return cached.Length; }}");
            sb.AppendLine($"        await Task.Delay({rng.Next(1, 5)}, ct);");
            sb.AppendLine($"        var total = 0;\n        for (var n = 0; n < reference.Length; n++) total += reference[n] * {rng.Next(2, 31)};");
            sb.AppendLine($"        _cache[id] = total.ToString();\n        logger.LogInformation(\"{domain} {{Id}} handled with total {{Total}}\", id, total);");
            sb.AppendLine("        return total;\n    }\n");
        }
        // Sprinkled findings (deterministic): 1 in 25 files.
        if (i % 25 == 3)
            sb.AppendLine("    public string HashPassword(string password) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));\n");
        if (i % 25 == 7)
            sb.AppendLine("    public void Notify(string customerPhone) => logger.LogInformation(\"SMS sent to {Phone}\", customerPhone);\n");
        if (i % 25 == 11)
            sb.AppendLine("    public System.Net.NetworkCredential Ftp() => new(\"sync\", \"Bench#Passw0rd\" + \"2024\");\n");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Controller(string ns, string name, string domain, Random rng, int i)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using Microsoft.AspNetCore.Mvc;\n");
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"[ApiController]\n[Route(\"api/{domain.ToLowerInvariant()}s{i}\")]\npublic sealed class {name} : ControllerBase\n{{");
        for (int m = 0; m < 10; m++)
        {
            sb.AppendLine($"    [HttpGet(\"{{id}}/item{m}\")]\n    public IActionResult Get{m}(int id, [FromQuery] int page = 1, [FromQuery] int size = 20)\n    {{");
            sb.AppendLine($"        if (size > 100) return BadRequest(\"size too large\");");
            sb.AppendLine($"        var items = Enumerable.Range((page - 1) * size, size).Select(n => new {{ Id = n, Weight = n * {rng.Next(2, 9)}, Code = $\"{domain[..2].ToUpperInvariant()}-{{n:D6}}\" }}).ToList();");
            sb.AppendLine("        return Ok(new { id, page, size, items });\n    }\n");
        }
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Repository(string ns, string name, string domain, Random rng)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"public sealed class {name}\n{{\n    private readonly List<(int Id, string Code, decimal Amount)> _rows = new();\n");
        for (int m = 0; m < 10; m++)
        {
            sb.AppendLine($"    public IReadOnlyList<(int Id, string Code, decimal Amount)> Query{m}(decimal min, decimal max, int take)\n    {{");
            sb.AppendLine($"        var result = new List<(int Id, string Code, decimal Amount)>();");
            sb.AppendLine($"        foreach (var row in _rows)\n        {{\n            if (row.Amount < min || row.Amount > max) continue;\n            result.Add(row);\n            if (result.Count >= take) break;\n        }}");
            sb.AppendLine($"        return result.OrderBy(r => r.Amount * {rng.Next(1, 7)}m).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();\n    }}\n");
        }
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Dto(string ns, string name, string domain, Random rng)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"/// <summary>{domain} transfer object.</summary>\npublic sealed record {name}\n{{");
        for (int p = 0; p < 30; p++)
            sb.AppendLine($"    public {(p % 3 == 0 ? "int" : p % 3 == 1 ? "string" : "decimal")} Field{p} {{ get; init; }}{(p % 3 == 1 ? " = \"\";" : "")}");
        sb.AppendLine($"\n    public bool IsValid() => Field0 > 0 && !string.IsNullOrEmpty(Field1) && Field2 >= {rng.Next(0, 9)}m;\n}}");
        return sb.ToString();
    }
}
