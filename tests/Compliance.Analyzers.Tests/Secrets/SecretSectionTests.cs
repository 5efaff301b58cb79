namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Eighteenth session (secsection): secrets under a secret-named section with generic child keys
/// (<c>"Secret": { "JWT": … }</c>, <c>"Tokens": { "Key": … }</c>), StackExchange.Redis strings whose only option is the
/// password, and commented-out connection strings to a public IP address. Each shape with its decoys, exact spans,
/// and no secret character in any output.
/// </summary>
public class SecretSectionTests
{
    private static (int Line, int Column) At(string text, int line, string value)
    {
        var lines = text.Split('\n');
        var col = lines[line - 1].IndexOf(value, StringComparison.Ordinal);
        Assert.True(col >= 0, $"fixture: '{value}' is not on line {line}");
        return (line, col + 1);
    }

    private static void AssertSpan(SecretMatch m, (int Line, int Column) at, int length, string anchor, string? precision)
    {
        Assert.Equal("CMP1005", m.RuleId);
        Assert.Equal(at.Line, m.StartLine);
        Assert.Equal(at.Column, m.StartColumn);
        Assert.Equal(at.Column + length, m.EndColumn);
        Assert.Equal(anchor, m.Anchor);
        Assert.Equal(precision, m.Precision);
    }

    private static void AssertNoLeak(IEnumerable<SecretMatch> matches, params string[] secrets)
    {
        foreach (var m in matches)
        {
            foreach (var s in secrets)
            {
                for (var i = 0; i + 6 <= s.Length; i++)
                {
                    var w = s.Substring(i, 6);
                    foreach (var output in new[] { m.Message, m.MessageZh, m.Evidence, m.Anchor, m.Kind })
                    {
                        Assert.False((output ?? string.Empty).Contains(w, StringComparison.Ordinal), $"leak of a secret in: {output}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Entries_of_a_Secret_section_are_secrets_and_its_labels_names_and_urls_are_not()
    {
        var jwt = HexOf(32, 801).ToUpperInvariant();
        var db = AlnumOf(24, 802);
        var json = "{\n" +
                   "  \"Secret\": {\n" +
                   "    \"JWT\": \"" + jwt + "\",\n" +
                   "    \"DB\": \"" + db + "\",\n" +
                   "    \"Issuer\": \"" + AlnumOf(24, 803) + "\",\n" +
                   "    \"Name\": \"MyJwtSigningSecret\",\n" +
                   "    \"Redis\": \"jwt-secret-name\",\n" +
                   "    \"Url\": \"https://vault.corp.example.cn/v1/secret/" + AlnumOf(16, 804) + "\"\n" +
                   "  }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Api/appsettings.json", json);
        Assert.Equal(2, matches.Count);
        AssertSpan(matches[0], At(json, 3, jwt), jwt.Length, "Secret:JWT", null);
        AssertSpan(matches[1], At(json, 4, db), db.Length, "Secret:DB", null);
        Assert.Equal("Plain-text secret (…(len 32)) in configuration at 'Secret:JWT': move it to a secret store (user-secrets, environment, Key Vault).", matches[0].Message);
        AssertNoLeak(matches, jwt, db);

        // a section that only talks about secrets (its key names) is not one: "SecretNames": { "Jwt": "…" }
        Assert.Empty(TextSecretScanner.Scan("src/Api/appsettings.json", "{ \"SecretNames\": { \"Jwt\": \"" + jwt + "\" } }"));
    }

    [Fact]
    public void A_Tokens_section_Key_is_the_signing_key_and_its_issuer_and_audience_are_not()
    {
        var key = AlnumOf(32, 811);
        var json = "{\n" +
                   "  \"Tokens\": {\n" +
                   "    \"Key\": \"" + key + "\",\n" +
                   "    \"Issuer\": \"http://localhost:5000\",\n" +
                   "    \"Audience\": \"" + AlnumOf(20, 812) + "\"\n" +
                   "  },\n" +
                   "  \"MaxTokens\": { \"Key\": \"completion-limit\" }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Api/appsettings.json", json);
        var m = Assert.Single(matches);
        AssertSpan(m, At(json, 3, key), key.Length, "Tokens:Key", null);
        AssertNoLeak(matches, key);

        // the template's placeholder stays a placeholder
        Assert.Empty(TextSecretScanner.Scan("src/Api/appsettings.json", "{ \"Tokens\": { \"Key\": \"your-secret-key-here\" } }"));
    }

    [Fact]
    public void A_redis_endpoint_with_only_a_password_option_is_a_connection_string()
    {
        var p1 = Password(821);
        var p2 = Password(822);
        var json = "{\n" +
                   "  \"Cache\": { \"ConnectionString\": \"127.0.0.1:12345,password=" + p1 + "\" },\n" +
                   "  \"RedisConf\": \"redis.corp.example.cn:8001,password=" + p2 + "\",\n" +
                   "  \"Empty\": \"127.0.0.1:6379,password=,defaultDatabase=0\",\n" +
                   "  \"Placeholder\": \"127.0.0.1,password=[password],connectTimeout=1000\",\n" +
                   "  \"Prose\": \"Hello, password=" + AlnumOf(12, 823) + "\"\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Api/appsettings.json", json);
        Assert.Equal(2, matches.Count);
        AssertSpan(matches[0], At(json, 2, p1), p1.Length, "Cache:ConnectionString", null);
        AssertSpan(matches[1], At(json, 3, p2), p2.Length, "RedisConf", null);
        Assert.Equal("connection-string password", matches[1].Kind);
        Assert.Contains("password=…(len " + p2.Length + ")", matches[1].Evidence);
        AssertNoLeak(matches, p1, p2);
    }

    [Fact]
    public void A_commented_out_connection_string_to_a_public_ip_keeps_the_rule_precision_and_a_private_one_is_low()
    {
        var pub = Password(831);
        var lan = Password(832);
        var loop = Password(833);
        var json = "{\n" +
                   "  \"ConnectionStrings\": {\n" +
                   "    //\"Default\": \"Server=47.93.23.242;Database=shop;Uid=root;Pwd=" + pub + ";\",\n" +
                   "    //\"Lan\": \"Server=192.168.1.16;Database=shop;Uid=root;Pwd=" + lan + ";\",\n" +
                   "    //\"Local\": \"Data Source=127.0.0.1;Database=shop;Uid=root;Pwd=" + loop + ";\",\n" +
                   "    //\"Docs\": \"Server=203.0.113.7;Database=shop;Uid=root;Pwd=" + loop + "x;\",\n" +
                   "    \"Default\": \"Server=db;Database=shop;Uid=app;Pwd=${DB_PASSWORD};\"\n" +
                   "  }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Api/appsettings.json", json);
        Assert.Equal([(3, (string?)null), (4, "low"), (5, "low"), (6, "low")], matches.Select(m => (m.StartLine, m.Precision)));
        Assert.Equal(At(json, 3, pub).Column, matches[0].StartColumn);
        Assert.Equal(pub.Length, matches[0].EndColumn - matches[0].StartColumn);
        AssertNoLeak(matches, pub, lan, loop);
    }

    [Theory]
    [InlineData("47.93.23.242", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("172.16.3.4", false)]
    [InlineData("172.32.3.4", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("100.64.1.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("198.51.100.9", false)]
    [InlineData("256.1.1.1", false)]
    public void Public_ipv4_addresses(string ip, bool isPublic) =>
        Assert.Equal(isPublic, ConnectionStrings.IsPublicIPv4(ip));
}

public class ConsulKvExportTests
{
    private static string B64(string s) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s));

    [Fact]
    public void A_base64_consul_kv_value_holding_a_connection_string_password_is_one_finding_on_the_encoded_value()
    {
        var pwd = SecretFixtures.Password(841);
        var settings = "{\n  \"ConnectionStrings\": { \"Default\": \"Server=47.93.23.242;Database=shop;Uid=root;Pwd=" + pwd + ";\" }\n}\n";
        var encoded = B64(settings);
        var harmless = B64("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }\n}\n");
        var json = "[\n" +
                   "  { \"key\": \"shop/production/appsettings\", \"flags\": 0, \"value\": \"" + encoded + "\" },\n" +
                   "  { \"key\": \"shop/production/logging\", \"flags\": 0, \"value\": \"" + harmless + "\" }\n" +
                   "]\n";
        var matches = TextSecretScanner.Scan("docs/devops/consul/kv.json", json);
        var m = Assert.Single(matches);
        Assert.Equal("CMP1005", m.RuleId);
        Assert.Equal(2, m.StartLine);
        Assert.Equal(json.Split('\n')[1].IndexOf(encoded, StringComparison.Ordinal) + 1, m.StartColumn);
        Assert.Equal(encoded.Length, m.EndColumn - m.StartColumn);
        Assert.Equal("connection-string password (base64 Consul KV value)", m.Kind);
        Assert.Equal("shop/production/appsettings", m.Anchor);
        Assert.Contains("密码（Base64 编码的 Consul KV 值）", m.MessageZh);
        Assert.DoesNotContain("password", m.MessageZh);
        foreach (var output in new[] { m.Message, m.MessageZh, m.Evidence, m.Anchor, m.Kind })
        {
            for (var i = 0; i + 6 <= pwd.Length; i++)
            {
                Assert.DoesNotContain(pwd.Substring(i, 6), output);
            }

            for (var i = 0; i + 6 <= encoded.Length; i += 3)
            {
                Assert.DoesNotContain(encoded.Substring(i, 6), output);
            }
        }
    }

    [Fact]
    public void A_consul_kv_value_with_a_placeholder_or_a_local_comment_is_not_reported()
    {
        var placeholder = B64("{ \"ConnectionStrings\": { \"Default\": \"Server=db;Database=shop;Uid=root;Pwd=${DB_PASSWORD};\" } }");
        var commented = B64("{\n  //\"Default\": \"Server=127.0.0.1;Database=shop;Uid=root;Pwd=" + SecretFixtures.Password(842) + ";\"\n}\n");
        var json = "[ { \"key\": \"shop/a\", \"flags\": 0, \"value\": \"" + placeholder + "\" },\n" +
                   "  { \"key\": \"shop/b\", \"flags\": 0, \"value\": \"" + commented + "\" } ]\n";
        Assert.Empty(TextSecretScanner.Scan("deploy/consul/kv.json", json));
    }
}
