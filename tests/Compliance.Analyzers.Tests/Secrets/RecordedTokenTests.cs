namespace Compliance.Analyzers.Tests.Secrets;

using System.Text;
using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Issue 14, real-world class "recorded JWTs": Admin.NET's Apifox export (Service/APIJSON/用例APIFOX.json) replays two
/// captured bearer tokens in 40 requests and was reported 40 times at critical. One finding per token value and file;
/// a JWT in an API-collection export or past its exp claim is low precision and says why.
/// </summary>
public class RecordedTokenTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static string JwtWithExp(long? exp, int seed)
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var claims = "{\"UserId\":1300000000111,\"Account\":\"" + AlnumOf(8, seed) + "\"" + (exp is { } e ? ",\"exp\":" + e : "") + ",\"iss\":\"Admin.NET\"}";
        return B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64(claims) + "." + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43, seed + 1);
    }

    private static long Unix(int year, int month, int day) => new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static string ApifoxExport(string a, string b)
    {
        // one line, as Apifox writes it: the same token in three recorded requests, a second token in one
        var sb = new StringBuilder("{\"apifoxProject\":\"1.0.0\",\"$schema\":{\"app\":\"apifox\",\"type\":\"project\"},\"apiCollection\":[{\"name\":\"根目录\",\"items\":[");
        for (var i = 0; i < 3; i++)
        {
            sb.Append("{\"api\":{\"cases\":[{\"requestResult\":\"{\\\"header\\\":{\\\"Authorization\\\":\\\"Bearer ").Append(a).Append("\\\"}}\"}]}},");
        }

        sb.Append("{\"api\":{\"cases\":[{\"requestResult\":\"{\\\"header\\\":{\\\"Authorization\\\":\\\"Bearer ").Append(b).Append("\\\"}}\"}]}}]}]}");
        return sb.ToString();
    }

    [Fact]
    public void An_apifox_export_gives_one_low_precision_finding_per_token()
    {
        var a = JwtWithExp(Unix(2024, 3, 5), 401);
        var b = JwtWithExp(null, 403);
        var text = ApifoxExport(a, b);
        var matches = TextSecretScanner.Scan("Admin.NET.Core/Service/APIJSON/用例APIFOX.json", text, AsOf);

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal(("CMP1003", "JSON Web Token", "low"), (m.RuleId, m.Kind, m.Precision)));
        Assert.Equal(text.IndexOf(a, StringComparison.Ordinal) + 1, matches[0].StartColumn);
        Assert.Equal(text.IndexOf(b, StringComparison.Ordinal) + 1, matches[1].StartColumn);
        Assert.Contains("appears 3 times in this file", matches[0].Message);
        Assert.Contains("API-collection export", matches[0].Message);
        Assert.Contains("expired on 2024-03-05", matches[0].Message);
        Assert.DoesNotContain("appears", matches[1].Message);
        Assert.DoesNotContain("expired", matches[1].Message);
        Assert.Contains("API 测试集合", matches[1].MessageZh);
        foreach (var m in matches)
        {
            Assert.DoesNotContain(a.Substring(40, 20), m.Message + m.MessageZh + m.Evidence);
            Assert.DoesNotContain(b.Substring(40, 20), m.Message + m.MessageZh + m.Evidence);
        }
    }

    [Theory]
    [InlineData("tests/api/Shop.postman_collection.json", "{ \"info\": { \"name\": \"Shop\" }, \"auth\": { \"bearer\": \"TOKEN\" } }")]
    [InlineData("docs/requests.http", "GET https://localhost:5001/api/orders\nAuthorization: Bearer TOKEN\n")]
    [InlineData("export/collection.json", "{ \"info\": { \"_postman_id\": \"1\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\" }, \"token\": \"TOKEN\" }")]
    [InlineData("Insomnia_2024.json", "{ \"_type\": \"export\", \"__export_format\": 4, \"resources\": [ { \"token\": \"TOKEN\" } ] }")]
    public void Api_collections_are_recognised_by_name_or_header(string path, string template)
    {
        var live = JwtWithExp(Unix(2099, 1, 1), 405);
        var m = Assert.Single(TextSecretScanner.Scan(path, template.Replace("TOKEN", live), AsOf));
        Assert.Equal(("CMP1003", "low"), (m.RuleId, m.Precision));
        Assert.Contains("API-collection export", m.Message);
        Assert.DoesNotContain("expired", m.Message);
    }

    [Fact]
    public void An_expired_jwt_in_configuration_is_low_precision_and_a_live_one_is_not()
    {
        var expired = JwtWithExp(Unix(2023, 7, 1), 407);
        var live = JwtWithExp(Unix(2099, 1, 1), 409);
        var noExp = JwtWithExp(null, 411);
        var json = "{\n  \"Old\": { \"Token\": \"" + expired + "\" },\n  \"Live\": { \"Token\": \"" + live + "\" },\n  \"Forever\": { \"Token\": \"" + noExp + "\" }\n}\n";
        var matches = TextSecretScanner.Scan("src/Api/appsettings.json", json, AsOf);
        Assert.Equal(new[] { (2, "low"), (3, (string?)null), (4, null) }, matches.Select(m => (m.StartLine, m.Precision)).ToArray());
        Assert.Contains("expired on 2023-07-01 (its exp claim)", matches[0].Message);
        Assert.Contains("2023-07-01 过期", matches[0].MessageZh);
        Assert.DoesNotContain("expired", matches[1].Message);

        // judged against the given date: the same token before its expiry is live
        var before = TextSecretScanner.Scan("src/Api/appsettings.json", json, new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Null(before[0].Precision);
    }

    [Fact]
    public void The_same_provider_key_repeated_in_a_file_is_one_finding()
    {
        var key = AwsKeyId(413);
        var other = AwsKeyId(414);
        var env = "AWS_ACCESS_KEY_ID=" + key + "\nBACKUP_KEY_ID=" + key + "\nMIRROR_KEY_ID=" + other + "\n";
        var matches = TextSecretScanner.Scan("deploy/prod.env", env, AsOf);
        Assert.Equal(new[] { 1, 3 }, matches.Select(m => m.StartLine).ToArray());
        Assert.Contains("appears 2 times", matches[0].Message);
        Assert.Null(matches[0].Precision);
    }
}
