namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Issue 14, secret recall classes of the seventh session (branch hashsec), written for an observatory / telescope
/// scheduling system: a password given as a command-line flag in YAML (compose <c>command:</c>, Kubernetes
/// <c>args:</c>) and "pass" as the abbreviated last word of a key or field name (<c>BROKER_ADMIN_PASS</c>,
/// <c>archivePass</c>). Each widening has decoys beside it. Values are generated at test time.
/// </summary>
public class SecretFlagAndAbbreviationTests
{
    private static void AssertAt(SecretMatch m, (int Line, int Column) at, int length, string anchor)
    {
        Assert.Equal(("CMP1005", at.Line, at.Column, at.Column + length, anchor), (m.RuleId, m.StartLine, m.StartColumn, m.EndColumn, m.Anchor));
    }

    [Fact]
    public void A_password_flag_on_a_command_line_is_reported_in_flow_block_and_string_form()
    {
        var a = Password(301);
        var b = Password(302);
        var c = Password(303);
        var yaml = "services:\n" +
                   "  queue:\n" +
                   "    image: keydb:6\n" +
                   "    command: [\"keydb-server\", \"--requirepass\", \"" + a + "\", \"--port\", \"6380\"]\n" +
                   "  replica:\n" +
                   "    command: keydb-server --masterauth=" + b + " --replicaof queue 6380\n" +
                   "  scheduler:\n" +
                   "    args:\n" +
                   "      - --password\n" +
                   "      - \"" + c + "\"\n" +
                   // Decoys: a reference to the environment, a password file, a flag without value, a comment.
                   "  mirror:\n" +
                   "    command: [\"keydb-server\", \"--requirepass\", \"$QUEUE_PASSWORD\"]\n" +
                   "  backup:\n" +
                   "    command: restic backup --password-file /run/secrets/restic --verbose\n" +
                   "  probe:\n" +
                   "    command: [\"probe\", \"--password\", \"--timeout\", \"5\"]\n" +
                   "  # old: keydb-server --requirepass " + Password(304) + "\n";
        var matches = TextSecretScanner.Scan("compose.yaml", yaml);
        Assert.Equal(3, matches.Count);
        AssertAt(matches[0], At(yaml, 4, a), a.Length, "command:--requirepass");
        AssertAt(matches[1], At(yaml, 6, b), b.Length, "command:--masterauth");
        AssertAt(matches[2], At(yaml, 10, c), c.Length, "command:--password");
        Assert.All(matches, m => Assert.DoesNotContain(m.Evidence ?? "", new[] { a, b, c }));
    }

    [Fact]
    public void Pass_as_the_last_word_of_a_key_names_a_password()
    {
        var p = Password(310);
        var yaml = "services:\n" +
                   "  broker:\n" +
                   "    environment:\n" +
                   "      BROKER_ADMIN_USER: scheduler\n" +
                   "      BROKER_ADMIN_PASS: \"" + p + "\"\n" +
                   // Decoys: a ticket, an iteration, a pass on its own, a pass that is the first word.
                   "      VISITOR_PASS: \"GATE-" + AlnumOf(8, 311) + "\"\n" +
                   "      SECOND_PASS: \"" + AlnumOf(12, 312) + "\"\n" +
                   "      PASS: \"" + AlnumOf(12, 313) + "\"\n" +
                   "      PASS_THROUGH_MODE: \"" + AlnumOf(12, 314) + "\"\n";
        var match = Assert.Single(TextSecretScanner.Scan("compose.yaml", yaml));
        AssertAt(match, At(yaml, 5, p), p.Length, "services:broker:environment:BROKER_ADMIN_PASS");
        Assert.Equal("password", match.Kind);
    }

    [Fact]
    public Task Pass_as_the_last_word_of_a_csharp_field_is_a_password() =>
        SecretsTest.VerifyAsync($$"""
            class ArchiveUplink
            {
                private const string ArchivePass = {|CMP1002:"{{Password(320)}}"|};
                // Decoys: a boarding-pass style ticket code and a render pass name.
                private const string BoardingPass = "{{AlnumOf(12, 321)}}";
                private const string ShadowPass = "DepthOnly";
                private const string FirstPass = "{{AlnumOf(12, 322)}}";
            }
            """);

    [Fact]
    public Task A_user_and_password_literal_encoded_for_basic_authorization_is_reported() =>
        SecretsTest.VerifyAsync($$"""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;

            class TelescopeQueueClient
            {
                private readonly HttpClient _http = new HttpClient();

                void UseArchive()
                {
                    var pair = Convert.ToBase64String(Encoding.ASCII.GetBytes({|CMP1001:"night-ops:{{Password(330)}}"|}));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", pair);
                }

                static string Header() => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes({|CMP1001:"dome:{{Password(331)}}"|}));

                // Decoys: a base64 "site:instrument" pair that is a cache key, a placeholder pair, a pair built from variables.
                static string CacheKey() => Convert.ToBase64String(Encoding.UTF8.GetBytes("lapalma:{{AlnumOf(12, 332)}}"));
                static string Sample() => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"));
                static string Built(string user, string pass) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + pass));
            }
            """);
}
