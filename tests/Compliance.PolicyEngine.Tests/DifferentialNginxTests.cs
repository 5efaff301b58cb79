namespace Compliance.PolicyEngine.Tests;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Compliance.PolicyEngine;
using Compliance.PolicyEngine.Nginx;

public sealed class NginxFactAttribute : TheoryAttribute
{
    public NginxFactAttribute()
    {
        if (RealPrograms.Nginx is null && !RealPrograms.IsCi)
            Skip = "nginx not found: apt-get install nginx (required when CI=true).";
    }
}

/// <summary>
/// Differential test against the real nginx: on multi-file configurations (Debian 12 layout with
/// sites-enabled and snippets; h5bp with relative includes from conf.d), <c>nginx -T</c> accepts
/// the files and reads exactly the files, in the order, that our parser pulls in through its
/// include expansion (absolute paths mapped into a copy, relative ones against the conf prefix).
/// </summary>
public class DifferentialNginxTests
{
    private static string FixturesRoot =>
        Path.Combine(RepoPaths.Root, "tests", "Compliance.PolicyEngine.Tests", "Fixtures", "Nginx");

    public static TheoryData<string, string> Cases() => new()
    {
        { "debian-sites", "etc/nginx/nginx.conf" },
        { "h5bp", "nginx/nginx.conf" },
    };

    [NginxFact]
    [MemberData(nameof(Cases))]
    public void NginxReadsTheSameFilesInTheSameOrder(string fixture, string main)
    {
        var nginx = RealPrograms.Nginx;
        if (nginx is null) Assert.Fail("CI=true but nginx is missing: scripts/test.sh must install nginx.");

        var files = RealPrograms.LoadCase(Path.Combine(FixturesRoot, fixture));
        var config = NginxConfig.Parse(main, new DocumentSet(files));
        Assert.Contains(config.Servers, s => s.Children!.Count > 0);

        var tmp = Directory.CreateTempSubdirectory("cmp-nginx").FullName;
        try
        {
            var (cert, key) = WriteSelfSignedCertificate(tmp);
            foreach (var f in files)
            {
                var target = Path.Combine(tmp, "root", f.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var text = Regex.Replace(f.Text, @"(?m)^(\s*include\s+)/", "$1" + Path.Combine(tmp, "root").Replace("$", "$$") + "/");
                text = Regex.Replace(text, @"(?m)^(\s*ssl_certificate\s+)\S+;", "${1}" + cert + ";");
                text = Regex.Replace(text, @"(?m)^(\s*ssl_certificate_key\s+)\S+;", "${1}" + key + ";");
                File.WriteAllText(target, text);
            }
            var (code, stdout, stderr) = RealPrograms.Run(nginx!, "-T", "-c", Path.Combine(tmp, "root", main));
            Assert.True(code == 0, $"nginx -T rejected {fixture}: {stderr}");
            var prefix = Path.Combine(tmp, "root") + "/";
            var read = Regex.Matches(stdout, @"(?m)^# configuration file (.+):$")
                .Select(m => m.Groups[1].Value)
                .Select(p => p.StartsWith(prefix, StringComparison.Ordinal) ? p[prefix.Length..] : p)
                .Distinct()
                .ToList();
            Assert.True(read.Count >= 6, $"nginx -T read only {read.Count} files");
            Assert.Equal(read, config.Files);
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
    }

    private static (string Cert, string Key) WriteSelfSignedCertificate(string dir)
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var req = new CertificateRequest("CN=compliance-test", ec, HashAlgorithmName.SHA256);
        using var cert = req.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var certPath = Path.Combine(dir, "test.crt");
        var keyPath = Path.Combine(dir, "test.key");
        File.WriteAllText(certPath, cert.ExportCertificatePem());
        File.WriteAllText(keyPath, ec.ExportPkcs8PrivateKeyPem());
        return (certPath, keyPath);
    }
}
