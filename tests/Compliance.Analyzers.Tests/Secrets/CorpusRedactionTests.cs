namespace Compliance.Analyzers.Tests.Secrets;

using System.Runtime.CompilerServices;
using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Defects found by the corpus sweep (docs/precision.md): the redactor, the last step before any output,
/// mangled messages that held no secret — a configuration key path ("token:secret") and resource names
/// ("kube-system/external-auth-oauth2", realm "oauth2-proxy") — while it must still mask real values.
/// </summary>
public class CorpusRedactionTests
{
    private static string FixtureDir([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "CorpusFixtures");

    [Fact]
    public void RuoYi_token_secret_message_keeps_its_key_path_in_both_languages()
    {
        var value = AlnumOf(26, 600);
        var text = File.ReadAllText(Path.Combine(FixtureDir(), "RuoYi-Vue", "application.yml")).Replace("__TOKEN_SECRET__", value);

        var m = Assert.Single(TextSecretScanner.Scan("ruoyi-admin/src/main/resources/application.yml", text));
        Assert.Equal(("CMP1005", 10, 11, 37), (m.RuleId, m.StartLine, m.StartColumn, m.EndColumn));
        Assert.Equal("token:secret", m.Anchor);

        // what the CLI shows: every message passes through the redactor
        var zh = SecretRedactor.Redact(m.MessageZh);
        var en = SecretRedactor.Redact(m.Message);
        Assert.Equal("配置文件“token:secret”处存在明文密钥（…(len 26)）：请移至密钥管理服务（user-secrets、环境变量、Key Vault）。", zh);
        Assert.Equal("Plain-text secret (…(len 26)) in configuration at 'token:secret': move it to a secret store (user-secrets, environment, Key Vault).", en);
        Assert.DoesNotContain(value, zh + en + SecretRedactor.Redact(m.Evidence), StringComparison.Ordinal);
    }

    [Theory]
    // ingress-nginx docs/examples/auth/oauth-external-auth/oauth2-proxy.yaml: Ingress kube-system/external-auth-oauth2
    [InlineData("Ingress kube-system/external-auth-oauth2 has no spec.tls, so it is served over plain HTTP; add a tls section listing its hosts and a certificate secret.")]
    // oauth2-proxy contrib/local-environment/keycloak/oauth2-proxy-realm.json: "realm": "oauth2-proxy"
    [InlineData("Realm 'oauth2-proxy' has eventsEnabled false, so logins and failed logins are not recorded; set \"eventsEnabled\": true.")]
    [InlineData("Realm 'oauth2-proxy' 的 eventsEnabled 为 false，登录成功与登录失败事件均不会被记录；请设置 \"eventsEnabled\": true。")]
    [InlineData("Plain-text secret (…(len 22)) in configuration at 'Jwt:Key': move it to a secret store (user-secrets, environment, Key Vault).")]
    // oauth2-proxy-realm.json:447 "clients"[0]."secret"; cluster-example-full.yaml:17 the second Secret's data.password
    [InlineData("Plain-text secret (…(len 36)) in configuration at 'clients:0:secret': move it to a secret store (user-secrets, environment, Key Vault).")]
    [InlineData("Plain-text password (…(len 64)) in configuration at 'data:password#2': move it to a secret store (user-secrets, environment, Key Vault).")]
    // NetModular's InitData/Account.json (a top-level array) and a key under an '@' segment: the word after the path is prose
    [InlineData("Plain-text password (…(len 32)) in configuration at '0:Password': move it to a secret store (user-secrets, environment, Key Vault).")]
    [InlineData("Plain-text password (…(len 4)) in configuration at 'target@smtpPassword': move it to a secret store (user-secrets, environment, Key Vault).")]
    // DanpheEMR's appsettings.json: the last segment of a path under a secret-named section is a key, not its value
    [InlineData("Plain-text secret (…(len 110)) in configuration at 'JwtTokenConfig:JwtKey': move it to a secret store (user-secrets, environment, Key Vault).")]
    public void Policy_and_secret_messages_naming_resources_are_shown_unchanged(string message) =>
        Assert.Equal(message, SecretRedactor.Redact(message));

    [Fact]
    public void Values_in_the_same_places_are_still_masked()
    {
        // a generated run where the resource name was, a password-shaped quoted value where the realm name was,
        // and a real value after a secret-named key in a zh sentence
        var run = AlnumOf(40, 601);
        var password = Password(602);
        var value = AlnumOf(12, 604);
        foreach (var text in new[]
                 {
                     $"Ingress {run} has no spec.tls",
                     $"Realm '{password}' has eventsEnabled false",
                     $"credential 'token:{password}' in a sentence",
                     $"配置文件“token:{value}”处存在明文密钥",
                     $"secret: {value}，请移至",
                 })
        {
            var redacted = SecretRedactor.Redact(text);
            foreach (var secret in new[] { run, password, value })
            {
                Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("oauth2-proxy", true)]
    [InlineData("kube-system/external-auth-oauth2", true)]
    [InlineData("p4ss-w0rd", false)]
    [InlineData("Pass-word1", false)]
    [InlineData("0896a464-da81-4454-bee9-b56bdbad9e7f", false)]
    [InlineData("oauth2proxy", false)]
    public void Identifier_shape(string value, bool identifier) => Assert.Equal(identifier, SecretRedactor.IsIdentifier(value));

    [Theory]
    [InlineData("clients:0:secret", true)]
    [InlineData("data:password#2", true)]
    [InlineData("components:org.keycloak.keys.KeyProvider:0:config:privateKey:0", true)]
    [InlineData("admin:S3cretpass", false)]
    [InlineData("admin:Secret9!", false)]
    [InlineData("a:b1c:d", false)]
    public void Key_path_shape(string value, bool keyPath) => Assert.Equal(keyPath, SecretRedactor.IsKeyPath(value));

    [Fact]
    public void A_quoted_user_and_password_pair_is_still_masked()
    {
        var password = Password(606);
        Assert.DoesNotContain(password, SecretRedactor.Redact($"login with 'admin:{password}' failed"), StringComparison.Ordinal);
    }

    [Fact]
    public void CloudNativePG_sample_key_names_as_values_are_placeholders_but_a_real_value_beside_them_is_found()
    {
        // the sample Secret stores base64 of "key_id" and "secret_key": names, not credentials (was a CMP1005 at line 11)
        var text = File.ReadAllText(Path.Combine(FixtureDir(), "cloudnative-pg", "backup-creds.yaml"));
        Assert.Empty(TextSecretScanner.Scan("docs/src/samples/cluster-example-full.yaml", text));

        var real = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Password(605)));
        var withReal = text.Replace("c2VjcmV0X2tleQ==", real);
        var m = Assert.Single(TextSecretScanner.Scan("docs/src/samples/cluster-example-full.yaml", withReal));
        Assert.Equal(("CMP1005", 11, "data:ACCESS_SECRET_KEY"), (m.RuleId, m.StartLine, m.Anchor));
    }

    [Theory]
    [InlineData("secret_key", true)]
    [InlineData("key_id", true)]
    [InlineData("client-secret", true)]
    [InlineData("secret_key9", false)]
    [InlineData("my_secret_key", false)]
    public void Key_word_compounds(string value, bool placeholder) => Assert.Equal(placeholder, Placeholders.IsPlaceholder(value));
}
