namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// A custom request header named for a credential (X-…-Key, -Token, -Secret, -Auth) set to a random literal, in a
/// proxy config, an Envoy route, a script, HOCON, or C# (a header collection's Add, a Refit-style "Name: value"
/// line). Fixtures are a ferry operator's systems. Decoys: variables, words, id-like keys (Idempotency-Key,
/// X-App-Key), headers about a credential (X-Auth-User), Sec-WebSocket-Key.
/// </summary>
public class CredentialHeaderLiteralTests
{
    [Fact]
    public void Proxy_directives_setting_a_credential_header_to_a_random_literal_are_reported()
    {
        var ocr = "ocr-" + HexOf(24, 1501);
        var tide = AlnumOf(20, 1502);
        var conf = "server {\n    location /ocr/ {\n        proxy_set_header X-Api-Key \"" + ocr + "\";\n        proxy_pass https://ocr.example.cn/;\n    }\n"
                   + "    location /tide/ {\n        proxy_set_header X-Tide-Token " + tide + ";\n    }\n"
                   + "    location /a/ { proxy_set_header X-Api-Key $ocr_key; }\n"
                   + "    location /b/ { proxy_set_header X-Idempotency-Key \"" + AlnumOf(24, 1503) + "\"; }\n"
                   + "    location /c/ { proxy_set_header X-Auth-User \"" + AlnumOf(24, 1504) + "\"; }\n"
                   + "    location /d/ { proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; }\n"
                   + "    location /e/ { proxy_set_header X-Gate-Key \"ferry-harbour-gate\"; }\n"
                   + "    # proxy_set_header X-Old-Key \"" + AlnumOf(24, 1505) + "\";\n}\n";
        var found = TextSecretScanner.Scan("deploy/nginx/ferry.conf", conf);
        Assert.Equal(3, found.Count);
        AssertAt(found[0], "CMP1003", At(conf, 3, ocr), ocr.Length);
        Assert.Equal("medium", found[0].Precision);
        AssertAt(found[1], "CMP1003", At(conf, 7, tide), tide.Length);
        Assert.Equal(14, found[2].StartLine);
        Assert.Equal("low", found[2].Precision); // commented out
        AssertNoLeak(found, ocr, tide);
    }

    [Fact]
    public void Caddy_envoy_powershell_and_hocon_header_literals_are_reported()
    {
        var seq = AlnumOf(20, 1511);
        var caddy = "ferry.example.cn {\n\treverse_proxy seq:80 {\n\t\theader_up X-Seq-ApiKey \"" + seq + "\"\n\t\theader_up X-Real-IP {remote_host}\n\t}\n}\n";
        var c = TextSecretScanner.Scan("deploy/proxy/Caddyfile", caddy);
        AssertAt(Assert.Single(c), "CMP1003", At(caddy, 3, seq), seq.Length);

        var bearer = "rv_live_" + AlnumOf(24, 1512);
        var envoy = "routes:\n  - match: { prefix: \"/tickets/\" }\n    route: { cluster: tickets }\n    request_headers_to_add:\n      - header:\n          key: Authorization\n          value: \"Bearer " + bearer + "\"\n"
                    + "      - header:\n          key: X-Request-Id\n          value: \"" + AlnumOf(24, 1513) + "\"\n"
                    + "      - header: { key: x-ferry-key, value: \"%REQ(x-ferry-key)%\" }\n";
        var e = TextSecretScanner.Scan("deploy/envoy/envoy.yaml", envoy);
        var em = Assert.Single(e);
        AssertAt(em, "CMP1005", At(envoy, 7, bearer), bearer.Length);
        Assert.Equal("medium", em.Precision);

        var station = "scn-" + HexOf(20, 1514);
        var ps = "$deployUser = \"FERRY\\svc\"\n$headers = @{ \"X-Station-Token\" = \"" + station + "\" }\n$other = @{ \"X-Station-Token\" = $env:STATION_TOKEN; \"Accept\" = \"application/json\" }\n";
        var p = TextSecretScanner.Scan("deploy/scripts/deploy.ps1", ps);
        AssertAt(Assert.Single(p), "CMP1003", At(ps, 2, station), station.Length);

        var hook = "hook_" + AlnumOf(16, 1515);
        var hocon = "authentication = [\n  {\n    body { username = \"${username}\" }\n    headers {\n      \"X-Auth-Hook\" = \"" + hook + "\"\n      \"Content-Type\" = \"application/json\"\n    }\n  }\n]\n";
        var h = TextSecretScanner.Scan("ferry/emqx.conf", hocon);
        AssertAt(Assert.Single(h), "CMP1003", At(hocon, 5, hook), hook.Length);
        AssertNoLeak(c.Concat(e).Concat(p).Concat(h), seq, bearer, station, hook);
    }

    [Fact]
    public void A_curl_header_line_with_a_credential_is_reported_and_variables_are_not()
    {
        var key = AlnumOf(28, 1521);
        var sh = "#!/bin/sh\ncurl -s -H \"X-Ferry-Key: " + key + "\" https://api.example.cn/berths\n"
                 + "curl -s -H \"X-Ferry-Key: $FERRY_KEY\" https://api.example.cn/berths\n"
                 + "curl -s -H 'Sec-WebSocket-Key: " + AlnumOf(24, 1522) + "' https://api.example.cn/ws\n"
                 + "curl -s -H \"X-Trace-Key: " + AlnumOf(24, 1523) + "\" https://api.example.cn/\n";
        var found = TextSecretScanner.Scan("scripts/berths.sh", sh);
        var m = Assert.Single(found);
        AssertAt(m, "CMP1003", At(sh, 2, key), key.Length);
        AssertNoLeak(found, key);
    }

    [Fact]
    public void Settings_and_translations_with_header_like_keys_are_left_to_the_structured_pass()
    {
        var json = "{\n  \"password-validation\": \"パスワードは6文字以上で、英字と数字を含めてください\",\n  \"api-key-hint\": \"" + AlnumOf(24, 1541) + "\"\n}\n";
        Assert.Empty(TextSecretScanner.Scan("UI/Web/src/assets/langs/ja.json", json));
        Assert.Empty(TextSecretScanner.Scan("config/ferry.json", json));
        var sh = "curl -H \"X-Ferry-Token: パスワードは6文字以上で英字と数字を含めて\" https://api.example.cn/\n";
        Assert.Empty(TextSecretScanner.Scan("scripts/probe.sh", sh));
    }

    [Theory]
    [InlineData("X-Notary-Key", true)]
    [InlineData("X-Channel-Auth", true)]
    [InlineData("X-Seq-ApiKey", true)]
    [InlineData("X-HX-AppSecret", true)]
    [InlineData("Authorization", true)]
    [InlineData("X-HX-AppKey", false)]
    [InlineData("Idempotency-Key", false)]
    [InlineData("X-Auth-User", false)]
    [InlineData("X-Token-Type", false)]
    [InlineData("Sec-WebSocket-Key", false)]
    [InlineData("X-Request-Id", false)]
    [InlineData("X-Forwarded-For", false)]
    public void Credential_header_names(string name, bool expected) =>
        Assert.Equal(expected, CredentialHeaders.IsCredentialHeaderName(name));

    private static readonly string Notary = "nc_prod_" + AlnumOf(20, 1531);
    private static readonly string AppSecret = HexOf(32, 1532);

    [Fact]
    public Task A_custom_credential_header_given_a_random_literal_in_csharp_is_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            [AttributeUsage(AttributeTargets.Interface)]
            class HeadersAttribute : Attribute { public HeadersAttribute(params string[] headers) { } }

            [Headers("X-Berth-AppKey: berth_ak_20231107_cc01", {|CMP1001:"X-Berth-AppSecret: {{AppSecret}}"|})]
            interface IBerthPortalApi { }

            class EvidenceClient
            {
                private readonly HttpClient _http = new HttpClient();

                async Task AnchorAsync()
                {
                    var req = new HttpRequestMessage(HttpMethod.Post, "https://notary.example.cn/v1/evidence");
                    req.Headers.Add("X-Notary-Key", {|CMP1001:"{{Notary}}"|});
                    await _http.SendAsync(req);
                }
            }
            """);

    [Fact]
    public Task Id_like_headers_words_and_configured_values_are_not_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using System;
            using System.Net.Http;

            [AttributeUsage(AttributeTargets.Interface)]
            class HeadersAttribute : Attribute { public HeadersAttribute(params string[] headers) { } }

            [Headers("Accept: application/json", "X-Berth-Key: {berthKey}")]
            interface IBerthPortalApi { }

            class EvidenceClient
            {
                void Prepare(HttpRequestMessage req)
                {
                    req.Headers.Add("Idempotency-Key", "{{AlnumOf(24, 1533)}}");
                    req.Headers.Add("X-Notary-Key", Environment.GetEnvironmentVariable("NOTARY_KEY"));
                    req.Headers.Add("X-Notary-Key", "ferry-notary-harbour");
                    req.Headers.Add("X-Request-Id", "{{AlnumOf(24, 1534)}}");
                    Console.WriteLine("X-Notary-Key: header missing");
                }
            }
            """);
}
