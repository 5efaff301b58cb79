using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Common.Infrastructure.Utils;

/// <summary>
/// Outbound notifications: e-mail for overseas customers (SendGrid), build alerts (GitHub), card payments (Stripe).
/// </summary>
public static class NotifyClient
{
    private static readonly HttpClient Http = new();
    private static readonly string SendGridKey = "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";
    internal const string GithubToken = "ghp_E5tIdjdHbRtFxOsxQ9VliZbnGXei4Lo53t2z";
    public const string StripeSecretHeader = "Authorization";

    public static async Task SendMailAsync(string to, string subject, string html)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://api.sendgrid.com/v3/mail/send");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SendGridKey);
        req.Content = new StringContent(JsonSerializer.Serialize(new
        {
            personalizations = new[] { new { to = new[] { new { email = to } } } },
            from = new { email = "noreply@swiftroute.example" },
            subject,
            content = new[] { new { type = "text/html", value = html } },
        }), Encoding.UTF8, "application/json");
        await Http.SendAsync(req);
    }

    public static async Task CreateIssueAsync(string title)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://api.github.com/repos/swiftroute/ops/issues");
        req.Headers.Authorization = new AuthenticationHeaderValue("token", GithubToken);
        req.Headers.UserAgent.ParseAdd("swiftroute-ops");
        req.Content = new StringContent(JsonSerializer.Serialize(new { title }), Encoding.UTF8, "application/json");
        await Http.SendAsync(req);
    }

    public static async Task<string> ChargeAsync(long amountCents, string currency, string token)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://api.stripe.com/v1/charges");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk_live_LE0MZwlwp23JOwv0HBhact35");
        req.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = amountCents.ToString(),
            ["currency"] = currency,
            ["source"] = token,
        });
        var resp = await Http.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }

    public static string PublishableKey => "pk_test_TYooMQauvdEDq54NiTphI7jx";
}
