namespace Compliance.Cli.Tests.Publishing;

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>
/// A tiny REST API stand-in (GitHub, GitLab, Gitee) on 127.0.0.1 (HttpListener, ephemeral port):
/// records every request and answers from handlers the test registers per "METHOD path" (first
/// match wins; a handler may be queued to answer once, e.g. a 429 before a 201).
/// </summary>
internal sealed class FakeApiServer : IDisposable
{
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        /// <summary>The raw query string ("?a=1&amp;b=2", or empty): secrets some APIs take as parameters end up here.</summary>
        public string RawQuery { get; init; } = "";
        /// <summary>Decoded query parameters (last value wins).</summary>
        public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();
        public JsonNode Json => JsonNode.Parse(Body)!;
        public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : "";
    }

    public sealed record Reply(int Status, string Body = "{}", IReadOnlyDictionary<string, string>? Headers = null);

    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<Request> _requests = new();
    private sealed class RouteEntry(string method, string path)
    {
        public string Method { get; } = method;
        public string Path { get; } = path;
        public Queue<Func<Request, Reply>> Once { get; } = new();
        public Func<Request, Reply> Always { get; set; } = _ => new Reply(404, "{\"message\":\"Not Found\"}");
    }

    private readonly List<RouteEntry> _routes = [];
    private readonly Task _loop;

    public string BaseUrl { get; }
    public IReadOnlyList<Request> Requests => _requests.ToArray();

    public FakeApiServer()
    {
        // HttpListener needs a concrete port: pick a free one, retry on the race with other processes
        // (a fresh listener each time: one whose Start failed keeps its old prefix on Linux).
        for (var attempt = 0; ; attempt++)
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var url = $"http://127.0.0.1:{port}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(url);
            try { listener.Start(); _listener = listener; BaseUrl = url; break; }
            catch (HttpListenerException) when (attempt < 20) { listener.Close(); }
        }
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Answer METHOD path (exact path, no query) always with <paramref name="reply"/>.</summary>
    public FakeApiServer On(string method, string path, Func<Request, Reply> reply)
    {
        Route(method, path).Always = reply;
        return this;
    }

    /// <summary>Answer the next request to METHOD path with <paramref name="reply"/>, then fall back to the standing answer.</summary>
    public FakeApiServer Once(string method, string path, Reply reply)
    {
        Route(method, path).Once.Enqueue(_ => reply);
        return this;
    }

    private RouteEntry Route(string method, string path)
    {
        lock (_routes)
        {
            var r = _routes.Find(r => r.Method == method && r.Path == path);
            if (r is null) _routes.Add(r = new RouteEntry(method, path));
            return r;
        }
    }


    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            try { Handle(ctx); }
            catch (Exception ex)
            {
                ctx.Response.StatusCode = 599;
                var bytes = Encoding.UTF8.GetBytes(ex.ToString());
                ctx.Response.OutputStream.Write(bytes);
                ctx.Response.Close();
            }
        }
    }

    private void Handle(HttpListenerContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
        var body = reader.ReadToEnd();
        var headers = ctx.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!.ToLowerInvariant(), k => ctx.Request.Headers[k]!);
        var query = ctx.Request.QueryString.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => ctx.Request.QueryString[k]!);
        var request = new Request(ctx.Request.HttpMethod, ctx.Request.Url!.AbsolutePath, headers, body) { RawQuery = ctx.Request.Url!.Query, Query = query };
        _requests.Enqueue(request);

        Func<Request, Reply>? handler = null;
        lock (_routes)
        {
            foreach (var r in _routes)
            {
                if (r.Method != request.Method || r.Path != request.Path) continue;
                handler = r.Once.Count > 0 ? r.Once.Dequeue() : r.Always;
                break;
            }
        }
        var reply = handler?.Invoke(request) ?? new Reply(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        ctx.Response.StatusCode = reply.Status;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (k, v) in reply.Headers ?? new Dictionary<string, string>()) ctx.Response.Headers[k] = v;
        var bytes = Encoding.UTF8.GetBytes(reply.Body);
        ctx.Response.ContentLength64 = bytes.Length;
        ctx.Response.OutputStream.Write(bytes);
        ctx.Response.Close();
    }

    public void Dispose()
    {
        // .NET's managed HttpListener can throw "Address already in use" while unregistering its prefix when
        // another test's listener took a port meanwhile (seen under load); closing a fake must never fail a test.
        try { _listener.Stop(); _listener.Close(); } catch (HttpListenerException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
