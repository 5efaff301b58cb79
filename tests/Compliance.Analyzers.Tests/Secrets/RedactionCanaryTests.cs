namespace Compliance.Analyzers.Tests.Secrets;

using System.Globalization;
using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Canary: secrets generated at test time are planted in code and config files; no message (en, zh), evidence,
/// anchor or property of any finding may contain any 6-character window of them beyond their public prefix.
/// </summary>
public class RedactionCanaryTests
{
    private static readonly (string Value, string PublicPrefix)[] Canaries =
    {
        (Password(500), ""), (AlnumOf(32, 501), ""), (AwsKeyId(502), "AKIA"), (AwsSecret(503), ""), (GitHubToken(504), "ghp_"),
        (AlibabaId(505), "LTAI"), (AlibabaSecret(506), ""), (TencentId(507), "AKID"), (TencentSecret(508), ""), (StripeKey(509), "sk_live_"),
        (GoogleKey(510), "AIza"), (SlackToken(511), "xoxb-"), (JdKey(512), "JDC_"), (VolcId(513), "AKLT"), (DingTalkSigning(514), "SEC"),
        (Jwt(515), "eyJ"), (WeChatSecret(516), ""), (FeishuSecret(517), ""), (AzureStorageKey(518), ""), (Password(519), ""),
    };

    private static string C(int i) => Canaries[i].Value;

    private static void AssertClean(string? output, string where)
    {
        if (string.IsNullOrEmpty(output))
        {
            return;
        }

        foreach (var (value, prefix) in Canaries)
        {
            foreach (var window in Windows(value))
            {
                if (prefix.Length > 0 && prefix.Contains(window, StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.False(output.Contains(window, StringComparison.Ordinal), $"{where} leaks part of a secret: {output}");
            }
        }
    }

    private static string CSharpSource() => $$"""
        using System.Net;
        using System.Security.Cryptography;
        using System.Text;
        class Leaky
        {
            const string Password = "{{C(0)}}";
            static readonly string ApiKey = "{{C(1)}}";
            // old: {{C(2)}} / {{C(4)}}
            string aws = "{{C(2)}}";
            string mima = "{{C(3)}}";
            string token = "{{C(5)}}{{C(6)}}";
            string cs = "Server=db;User Id=sa;Password={{C(19)}}";
            string uri = "postgres://app:{{C(0)}}@db/x";
            void M()
            {
                var c = new NetworkCredential("svc", "{{C(0)}}");
                var hdr = "X-Notary-Secret: {{C(1)}}";
                using var h = new HMACSHA256(Encoding.UTF8.GetBytes("{{C(8)}}"));
                var t = $"Bearer {{C(15)}} {c}";
                var s = @"{{C(9)}} {{C(10)}} {{C(11)}} {{C(12)}} {{C(13)}} {{C(14)}} {{C(7)}}";
            }
        }
        """;

    private static (string Path, string Text)[] ConfigFiles() => new[]
    {
        ("/src/appsettings.json", "{ \"ConnectionStrings\": { \"Db\": \"Server=db;User Id=sa;Password=" + C(19) + "\" }, \"Wx\": { \"AppSecret\": \"" + C(16) + "\" }, \"Jwt\": { \"Key\": \"" + C(1) + "\", \"Secret\": \"" + C(0) + "\" } }"),
        ("/src/.env", "FEISHU_APP_SECRET=" + C(17) + "\nAWS_SECRET_ACCESS_KEY=" + C(3) + "\nAZURE=DefaultEndpointsProtocol=https;AccountName=a;AccountKey=" + C(18) + "\n"),
        ("/deploy/secret.yaml", "kind: Secret\nstringData:\n  password: " + C(0) + "\n  token: " + C(4) + "\n"),
        ("/src/web.config", "<configuration><appSettings><add key=\"TencentSecretKey\" value=\"" + C(8) + "\" /><add key=\"AliSecret\" value=\"" + C(6) + "\" /></appSettings></configuration>"),
        // files read since the twelfth session: log4net elements, typed credentials, Terraform, shell, Authorization headers
        ("/src/log4net.config", "<log4net><appender><password value=\"" + C(19) + "\" /></appender></log4net>"),
        ("/deploy/realm-export.json", "{ \"users\": [ { \"credentials\": [ { \"type\": \"password\", \"value\": \"" + C(0) + "\" } ] } ] }"),
        ("/deploy/main.tf", "resource \"x\" \"y\" {\n  password = \"" + C(19) + "\"\n  secret_key = \"" + C(16) + "\"\n}\n"),
        ("/scripts/release.sh", "TOKEN=\"${TOKEN:-" + C(17) + "}\"\nexport DB_PASSWORD=" + C(0) + "\ncurl -H \"Authorization: Bearer " + C(1) + "\" https://x\n"),
        ("/deploy/nginx.conf", "proxy_set_header Authorization \"Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("svc:" + C(0))) + "\";\n"),
        // sec10: credential headers and command-line passwords
        ("/deploy/proxy.conf", "proxy_set_header X-Api-Key \"" + C(1) + "\";\n"),
        ("/deploy/backup.sh", "sshpass -p '" + C(0) + "' ssh ops@h\nredis-cli -h r -a '" + C(19) + "' ping\ncurl -H \"X-Notary-Key: " + C(16) + "\" https://x\n"),
        ("/deploy/deploy.ps1", "$p = ConvertTo-SecureString \"" + C(0) + "\" -AsPlainText -Force\n$h = @{ \"X-Station-Token\" = \"" + C(17) + "\" }\n"),
    };

    [Fact]
    public async Task Analyzer_messages_and_properties_never_contain_secret_characters()
    {
        var diags = await SecretsAnalyzerRunner.RunAsync(CSharpSource(), ConfigFiles());
        Assert.True(diags.Length >= 20, $"the canary must actually produce findings ({diags.Length})");
        foreach (var d in diags)
        {
            AssertClean(d.GetMessage(CultureInfo.InvariantCulture), d.Id + " message");
            AssertClean(d.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")), d.Id + " zh message");
            foreach (var p in d.Properties)
            {
                AssertClean(p.Value, d.Id + " " + p.Key);
            }
        }
    }

    [Fact]
    public void Text_scanner_output_never_contains_secret_characters()
    {
        var count = 0;
        foreach (var (path, text) in ConfigFiles().Append(("/src/Leaky.cs", CSharpSource())))
        {
            foreach (var m in TextSecretScanner.Scan(path, text))
            {
                count++;
                AssertClean(m.Message, path + " message");
                AssertClean(m.MessageZh, path + " zh message");
                AssertClean(m.Evidence, path + " evidence");
                AssertClean(m.Anchor, path + " anchor");
                AssertClean(m.Kind, path + " kind");
            }
        }

        Assert.True(count >= 15, $"the canary must actually produce findings ({count})");
    }

    [Fact]
    public void Redactor_cleans_every_line_that_holds_a_canary()
    {
        foreach (var (_, text) in ConfigFiles().Append(("/src/Leaky.cs", CSharpSource())))
        {
            foreach (var line in text.Split('\n'))
            {
                if (Canaries.Any(c => line.Contains(c.Value, StringComparison.Ordinal)))
                {
                    AssertClean(SecretRedactor.Redact(line), "redacted line");
                }
            }
        }
    }
}

/// <summary>Issue 14's message defects: what the redactor must show and what it must still hide.</summary>
public class RedactorMessageDefectTests
{
    [Fact]
    public void The_word_after_a_quoted_name_in_a_sentence_is_not_masked()
    {
        Assert.Equal("Constant value (…(len 12)) assigned to secret-named 'apiKey': load it from configuration or a secret store",
            SecretRedactor.Redact("Constant value (…(len 12)) assigned to secret-named 'apiKey': load it from configuration or a secret store"));
        Assert.Equal("Plain-text secret (…(len 20)) in configuration at 'Jwt:Key': move it to a secret store.",
            SecretRedactor.Redact("Plain-text secret (…(len 20)) in configuration at 'Jwt:Key': move it to a secret store."));
        // Structural keys with a bare value are still masked: YAML and JSON with a quoted key.
        var v = "hunter" + "zebra";
        Assert.DoesNotContain(v, SecretRedactor.Redact("  'password': " + v));
        Assert.DoesNotContain(v, SecretRedactor.Redact("{\"password\": " + v + "}"));
    }

    [Fact]
    public void A_hashing_call_assigned_to_a_password_stays_readable()
    {
        Assert.Equal("user.Password = HashHelper.Md5Encrypt(dto.Password + salt);",
            SecretRedactor.Redact("user.Password = HashHelper.Md5Encrypt(dto.Password + salt);"));
        Assert.Equal("entity.Pwd = Md5(input);", SecretRedactor.Redact("entity.Pwd = Md5(input);"));
    }

    [Theory]
    [InlineData("Server=db;Database=shop;Uid=root;Pwd=root;", "root")]
    [InlineData("\"Default\": \"Server=db;User Id=sa;Password=sa;\"", "sa")]
    [InlineData("mysql://admin:admin@db:3306/shop", "admin")]
    public void A_password_equal_to_the_user_name_is_masked_too(string line, string password)
    {
        // The password equals the user name: neither position may show it (the user name would give it away).
        Assert.DoesNotMatch($@"(?<![A-Za-z0-9]){password}(?![A-Za-z0-9])", SecretRedactor.Redact(line));
        var matches = TextSecretScanner.Scan("src/App/appsettings.json", "{ \"ConnectionStrings\": { \"Default\": \"" + line.Replace("\"", "'") + "\" } }");
        foreach (var m in matches)
            Assert.DoesNotMatch($@"(?<![A-Za-z0-9]){password}(?![A-Za-z0-9])", m.Evidence + " " + m.Message + " " + m.MessageZh);
    }
}
