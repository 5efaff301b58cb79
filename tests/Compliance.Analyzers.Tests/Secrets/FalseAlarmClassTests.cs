namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Issue 14's false-alarm classes and misses in configuration text, each with the negative and a
/// positive that must still fire (values generated at test time).
/// </summary>
public class FalseAlarmClassTests
{
    // ---- misses: Kubernetes env[].value of *_PASSWORD / *_SECRET / *_TOKEN / *_KEY ----

    [Fact]
    public void Kubernetes_env_value_of_a_secret_named_variable_is_reported_at_the_value()
    {
        var pwd = Password(201);
        var token = AlnumOf(32, 202);
        var yaml = "apiVersion: apps/v1\n" +
                   "kind: Deployment\n" +
                   "metadata:\n  name: mysql\n" +
                   "spec:\n  template:\n    spec:\n      containers:\n        - name: mysql\n          image: mysql:8\n" +
                   "          env:\n" +
                   "            - name: MYSQL_ROOT_PASSWORD\n" +
                   "              value: \"" + pwd + "\"\n" +                          // line 13
                   "            - name: MYSQL_DATABASE\n" +
                   "              value: shop\n" +
                   "            - name: API_TOKEN\n" +
                   "              value: " + token + "\n" +                           // line 17
                   "            - name: DB_PASSWORD\n" +
                   "              valueFrom:\n                secretKeyRef:\n                  name: db-credentials\n                  key: password\n";
        var matches = TextSecretScanner.Scan("deploy/k8s/mysql.yaml", yaml);
        Assert.Equal(2, matches.Count);
        Assert.Equal(("CMP1005", At(yaml, 13, pwd), "password"), (matches[0].RuleId, (matches[0].StartLine, matches[0].StartColumn), matches[0].Kind));
        Assert.Equal(At(yaml, 13, pwd).Column + pwd.Length, matches[0].EndColumn);
        Assert.EndsWith("MYSQL_ROOT_PASSWORD", matches[0].Anchor);
        Assert.Equal(At(yaml, 17, token), (matches[1].StartLine, matches[1].StartColumn));
        Assert.DoesNotContain(pwd, matches[0].Evidence + matches[0].Message);
    }

    // ---- class 3: labels, not secrets ----

    [Fact]
    public void Kubernetes_references_to_secret_objects_are_not_secrets()
    {
        var yaml = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  annotations:\n" +
                   "    nginx.ingress.kubernetes.io/proxy-ssl-secret: ingress-nginx/upstream-ca\n" +
                   "    nginx.ingress.kubernetes.io/auth-secret: basic-auth\n" +
                   "spec:\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls-cert\n" +
                   "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      env:\n" +
                   "        - name: JWT_SECRET\n          valueFrom:\n            secretKeyRef:\n              name: jwt-signing\n              key: jwtSecretValue2\n" +
                   "  volumes:\n    - name: creds\n      secret:\n        secretName: app-credentials\n";
        Assert.Empty(TextSecretScanner.Scan("deploy/k8s/ingress.yaml", yaml));
    }

    [Fact]
    public void Package_lock_keys_are_package_names_and_ci_secret_lists_are_names()
    {
        var lockJson = "{\n  \"version\": 1,\n  \"dependencies\": {\n    \"net8.0\": {\n" +
                       "      \"Microsoft.Extensions.Configuration.UserSecrets\": {\n        \"type\": \"Transitive\",\n        \"resolved\": \"8.0.0\",\n" +
                       "        \"contentHash\": \"" + AlnumOf(86, 210) + "==\"\n      }\n    }\n  }\n}\n";
        Assert.Empty(TextSecretScanner.Scan("src/App/packages.lock.json", lockJson));

        var ci = "jobs:\n  publish:\n    uses: ./.github/workflows/pack.yml\n    secrets:\n      NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }}\n" +
                 "    with:\n      secret_names: AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, NUGET_API_KEY\n";
        Assert.Empty(TextSecretScanner.Scan(".github/workflows/release.yml", ci));
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("refresh_token")]
    [InlineData("urn:ietf:params:oauth:token-type:jwt")]
    [InlineData("client-secret")]
    public void Header_names_claim_types_and_token_identifiers_are_labels(string label)
    {
        Assert.False(SecretNames.IsPlausibleSecretValue(label, "ApiKeyHeader"));
        var env = "PAYMENT_API_KEY=" + label + "\n";
        Assert.Empty(TextSecretScanner.Scan(".env", env));
        // a real value under the same name still fires
        Assert.Single(TextSecretScanner.Scan(".env", "PAYMENT_API_KEY=" + AlnumOf(28, 211) + "\n"));
    }

    // ---- class 4: well-known public development credentials ----

    [Fact]
    public void The_storage_emulator_key_and_test_fakes_are_not_secrets_but_a_real_account_key_is()
    {
        // Azurite's published key is recognised by its public prefix and shape; the rest is generated here.
        var emulatorLike = "Eby8vdM02xNOcqF" + AlnumOf(71, 220) + "==";
        var emulator = "{ \"Storage\": \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + emulatorLike + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\" }\n";
        Assert.Empty(TextSecretScanner.Scan("src/App/appsettings.json", emulator));

        var real = emulator.Replace(emulatorLike, AlnumOf(86, 221) + "==");
        var hit = Assert.Single(TextSecretScanner.Scan("src/App/appsettings.json", real));
        Assert.Equal("Azure storage account key", hit.Kind);

        Assert.Empty(TextSecretScanner.Scan(".env", "TEST_FAKE_STRIPE_KEY=sk" + AlnumOf(24, 222) + "\nPAYMENT_SECRET=TEST_FAKE_" + AlnumOf(20, 223) + "\n"));
    }

    // ---- class 5: commented-out sample connection strings ----

    [Fact]
    public void A_commented_out_connection_string_is_low_precision_and_a_live_one_is_not()
    {
        var sample = Password(230);
        var live = Password(231);
        var json = "{\n" +
                   "  \"ConnectionStrings\": {\n" +
                   "    // \"Default\": \"Server=db;Database=shop;User Id=sa;Password=" + sample + ";\",\n" +
                   "    /* \"Old\": \"Server=db2;Database=shop;User Id=sa;Password=" + sample + "x;\", */\n" +
                   "    \"Default\": \"Server=db;Database=shop;User Id=app;Password=" + live + ";\"\n" +
                   "  }\n}\n";
        var matches = TextSecretScanner.Scan("src/App/appsettings.json", json);
        Assert.Equal(3, matches.Count);
        Assert.Equal([(3, "low"), (4, "low"), (5, (string?)null)], matches.Select(m => (m.StartLine, m.Precision)));
    }

    // ---- class 9: provider-token shapes inside URLs ----

    [Fact]
    public void Token_shapes_in_a_url_path_or_ordinary_query_parameter_are_not_secrets()
    {
        var awsLike = AwsKeyId(240);
        var text = "<img src=\"https://cdn.example.com/products/" + awsLike + ".png?v=" + AlnumOf(20, 241) + "\">\n" +
                   "thumb: https://img.example.com/p.jpg?x-oss-process=style/" + AwsKeyId(242) + "\n";
        Assert.Empty(TextSecretScanner.Scan("docs/catalog.html", text));

        // A credential-named parameter and a bare token still fire.
        var leak = "callback: https://api.example.com/hook?access_key=" + AwsKeyId(243) + "\nkey: " + AwsKeyId(244) + "\n";
        Assert.Equal(2, TextSecretScanner.Scan("deploy/hook.txt", leak).Count(m => m.RuleId == "CMP1003"));
    }

    // ---- fifteenth session (rwprec10): icon-font maps, icon name -> one glyph ----

    [Fact]
    public void A_json_value_that_is_one_escaped_glyph_is_not_a_secret_and_a_real_value_beside_it_is()
    {
        var pwd = Password(211);
        // shaped like a uni-app icon module's static/icons.json: "user-password": "\uE7CD"
        var json = "{\n" +
                   "  \"user-password-filled\": \"\\uE7CC\",\n" +
                   "  \"meat-pepper\": \"\\uE515\",\n" +
                   "  \"secret-emoji\": \"\\uD83D\\uDD11\",\n" +
                   "  \"password\": \"" + pwd + "\"\n" +                                    // line 5
                   "}\n";
        var match = Assert.Single(TextSecretScanner.Scan("uniapp/src/uni_modules/lime-icon/static/icons.json", json));
        Assert.Equal(("CMP1005", At(json, 5, pwd)), (match.RuleId, (match.StartLine, match.StartColumn)));
        Assert.Equal(At(json, 5, pwd).Column + pwd.Length, match.EndColumn);
        // one character only: two glyphs, or a glyph with text, are left to the other checks
        Assert.False(TextSecretScanner.IsOneEscapedCharacter("\\uE7CC\\uE7CD"));
        Assert.False(TextSecretScanner.IsOneEscapedCharacter("\\uE7CCx"));
        Assert.True(TextSecretScanner.IsOneEscapedCharacter("\\uD83D\\uDD11"));
    }
}

/// <summary>Class 6: strong-name keys identify an assembly and protect nothing; key stores with private keys stay CMP1005.</summary>
public class KeyStoreFileTests
{
    [Fact]
    public void Strong_name_keys_are_not_key_stores_but_pfx_p12_and_jks_are()
    {
        Assert.Empty(TextSecretScanner.ScanKeyStoreFile("src/App/App.snk"));
        Assert.False(TextSecretScanner.IsKeyStoreFile("key.snk"));
        foreach (var path in new[] { "certs/site.pfx", "certs/site.p12", "android/release.jks" })
            Assert.Equal("CMP1005", Assert.Single(TextSecretScanner.ScanKeyStoreFile(path)).RuleId);
    }
}
