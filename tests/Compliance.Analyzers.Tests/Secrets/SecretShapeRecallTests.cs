namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// Issue 14, held-out corpus secret classes (sixth session): a secret passed as a named argument (also when the
/// library did not bind), a hard-coded fallback after <c>??</c>, the values of a collection named for secrets, and a
/// positional argument of an attribute whose own name says it carries a key. Written for a game-server / device
/// fleet code base; each widened rule has decoys beside it. Values are generated at test time.
/// </summary>
public class SecretShapeRecallTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;

        """;

    private static Task Verify(string body) => SecretsTest.VerifyAsync(Usings + body);

    private static Task VerifyBroken(string body) => SecretsTest.VerifyBrokenAsync(Usings + body);

    [Fact]
    public Task Named_arguments_carrying_a_secret_are_reported_even_when_the_call_does_not_bind() =>
        VerifyBroken($$"""
            class TelemetrySetup
            {
                void Configure(object sink)
                {
                    // UnknownTelemetry is not referenced (no package restore): the argument name still says what it is.
                    UnknownTelemetry.Ship("https://metrics.fleet.internal", ingestToken: {|CMP1002:"{{AlnumOf(24, 901)}}"|});
                    UnknownTelemetry.Ship("https://metrics.fleet.internal", sharedSecret: {|CMP1002:"{{AlnumOf(20, 902)}}"|}, region: "eu-2");
                    // Decoys: a header name, a placeholder and a configuration lookup under secret-named parameters.
                    UnknownTelemetry.Ship(url: "https://metrics.fleet.internal", apiKey: "X-Api-Key");
                    UnknownTelemetry.Ship(url: "https://metrics.fleet.internal", apiKey: "<your-api-key>");
                    UnknownTelemetry.Ship(url: "https://metrics.fleet.internal", apiKey: Environment.GetEnvironmentVariable("INGEST_KEY"));
                }
            }
            """);

    [Fact]
    public Task A_hard_coded_fallback_after_a_coalesce_is_reported() =>
        Verify($$"""
            class MatchServer
            {
                string Admin() => Environment.GetEnvironmentVariable("ARENA_ADMIN") ?? "";

                void Start()
                {
                    var rconPassword = Environment.GetEnvironmentVariable("RCON_PASSWORD") ?? {|CMP1002:"{{Password(903)}}"|};
                    string? lobbyToken = Environment.GetEnvironmentVariable("LOBBY") ?? {|CMP1002:"{{AlnumOf(28, 904)}}"|};
                    // Decoys: an empty or placeholder fallback, a fallback of a name that is no secret.
                    var relayPassword = Environment.GetEnvironmentVariable("RELAY_PASSWORD") ?? "";
                    var webhookSecret = Environment.GetEnvironmentVariable("HOOK") ?? "changeme-in-env";
                    var mapName = Environment.GetEnvironmentVariable("MAP") ?? "{{AlnumOf(16, 905)}}";
                }
            }
            """);

    [Fact]
    public Task Values_of_a_collection_named_for_secrets_are_reported() =>
        Verify($$"""
            class DeviceRegistry
            {
                private static readonly Dictionary<string, string> DeviceSecrets = new()
                {
                    ["thermostat-17"] = {|CMP1002:"{{AlnumOf(24, 906)}}"|},
                    ["doorbell-03"] = {|CMP1002:"{{AlnumOf(24, 907)}}"|},
                };

                private static readonly Dictionary<string, string> GatewayPasswords = new Dictionary<string, string>
                {
                    { "north-hall", {|CMP1002:"{{AlnumOf(32, 908)}}"|} },
                };

                // Decoys: a collection not named for secrets, and secret *names* (labels) as values.
                private static readonly Dictionary<string, string> DeviceModels = new()
                {
                    ["thermostat-17"] = "{{AlnumOf(24, 909)}}",
                };

                private static readonly Dictionary<string, string> SecretKeys = new()
                {
                    ["mqtt"] = "Fleet:Mqtt:Password",
                };
            }
            """);

    [Fact]
    public Task Positional_argument_of_an_attribute_named_for_a_key() =>
        Verify($$"""
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class DeviceTokenAttribute : Attribute { public DeviceTokenAttribute(string expectedValue) { } }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class ChannelAttribute : Attribute { public ChannelAttribute(string expectedValue) { } }

            class FirmwareHooks
            {
                [DeviceToken({|CMP1002:"{{AlnumOf(26, 910)}}"|})]
                void Upload() { }

                // Decoys: the same parameter on an attribute that names no secret, and a label on the secret one.
                [Channel("{{AlnumOf(26, 911)}}")]
                void Beta() { }

                [DeviceToken("X-Device-Token")]
                void Legacy() { }
            }
            """);
    // Held-out jellyfin: new StubTypeRule(stubType: "bluray", token: "brrip") — a parser's tokens under a parameter named
    // "token". A named argument's name alone gives low precision unless the value looks generated or names a password.
    [Fact]
    public async Task A_named_argument_whose_name_is_the_only_evidence_is_low_precision_unless_the_value_looks_generated()
    {
        var source = "class Rule { public Rule(string stubType, string token) { } }\n"
                     + "class Naming\n{\n"
                     + "    object[] Rules = { new Rule(stubType: \"bluray\", token: \"brrip\"), new Rule(stubType: \"tv\", token: \"HDTV-PDTV\") };\n"
                     + "    object Ingest() => new Rule(stubType: \"svc\", token: \"" + AlnumOf(24, 911) + "\");\n"
                     + "    void Login(System.Net.NetworkCredential c, string user) => Connect(user: user, password: \"Winter2024!\");\n"
                     + "    void Connect(string user, string password) { }\n}\n";
        var diagnostics = await SecretsAnalyzerRunner.RunAsync(source);
        Assert.Equal(
            ["4:low", "4:low", "5:", "6:"],
            diagnostics.Where(d => d.Id == "CMP1002").Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));
    }
    // Review finding: the "name is the only evidence" decision is one value-shape rule for every place a secret name
    // meets a literal. One snippet shows all of them: a stored value keeps the rule's precision, a named argument and a
    // comparison are low unless the literal looks generated, and only a password *argument* keeps the rule's precision.
    [Fact]
    public async Task Name_only_evidence_is_one_value_shape_decision_for_arguments_and_comparisons()
    {
        var word = "Lantern" + "Gate" + "77";
        var random = AlnumOf(24, 920);
        var source = "class Dock { public Dock(string berth, string token, string password) { } }\n"
                     + "class Harbour\n{\n"
                     + "    string pilotToken = \"" + word + "\";\n"
                     + "    object A() => new Dock(berth: \"b1\", token: \"" + word + "\", password: null);\n"
                     + "    object B() => new Dock(berth: \"b2\", token: null, password: \"" + word + "\");\n"
                     + "    object C() => new Dock(berth: \"b3\", token: \"" + random + "\", password: null);\n"
                     + "    bool D(string token) => token == \"" + word + "\";\n"
                     + "    bool E(string password) => password == \"" + word + "\";\n"
                     + "    bool F(string token) => token == \"" + random + "\";\n}\n";
        var diagnostics = await SecretsAnalyzerRunner.RunAsync(source);
        Assert.Equal(
            ["4:", "5:low", "6:", "7:", "8:low", "9:low", "10:"],
            diagnostics.Where(d => d.Id == "CMP1002").Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));
    }
    // Sonarr (judged blind, thirteenth session): [FieldToken(TokenField.HelpText, "UseSsl", "clientName", "Deluge")] binds
    // "clientName" to a constructor parameter named token (37 false alarms at high), and SortKey == "estimatedCompletionTime"
    // compares a sort column. An attribute constructor's argument is a parameter argument like any other (low unless the
    // value looks generated); a camelCase identifier is words, not generated. An attribute's Token = "…" stores the value
    // under that name and keeps the rule's precision, as a generated argument, a password argument and the argument of an
    // attribute named for the secret ([ApiKey("…")]) do.
    [Fact]
    public async Task Attribute_constructor_arguments_and_camel_case_identifiers_are_name_only_evidence()
    {
        var random = AlnumOf(24, 921);
        var source = "class FieldTokenAttribute : System.Attribute { public FieldTokenAttribute(int field, string label, string token, object value) { } public string Token { get; set; } }\n"
                     + "class LoginAttribute : System.Attribute { public LoginAttribute(string user, string password) { } }\n"
                     + "class Paging { public string SortKey; }\n"
                     + "class DelugeSettings\n{\n"
                     + "    [FieldToken(2, \"UseSsl\", \"clientName\", \"Deluge\")] public bool UseSsl { get; set; }\n"
                     + "    [FieldToken(3, \"UrlBase\", token: \"connectionName\", value: \"Emby\")] public string UrlBase { get; set; }\n"
                     + "    [FieldToken(4, \"Api\", \"" + random + "\", \"x\")] public string Api { get; set; }\n"
                     + "    [FieldToken(5, \"Key\", null, null, Token = \"LanternGate77\")] public string Key { get; set; }\n"
                     + "    [Login(\"svc\", \"Winter2024!\")] public string Login { get; set; }\n"
                     + "    bool Sorted(Paging p) => p.SortKey == \"estimatedCompletionTime\";\n"
                     + "    bool Timed(string token) => token == \"estimatedCompletionTime\";\n"
                     + "    object Rule() => new FieldTokenAttribute(1, \"l\", token: \"estimatedCompletionTime\", value: null);\n"
                     + "    [ApiKey(\"LanternGate77\")] public string Partner { get; set; }\n}\n"
                     + "class ApiKeyAttribute : System.Attribute { public ApiKeyAttribute(string expectedValue) { } }\n";
        var diagnostics = await SecretsAnalyzerRunner.RunAsync(source);
        Assert.Equal(
            ["6:low", "7:low", "8:", "9:", "10:", "12:low", "13:low", "14:"],
            diagnostics.Where(d => d.Id == "CMP1002").Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));
    }

    [Fact]
    public Task A_constant_holding_its_own_setting_name_is_no_secret_but_a_value_beside_it_is() =>
        Verify($$"""
            static class RemoteOptions
            {
                // Decoys (duplicati's option-name constants, judged blind): the symbol is the NAME of a setting, its value that name.
                public const string StorageApiKeyKey = "storageapikey";
                public const string UploadTokenName = "upload_token";
                public const string SigningSecretOption = "signing-secret";
                // Kept: a value that is not the symbol's own name.
                public const string StorageApiKey = {|CMP1002:"{{AlnumOf(24, 911)}}"|};
                public const string RelayPassword = {|CMP1002:"{{Password(912)}}"|};
            }
            """);
}
