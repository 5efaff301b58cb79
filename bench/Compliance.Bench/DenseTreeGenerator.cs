namespace Compliance.Bench;

using System.Text;

/// <summary>
/// Deterministic generator of personal-data-dense service code (issue 16's CRM/logistics shape): most
/// members handle request/entity types that carry a phone number, name or e-mail address — validated,
/// mapped, passed on to repositories and notifiers, partly logged by id — with a sprinkling of real
/// findings (about 1 file in 25). No project file by default: scanned as loose files, the way the issue
/// measured it; <c>withProject</c> adds a web .csproj (the same one the sparse generator writes) so that
/// `dotnet build` of the same code can be timed with and without analyzer packages.
/// </summary>
public static class DenseTreeGenerator
{
    public static (int Files, int Lines) Generate(string dir, int files, int seed, bool withProject = false)
    {
        Directory.CreateDirectory(dir);
        if (withProject)
        {
            // The services of a module of 40 use the Models files at its end: a partial last module would not compile.
            if (files % 40 != 0)
            {
                throw new ArgumentException($"--project needs a multiple of 40 files (got {files}): each module of 40 holds the models its services use");
            }

            CSharpTreeGenerator.WriteProject(dir);
        }

        var rng = new Random(seed);
        int lines = 0;
        string[] domains = ["Customer", "Shipment", "Delivery", "Contact", "Lead", "Courier", "Booking", "Ticket", "Member", "Consignee"];
        for (int i = 0; i < files; i++)
        {
            var domain = domains[i % domains.Length];
            var module = $"Crm{i / 40:D3}"; // a module per block of 40: each holds the Models files its services use
            var kind = (i / domains.Length) % 4;
            var name = $"{domain}{(kind switch { 0 => "Service", 1 => "Controller", 2 => "Repository", _ => "Models" })}{i:D4}";
            var sub = Path.Combine(dir, module);
            Directory.CreateDirectory(sub);
            var text = kind switch
            {
                0 => Service(module, name, domain, rng, i),
                1 => Controller(module, name, domain, rng, i),
                2 => Repository(module, name, domain, rng, i),
                _ => Models(module, name, domain, i),
            };
            text = Usings + text; // loose files: no implicit usings
            lines += text.Count(c => c == '\n');
            File.WriteAllText(Path.Combine(sub, name + ".cs"), text);
        }

        return (files, lines);
    }

    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n";

    /// <summary>The request/entity types every other file of the module uses (types are per file index so names stay unique).</summary>
    private static string Models(string ns, string name, string domain, int i)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"public sealed record {domain}Request{i}(int Id, string FullName, string PhoneNumber, string Email, string Street, string City, string Note);\n");
        sb.AppendLine($"public sealed class {domain}Entity{i}\n{{");
        sb.AppendLine("    public int Id { get; set; }\n    public string FullName { get; set; } = \"\";\n    public string PhoneNumber { get; set; } = \"\";\n    public string Email { get; set; } = \"\";");
        sb.AppendLine("    public string Street { get; set; } = \"\";\n    public string City { get; set; } = \"\";\n    public DateTime CreatedUtc { get; set; }\n    public int Status { get; set; }\n}\n");
        sb.AppendLine($"public static class {name}\n{{");
        for (int m = 0; m < 6; m++)
        {
            sb.AppendLine($"    public static {domain}Entity{i} ToEntity{m}({domain}Request{i} request) => new()");
            sb.AppendLine("    {\n        Id = request.Id,\n        FullName = request.FullName.Trim(),\n        PhoneNumber = request.PhoneNumber.Replace(\" \", \"\"),\n        Email = request.Email.ToLowerInvariant(),");
            sb.AppendLine($"        Street = request.Street,\n        City = request.City,\n        CreatedUtc = DateTime.UnixEpoch.AddDays({m}),\n    }};\n");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Service(string ns, string name, string domain, Random rng, int i)
    {
        var models = ModelsIndex(i);
        var req = $"{domain}Request{models}";
        var ent = $"{domain}Entity{models}";
        var sb = new StringBuilder();
        sb.AppendLine("using System.Security.Cryptography;\nusing System.Text;\nusing Microsoft.Extensions.Logging;\n");
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"public interface I{name}Store {{ Task SaveAsync({ent} entity, CancellationToken ct); Task<{ent}?> FindAsync(int id, CancellationToken ct); }}\n");
        sb.AppendLine($"public interface I{name}Notifier {{ Task SendAsync({req} request, string message, CancellationToken ct); }}\n");
        sb.AppendLine($"public sealed class {name}(ILogger<{name}> logger, I{name}Store store, I{name}Notifier notifier)\n{{");
        for (int m = 0; m < 10; m++)
        {
            sb.AppendLine($"    public async Task<int> Handle{m}Async({req} request, CancellationToken ct)\n    {{");
            sb.AppendLine("        if (string.IsNullOrWhiteSpace(request.PhoneNumber)) throw new ArgumentException(\"phone required\", nameof(request));");
            sb.AppendLine($"        if (request.PhoneNumber.Length < {rng.Next(6, 9)}) return -1;");
            sb.AppendLine($"        var entity = new {ent} {{ Id = request.Id, FullName = request.FullName, PhoneNumber = request.PhoneNumber, Email = request.Email, City = request.City }};");
            sb.AppendLine("        await store.SaveAsync(entity, ct);");
            sb.AppendLine($"        await notifier.SendAsync(request, \"Your {domain.ToLowerInvariant()} #\" + request.Id + \" is confirmed\", ct);");
            sb.AppendLine($"        logger.LogInformation(\"{domain} {{Id}} saved in {{City}}\", request.Id, request.City);");
            sb.AppendLine($"        return entity.Id * {rng.Next(2, 31)};\n    }}\n");
            sb.AppendLine($"    public Task Forward{m}Async({req} request, CancellationToken ct) => notifier.SendAsync(request, \"update\", ct);\n");
        }

        // Sprinkled findings (deterministic): 1 in 25 files.
        if (i % 25 == 3)
            sb.AppendLine($"    public void Trace({req} request) => logger.LogInformation(\"Calling {{Phone}}\", request.PhoneNumber);\n");
        if (i % 25 == 7)
            sb.AppendLine($"    public string Fingerprint({req} request) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(request.Email)));\n");
        if (i % 25 == 11)
            sb.AppendLine($"    public void Reject({req} request) => throw new InvalidOperationException(\"rejected \" + request.PhoneNumber);\n");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Controller(string ns, string name, string domain, Random rng, int i)
    {
        var models = ModelsIndex(i);
        var req = $"{domain}Request{models}";
        var sb = new StringBuilder();
        sb.AppendLine("using Microsoft.AspNetCore.Mvc;\n");
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"[ApiController]\n[Route(\"api/{domain.ToLowerInvariant()}s{i}\")]\npublic sealed class {name} : ControllerBase\n{{");
        for (int m = 0; m < 8; m++)
        {
            sb.AppendLine($"    [HttpPost(\"item{m}\")]\n    public IActionResult Post{m}([FromBody] {req} request)\n    {{");
            sb.AppendLine("        if (!ModelState.IsValid || request.PhoneNumber.Length == 0) return BadRequest(\"invalid request\");");
            sb.AppendLine($"        var score = request.FullName.Length * {rng.Next(2, 9)} + request.City.Length;");
            sb.AppendLine("        return Ok(new { request.Id, score, accepted = true });\n    }\n");
        }

        if (i % 25 == 13)
            sb.AppendLine($"    [HttpGet(\"echo\")]\n    public IActionResult Echo([FromQuery] {req} request) => Ok(new {{ request.FullName, request.PhoneNumber }});\n");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Repository(string ns, string name, string domain, Random rng, int i)
    {
        var ent = $"{domain}Entity{ModelsIndex(i)}";
        var sb = new StringBuilder();
        sb.AppendLine($"namespace Bench.{ns};\n");
        sb.AppendLine($"public sealed class {name}\n{{\n    private readonly List<{ent}> _rows = new();\n");
        for (int m = 0; m < 8; m++)
        {
            sb.AppendLine($"    public IReadOnlyList<{ent}> ByPhone{m}(string phoneNumber, int take)\n    {{");
            sb.AppendLine($"        var result = new List<{ent}>();");
            sb.AppendLine("        foreach (var row in _rows)\n        {\n            if (!string.Equals(row.PhoneNumber, phoneNumber, StringComparison.Ordinal)) continue;\n            result.Add(row);\n            if (result.Count >= take) break;\n        }");
            sb.AppendLine($"        return result.OrderBy(r => r.CreatedUtc).ThenBy(r => r.Status * {rng.Next(1, 7)}).ToList();\n    }}\n");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    /// <summary>The Models file of the same module slot (kind 3 of the same block of domains).</summary>
    private static int ModelsIndex(int i) => (i / 40) * 40 + 30 + (i % 10);
}
