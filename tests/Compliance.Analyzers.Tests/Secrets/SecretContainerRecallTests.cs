namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// Issue 14, ninth session: secrets held by containers whose name is on the declared type or collection rather than
/// next to the literal — tuple elements named for a key, a table of keys, a key compared in an <c>is not</c> pattern
/// or a switch expression — and a secret-named constant reported once at its declaration, not again at each use.
/// Written for an observatory / ferry-ticketing code base; every widening has decoys beside it.
/// </summary>
public class SecretContainerRecallTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;

        """;

    private static Task Verify(string body) => SecretsTest.VerifyAsync(Usings + body);

    [Fact]
    public Task Tuple_elements_named_for_a_secret_are_reported_and_other_elements_are_not() =>
        Verify($$"""
            class TelescopeSites
            {
                private static readonly (string Site, string HmacKey)[] Sites =
                {
                    ("la-palma", {|CMP1002:"{{AlnumOf(24, 1101)}}"|}),
                    ("paranal", {|CMP1002:"{{AlnumOf(24, 1102)}}"|}),
                };

                private static readonly (string Site, string Password) Archive = (Site: "archive", Password: {|CMP1002:"{{Password(1103)}}"|});

                // Decoys: elements that name no secret, a placeholder under a secret-named element.
                private static readonly (string Site, string Code)[] Codes = { ("la-palma", "{{AlnumOf(24, 1104)}}") };
                private static readonly (string Site, string HmacKey)[] Sample = { ("demo", "<your-hmac-key>") };
            }
            """);

    [Fact]
    public Task A_table_of_keys_with_generated_values_is_reported_and_a_table_of_lookup_keys_is_not() =>
        Verify($$"""
            class FerryOperators
            {
                private static readonly Dictionary<string, string> OperatorKeys = new()
                {
                    ["blue-line"] = {|CMP1002:"{{AlnumOf(32, 1111)}}"|},
                    ["harbour-shuttle"] = {|CMP1002:"{{AlnumOf(32, 1112)}}"|},
                };

                // Decoys: keys of a resource table and of a cache are names, not secrets.
                private static readonly Dictionary<string, string> ResourceKeys = new()
                {
                    ["title"] = "ferry.page.timetable.title",
                    ["footer"] = "ferry.page.footer",
                };

                private static readonly Dictionary<string, string> CacheKeys = new() { ["route"] = "ferry:route:{0}:v2" };
            }
            """);

    [Fact]
    public Task Keys_compared_in_is_not_and_switch_patterns_are_reported_when_the_literal_looks_generated() =>
        Verify($$"""
            class DomeController
            {
                bool Allowed(string token) => token is not {|CMP1002:"{{AlnumOf(24, 1121)}}"|} ? false : true;

                string? Caller(string key) => key switch
                {
                    {|CMP1002:"{{AlnumOf(32, 1122)}}"|} => "dome-scheduler",
                    {|CMP1002:"{{AlnumOf(32, 1123)}}"|} => "weather-station",
                    _ => null,
                };

                // Decoys: a key naming a setting, a readable word, a status that names no secret.
                string Setting(string key) => key switch
                {
                    "Dome:OpenAngle" => "angle",
                    "DomeShutterAngle2" => "shutter",
                    "observatory-north" => "north",
                    _ => "",
                };

                // Decoy: readable plan lookup keys with a year (words and numbers joined by separators).
                int Plan(string lookupKey) => lookupKey switch
                {
                    "observatory-annually-2019" => 1,
                    "observatory_monthly_2023" => 2,
                    "members.starter.2025" => 3,
                    _ => 0,
                };

                bool Idle(string status) => status is not "{{AlnumOf(24, 1124)}}";
            }
            """);

    [Fact]
    public Task A_secret_named_constant_is_reported_at_its_declaration_and_not_again_where_it_is_used() =>
        Verify($$"""
            class TideSigner
            {
                private const string SigningSecret = {|CMP1002:"{{AlnumOf(30, 1131)}}"|};
                // Decoy: a constant whose name says nothing is only seen as a key where it is used.
                private const string Seed = "{{AlnumOf(30, 1132)}}";

                public byte[] Sign(byte[] body)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SigningSecret + "&"));
                    using var other = new HMACSHA256(Encoding.UTF8.GetBytes({|CMP1001:Seed + "&"|}));
                    return hmac.ComputeHash(body);
                }
            }
            """);

    [Fact]
    public async Task A_secret_named_constant_of_another_file_is_not_reported_again_at_its_use()
    {
        var test = new SecretsTest();
        test.TestState.Sources.Add(("Keys.cs", $$"""
            static class BuoyKeys
            {
                public const string UplinkSecret = {|CMP1002:"{{AlnumOf(30, 1141)}}"|};
                public const string Seed = "{{AlnumOf(30, 1142)}}";
            }
            """));
        test.TestState.Sources.Add(("Uplink.cs", """
            using System.Security.Cryptography;
            using System.Text;

            class Uplink
            {
                public byte[] Sign(byte[] frame)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(BuoyKeys.UplinkSecret));
                    using var seeded = new HMACSHA256(Encoding.UTF8.GetBytes({|CMP1001:BuoyKeys.Seed|}));
                    return hmac.ComputeHash(frame);
                }
            }
            """));
        await test.RunAsync();
    }
}
