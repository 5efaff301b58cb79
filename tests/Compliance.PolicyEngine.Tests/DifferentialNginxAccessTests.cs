namespace Compliance.PolicyEngine.Tests;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Compliance.PolicyEngine;
using Compliance.PolicyEngine.Nginx;

/// <summary>
/// Differential test of allow/deny inheritance (what CMP5102 relies on): a real nginx serves a
/// configuration with rules at http, server, location and nested-location level, and for every
/// location the status it returns to 127.0.0.1 equals what our effective rules
/// (<see cref="NginxSemantics.Inherited"/>, first matching rule wins, no match = allowed) predict.
/// </summary>
public class DifferentialNginxAccessTests
{
    private const string Template = """
        worker_processes 1;
        pid @TMP@/nginx.pid;
        error_log @TMP@/error.log;
        daemon off;
        events { worker_connections 64; }
        http {
            access_log @TMP@/access.log;
            client_body_temp_path @TMP@/cb;
            proxy_temp_path @TMP@/px;
            fastcgi_temp_path @TMP@/fc;
            uwsgi_temp_path @TMP@/uw;
            scgi_temp_path @TMP@/sc;
            allow 127.0.0.1;
            deny all;

            server {
                listen 127.0.0.1:@PORT1@;
                location /inherits-http/ { alias @TMP@/www/; }
                location /own-deny/ { deny 127.0.0.0/8; allow all; alias @TMP@/www/; }
                location /no-rule-matches/ {
                    allow 10.0.0.0/8;
                    alias @TMP@/www/;
                    location /no-rule-matches/nested/ { deny all; alias @TMP@/www/; }
                }
            }

            server {
                listen 127.0.0.1:@PORT2@;
                deny 127.0.0.1;
                allow all;
                location /inherits-server/ { alias @TMP@/www/; }
                location /own-allow/ { allow 127.0.0.1; deny all; alias @TMP@/www/; }
            }
        }
        """;

    [NginxFact]
    [InlineData(0)]
    public void StatusOfEveryLocationMatchesTheEffectiveRules(int _)
    {
        var nginx = RealPrograms.Nginx;
        if (nginx is null) Assert.Fail("CI=true but nginx is missing: scripts/test.sh must install nginx.");

        var tmp = Directory.CreateTempSubdirectory("cmp-nginx-acl").FullName;
        var ports = new[] { FreePort(), FreePort() };
        Process? proc = null;
        try
        {
            // nginx workers may run as an unprivileged user: let them read the served file.
            File.SetUnixFileMode(tmp, (UnixFileMode)0b111_101_101);
            Directory.CreateDirectory(Path.Combine(tmp, "www"));
            File.WriteAllText(Path.Combine(tmp, "www", "x.txt"), "ok");
            File.SetUnixFileMode(Path.Combine(tmp, "www"), (UnixFileMode)0b111_101_101);
            var text = Template.Replace("@TMP@", tmp).Replace("@PORT1@", ports[0].ToString()).Replace("@PORT2@", ports[1].ToString());
            var confPath = Path.Combine(tmp, "nginx.conf");
            File.WriteAllText(confPath, text);

            var config = NginxConfig.Parse("etc/nginx/nginx.conf", new DocumentSet([new ConfigFile("etc/nginx/nginx.conf", text)]));
            var expectations = new List<(int Port, string Path, HttpStatusCode Status)>();
            foreach (var server in config.Servers)
            {
                var port = int.Parse(server.First("listen")!.Args[0].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
                foreach (var location in NginxSemantics.Locations(server))
                    expectations.Add((port, NginxSemantics.LocationPath(location) + "x.txt", Predict(NginxSemantics.Inherited(location, "allow", "deny"))));
            }
            Assert.Equal(6, expectations.Count);
            Assert.Contains(expectations, e => e.Status == HttpStatusCode.Forbidden);
            Assert.Contains(expectations, e => e.Status == HttpStatusCode.OK);

            var psi = new ProcessStartInfo(nginx!) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-c", confPath, "-p", tmp }) psi.ArgumentList.Add(a);
            proc = Process.Start(psi)!;
            WaitForPort(ports[0], proc);
            WaitForPort(ports[1], proc);

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            foreach (var (port, path, status) in expectations)
            {
                var response = http.GetAsync($"http://127.0.0.1:{port}{path}").GetAwaiter().GetResult();
                Assert.True(response.StatusCode == status, $"{path} on :{port}: nginx {(int)response.StatusCode}, our effective rules predict {(int)status}");
            }
        }
        finally
        {
            if (proc is { HasExited: false }) { proc.Kill(entireProcessTree: true); proc.WaitForExit(5000); }
            proc?.Dispose();
            try { Directory.Delete(tmp, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>ngx_http_access_module: the first rule whose address matches decides; none matching = allowed.</summary>
    private static HttpStatusCode Predict(IReadOnlyList<NginxDirective> rules)
    {
        var client = IPAddress.Loopback;
        foreach (var r in rules)
        {
            var arg = r.Args.FirstOrDefault() ?? "";
            var hit = arg == "all" || (Common.IpRanges.TryParseNetwork(arg, out var net) && net.Contains(client));
            if (hit) return r.Name == "allow" ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        }
        return HttpStatusCode.OK;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port, Process proc)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            if (proc.HasExited) Assert.Fail("nginx exited: " + proc.StandardError.ReadToEnd());
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        Assert.Fail($"nginx did not listen on {port} within 15 s");
    }
}
