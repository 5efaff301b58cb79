namespace Compliance.PolicyEngine.Tests;

using System.Diagnostics;
using System.Text.RegularExpressions;
using Compliance.PolicyEngine;
using Compliance.PolicyEngine.Sshd;

/// <summary>Runs tests only where the real program exists; when CI=true a missing program fails the test instead.</summary>
public static class RealPrograms
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    public const string Sshd = "/usr/sbin/sshd";

    public static string? Nginx =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists);

    public static (int Code, string Out, string Err) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(30_000)) { p.Kill(true); throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 30 s"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Case folders of the policy examples (mini scan roots) holding a file with this relative path.</summary>
    public static IEnumerable<string> CasesWith(string relativePath, string? root = null)
    {
        root ??= Path.Combine(RepoPaths.Root, "rules", "policies");
        return Directory.EnumerateFiles(root, Path.GetFileName(relativePath), SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').EndsWith("/" + relativePath, StringComparison.Ordinal))
            .Select(f => f[..^(relativePath.Length + 1)])
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public static List<ConfigFile> LoadCase(string caseDir) =>
        Directory.EnumerateFiles(caseDir, "*", SearchOption.AllDirectories)
            .Select(f => new ConfigFile(Path.GetRelativePath(caseDir, f).Replace('\\', '/'), File.ReadAllText(f))).ToList();
}

public sealed class SshdTheoryAttribute : TheoryAttribute
{
    public SshdTheoryAttribute()
    {
        if (!File.Exists(RealPrograms.Sshd) && !RealPrograms.IsCi)
            Skip = "/usr/sbin/sshd not found: apt-get install openssh-server (required when CI=true).";
    }
}

/// <summary>
/// Differential test: on every sshd_config of the policy examples, the effective settings our model
/// computes for a connection equal what OpenSSH itself prints with <c>sshd -T -C user=,host=,addr=</c>
/// (the global connection and one connection built to match each Match block).
/// </summary>
public class DifferentialSshdTests
{
    private static readonly Dictionary<string, string> s_defaults = new(StringComparer.Ordinal)
    {
        ["passwordauthentication"] = "yes",
        ["permitrootlogin"] = "without-password",
        ["permitemptypasswords"] = "no",
        ["maxauthtries"] = "6",
        ["kbdinteractiveauthentication"] = "yes",
        ["usepam"] = "no",
        ["authenticationmethods"] = "any",
        ["loglevel"] = "INFO",
        ["allowusers"] = "",
        ["denyusers"] = "",
    };

    private static readonly Lazy<string> s_hostKey = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("cmp-sshd-hk").FullName;
        var key = Path.Combine(dir, "ssh_host_ed25519_key");
        var (code, _, err) = RealPrograms.Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key);
        Assert.True(code == 0, "ssh-keygen failed: " + err);
        return key;
    });

    /// <summary>Hand-made traps (Debian-derived, licence beside them) kept with the tests.</summary>
    private static string FixturesRoot =>
        Path.Combine(RepoPaths.Root, "tests", "Compliance.PolicyEngine.Tests", "Fixtures", "Sshd");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in RealPrograms.CasesWith("etc/ssh/sshd_config")) data.Add("rules/policies/" + c);
        foreach (var c in RealPrograms.CasesWith("etc/ssh/sshd_config", FixturesRoot)) data.Add("fixtures/" + c);
        return data;
    }

    [SshdTheory]
    [MemberData(nameof(Cases))]
    public void EffectiveSettingsMatchSshdT(string caseName)
    {
        if (!File.Exists(RealPrograms.Sshd))
            Assert.Fail("CI=true but /usr/sbin/sshd is missing: scripts/test.sh must install openssh-server.");
        // sshd -T insists on its privilege-separation directory even in test mode.
        if (!Directory.Exists("/run/sshd"))
        {
            try { Directory.CreateDirectory("/run/sshd"); }
            catch (Exception e) { Assert.Fail("sshd -T needs /run/sshd (mkdir -p /run/sshd as root): " + e.Message); }
        }

        var caseDir = caseName.StartsWith("fixtures/", StringComparison.Ordinal)
            ? Path.Combine(FixturesRoot, caseName["fixtures/".Length..])
            : Path.Combine(RepoPaths.Root, caseName);
        var files = RealPrograms.LoadCase(caseDir);
        var config = SshdConfig.Parse("etc/ssh/sshd_config", new DocumentSet(files));

        // sshd reads absolute Include paths from the real /: give it a copy whose Includes point into the copy.
        var tmp = Directory.CreateTempSubdirectory("cmp-sshd").FullName;
        try
        {
            foreach (var f in files)
            {
                var target = Path.Combine(tmp, f.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, Regex.Replace(f.Text, @"(?im)^(\s*include)\s+(.*)$", m =>
                    m.Groups[1].Value + " " + string.Join(' ', m.Groups[2].Value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                        .Select(a => a.StartsWith('/') ? tmp + a : tmp + "/etc/ssh/" + a))));
            }
            foreach (var conn in Connections(config))
            {
                var (code, stdout, stderr) = RealPrograms.Run(RealPrograms.Sshd, "-T", "-f", Path.Combine(tmp, "etc/ssh/sshd_config"), "-h", s_hostKey.Value,
                    "-C", $"user={conn.User},host={conn.Host},addr={conn.Address}");
                Assert.True(code == 0, $"sshd -T rejected {caseName}: {stderr}");
                var real = ParseT(stdout);
                var ours = config.EffectiveFor(conn);
                foreach (var key in s_defaults.Keys)
                {
                    var mine = ours.TryGetValue(key, out var d) ? Normalize(key, d.Args) : s_defaults[key];
                    real.TryGetValue(key, out var theirs);
                    Assert.True(mine == (theirs ?? ""), $"{caseName} {conn}: {key}: ours '{mine}' vs sshd -T '{theirs}'");
                }
            }
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
    }

    /// <summary>One ordinary outside connection plus, for each Match block, a connection built to match it.</summary>
    private static IEnumerable<SshdConnection> Connections(SshdConfig config)
    {
        yield return new SshdConnection("alice", "client.example.net", "203.0.113.7");
        foreach (var m in config.Matches)
        {
            var user = "alice";
            var addr = "203.0.113.7";
            foreach (var c in m.Criteria)
            {
                var first = c.Patterns.Split(',').FirstOrDefault(p => !p.StartsWith('!')) ?? "";
                if (c.Kind == "user" && first.Length > 0) user = first.Replace("*", "x").Replace("?", "x");
                if (c.Kind == "address" && first.Contains('/') && Common.IpRanges.TryParseNetwork(first, out var net))
                {
                    var b = net.BaseAddress.GetAddressBytes();
                    b[^1] |= 1;
                    addr = new System.Net.IPAddress(b).ToString();
                }
                if (c.Kind == "address" && first == "*" && c.Patterns.Contains('!'))
                {
                    // "*,!allowed": test one address inside an allowed range too (must not match).
                    addr = "203.0.113.7";
                }
            }
            yield return new SshdConnection(user, "client.example.net", addr);
            // And one address inside each "!"-negated range: the block must not apply there.
            foreach (var c in m.Criteria.Where(c => c.Kind == "address"))
                foreach (var neg in c.Patterns.Split(',').Where(p => p.StartsWith('!') && p.Contains('/')))
                    if (Common.IpRanges.TryParseNetwork(neg[1..], out var inside) && inside.PrefixLength > 0)
                    {
                        var b = inside.BaseAddress.GetAddressBytes();
                        b[^1] |= 1;
                        yield return new SshdConnection(user, "client.example.net", new System.Net.IPAddress(b).ToString());
                    }
        }
    }

    private static Dictionary<string, string> ParseT(string output)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var sp = line.IndexOf(' ');
            if (sp < 0) continue;
            var key = line[..sp];
            var value = line[(sp + 1)..].Trim();
            d[key] = d.TryGetValue(key, out var have) && key is "allowusers" or "denyusers" ? have + " " + value : value;
        }
        return d;
    }

    private static string Normalize(string key, IReadOnlyList<string> args)
    {
        var v = string.Join(' ', args);
        return key switch
        {
            "permitrootlogin" => v.ToLowerInvariant() is "prohibit-password" ? "without-password" : v.ToLowerInvariant(),
            // QUIET is sshd's alias of SILENT and DEBUG of DEBUG1 (log.c log_levels).
            "loglevel" => v.ToUpperInvariant() switch { "QUIET" => "SILENT", "DEBUG1" => "DEBUG", var l => l },
            "authenticationmethods" or "allowusers" or "denyusers" or "maxauthtries" => v,
            _ => v.ToLowerInvariant(),
        };
    }
}
