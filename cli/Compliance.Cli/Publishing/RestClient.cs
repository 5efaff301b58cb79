namespace Compliance.Cli.Publishing;

using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Compliance.Cli.GitHub;

/// <summary>
/// A small JSON REST client for the GitLab and Gitee publishers: bounded retries on 429, 5xx and
/// connection failures (Retry-After honoured up to <see cref="RetryPolicy.MaxDelay"/>, else
/// exponential backoff), and log lines that name only METHOD and path — never the query string,
/// which carries Gitee's access_token.
/// </summary>
public sealed class RestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly RetryPolicy _retry;
    private readonly SafeLog _log;
    private readonly string _service;

    /// <param name="service">Name in messages ("GitLab", "Gitee").</param>
    /// <param name="headers">Headers sent with every request (authentication).</param>
    public RestClient(string service, Uri baseUri, IReadOnlyDictionary<string, string> headers, RetryPolicy retry, SafeLog log)
    {
        _service = service;
        _base = new Uri(baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        _retry = retry;
        _log = log;
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var version = typeof(RestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("compliance", version));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var (k, v) in headers) _http.DefaultRequestHeaders.TryAddWithoutValidation(k, v);
    }

    public sealed record Response(int Status, string Body, HttpResponseHeaders Headers)
    {
        public string? Header(string name) => Headers.TryGetValues(name, out var v) ? v.FirstOrDefault() : null;
        public JsonNode? Json => string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body);
    }

    /// <summary>
    /// Sends a request; retries 429/5xx and connection failures; returns the final 2xx answer or
    /// throws <see cref="RestException"/> (status 0 when the server could not be reached).
    /// </summary>
    /// <param name="path">Relative to the API base, already escaped, without query.</param>
    /// <param name="query">Query parameters (may hold secrets: never logged).</param>
    public async Task<Response> SendAsync(HttpMethod method, string path, IReadOnlyDictionary<string, string>? query, JsonNode? body, CancellationToken ct)
    {
        var uri = new Uri(_base, path + QueryString(query));
        var shown = $"{method} {_base.AbsolutePath.TrimEnd('/')}/{path}";
        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            TimeSpan? wait;
            int status;
            string text;
            try
            {
                using var response = await _http.SendAsync(request, ct);
                text = await response.Content.ReadAsStringAsync(ct);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode) return new Response(status, text, response.Headers);
                wait = status == 429 || status >= 500 ? RetryAfter(response) ?? Backoff(attempt) : null;
            }
            catch (HttpRequestException ex)
            {
                status = 0;
                text = ex.Message;
                wait = Backoff(attempt);
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                status = 0;
                text = "the request timed out";
                wait = Backoff(attempt);
            }
            if (wait is null || attempt >= _retry.MaxAttempts)
                throw new RestException(status, shown, status == 0 ? $"cannot reach {_service}: {_log.Mask(text)}" : $"{_service} answered {status} on {shown}{Excerpt(text)}");
            _log.Line($"  {_service} answered {(status == 0 ? "nothing" : status.ToString())} on {shown}; retrying in {wait.Value.TotalSeconds:0.#} s (attempt {attempt + 1} of {_retry.MaxAttempts})");
            await _retry.Delay(wait.Value, ct);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var d = _retry.BaseDelay * Math.Pow(2, attempt - 1);
        return d <= _retry.MaxDelay ? d : _retry.MaxDelay;
    }

    /// <summary>Retry-After in seconds or as an HTTP date, capped at <see cref="RetryPolicy.MaxDelay"/> so CI never stalls.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var h = response.Headers.RetryAfter;
        TimeSpan? wait = h?.Delta ?? (h?.Date is { } date ? date - _retry.UtcNow() : null);
        if (wait is null) return null;
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        return wait > _retry.MaxDelay ? _retry.MaxDelay : wait;
    }

    private static string QueryString(IReadOnlyDictionary<string, string>? query) =>
        query is null || query.Count == 0 ? "" : "?" + string.Join('&', query.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));

    /// <summary>The server's message, short and on one line (it may echo what was sent: the caller's log masks the token).</summary>
    private string Excerpt(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return "";
        var oneLine = _log.Mask(body).ReplaceLineEndings(" ").Trim();
        return ": " + (oneLine.Length > 200 ? oneLine[..200] + "…" : oneLine);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A request that failed for good (after retries, or a status that is not retried).</summary>
public sealed class RestException(int status, string request, string message) : Exception(message)
{
    /// <summary>HTTP status, 0 when no answer came.</summary>
    public int Status { get; } = status;
    /// <summary>METHOD path, without the query.</summary>
    public string Request { get; } = request;
    public bool IsPermission => Status is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden;
}
