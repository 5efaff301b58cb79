namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>What the CLI reads besides the span: anchors, test-project severity, rule interplay.</summary>
public class HashingPropertiesTests
{
    private const string Source = """
        using System.Security.Cryptography;
        using System.Text;

        namespace Shop
        {
            class Accounts
            {
                public byte[] Store(string password) => MD5.HashData(Encoding.UTF8.GetBytes(password));
                public byte[] Token(byte[] token) { var a = SHA1.HashData(token); var b = SHA1.HashData(token); return b; }
            }
        }
        """;

    [Fact]
    public async Task Password_into_static_md5_is_one_CMP2002_not_also_CMP2001()
    {
        var diagnostics = await HashingHarness.RunAsync(Source, [new WeakHashAlgorithmAnalyzer(), new FastPasswordHashAnalyzer()]);
        Assert.Equal(["CMP2002@8", "CMP2001@9", "CMP2001@9"],
            diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}"));
        // The password's source is the related location.
        var cmp2002 = diagnostics[0];
        Assert.Equal("password", Assert.Single(cmp2002.AdditionalLocations).SourceTree!.GetText().ToString(Assert.Single(cmp2002.AdditionalLocations).SourceSpan));
    }

    [Fact]
    public async Task Anchors_name_the_member_and_tell_identical_calls_apart()
    {
        var diagnostics = await HashingHarness.RunAsync(Source, [new WeakHashAlgorithmAnalyzer(), new FastPasswordHashAnalyzer()]);
        Assert.Equal(
            [
                "Shop.Accounts.Store(string)/MD5.HashData(Encoding.UTF8.GetBytes(password))#0",
                "Shop.Accounts.Token(byte[])/SHA1.HashData(token)#0",
                "Shop.Accounts.Token(byte[])/SHA1.HashData(token)#1",
            ],
            diagnostics.Select(d => d.Properties["compliance.anchor"]));
        Assert.All(diagnostics, d => Assert.False(d.Properties.ContainsKey("compliance.severity")));
    }

    // Seen on a held-out media server: MD5/SHA1 uses the authors had already reviewed (CA5351 switched off around a
    // protocol-fixed SHA1 of a password, an MD5 checksum, an id hash). Kept and listed, at low precision; the same call
    // after the restore, or with another rule suppressed, stays as it was.
    [Fact]
    public async Task A_suppressed_CA5351_or_CA5350_makes_the_weak_hash_low_precision()
    {
        var diagnostics = await HashingHarness.RunAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Cryptography;
            using System.Text;

            class Listings
            {
            #pragma warning disable CA5351 // the listings API takes the SHA1 hex of the password
                public byte[] Login(string password) => SHA1.HashData(Encoding.UTF8.GetBytes(password));
                public byte[] Sum(byte[] data) => MD5.HashData(data);
            #pragma warning restore CA5351
                public byte[] After(byte[] data) => MD5.HashData(data);
            #pragma warning disable CA1822
                public byte[] Other(byte[] data) => MD5.HashData(data);
            #pragma warning restore CA1822
                [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "legacy ids")]
                public byte[] Legacy(byte[] data) => SHA1.HashData(data);
            }
            """, [new WeakHashAlgorithmAnalyzer(), new FastPasswordHashAnalyzer()]);
        Assert.Equal(["CMP2002@8:low", "CMP2001@9:low", "CMP2001@11:", "CMP2001@13:", "CMP2001@16:low"],
            diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));
    }

    // Review finding (b): the same acknowledgement written in GlobalSuppressions.cs (assembly-level, by member or type
    // documentation id) or as dotnet_diagnostic.CA5351.severity = none in a .globalconfig/.editorconfig. A toll-gantry
    // code base; a suppression of another rule, or of another member, changes nothing.
    [Fact]
    public async Task CA5351_suppressed_in_global_suppressions_makes_only_the_targeted_hash_low_precision()
    {
        var diagnostics = await HashingHarness.RunAsync("""
            using System.Diagnostics.CodeAnalysis;
            using System.Security.Cryptography;

            [assembly: SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "vendor frame format", Scope = "member", Target = "~M:Tolls.Gantry.Frame(System.Byte[])~System.Byte[]")]
            [assembly: SuppressMessage("Security", "CA5350", Scope = "type", Target = "~T:Tolls.LegacyPlate")]
            [assembly: SuppressMessage("Performance", "CA1822", Scope = "member", Target = "~M:Tolls.Gantry.Other(System.Byte[])~System.Byte[]")]

            namespace Tolls
            {
                class Gantry
                {
                    public byte[] Frame(byte[] d) => MD5.HashData(d);
                    public byte[] Other(byte[] d) => MD5.HashData(d);
                    public byte[] Seal(byte[] d) => SHA1.HashData(d);
                }

                class LegacyPlate { public byte[] Tag(byte[] d) => SHA1.HashData(d); }
            }
            """, [new WeakHashAlgorithmAnalyzer()]);
        Assert.Equal(["CMP2001@12:low", "CMP2001@13:", "CMP2001@14:", "CMP2001@17:low"],
            diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));
    }

    [Theory]
    [InlineData("none", "low")]
    [InlineData("silent", "low")]
    [InlineData("warning", "")]
    public async Task CA5351_severity_in_analyzer_config_decides_the_acknowledgement(string severity, string expected)
    {
        var diagnostics = await HashingHarness.RunAsync("""
            using System.Security.Cryptography;
            using System.Text;

            class Gantry
            {
                public byte[] Login(string password) => MD5.HashData(Encoding.UTF8.GetBytes(password));
            }
            """, [new WeakHashAlgorithmAnalyzer(), new FastPasswordHashAnalyzer()], globalConfig: "is_global = true\ndotnet_diagnostic.CA5351.severity = " + severity + "\n");
        Assert.Equal(["CMP2002:" + expected],
            diagnostics.Select(d => $"{d.Id}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "")}"));
    }

    [Fact]
    public async Task Test_projects_get_a_lower_severity()
    {
        var xunit = HashingHarness.FakeAssembly("xunit.core", "namespace Xunit { public sealed class FactAttribute : System.Attribute { } }");
        var source = Source.Replace("class Accounts", "class AccountsTests { [Xunit.Fact] public void T() { } }\n    class Accounts");
        var diagnostics = await HashingHarness.RunAsync(source, [new WeakHashAlgorithmAnalyzer(), new FastPasswordHashAnalyzer()], extraReferences: [xunit]);
        Assert.Equal(["CMP2002:medium", "CMP2001:low", "CMP2001:low"],
            diagnostics.Select(d => $"{d.Id}:{d.Properties["compliance.severity"]}"));
    }

    [Fact]
    public async Task Hard_coded_key_never_reaches_message_or_evidence()
    {
        // Canary generated at test time: 16 random printable characters as the "key".
        var canary = new string(Enumerable.Range(0, 16).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
        var bytes = string.Join(", ", Enumerable.Range(0, 16).Select(_ => Random.Shared.Next(200, 256)));
        var source = $$"""
            using System.Security.Cryptography;
            using System.Text;

            class Store
            {
                public void Configure(Aes aes)
                {
                    aes.Key = Encoding.UTF8.GetBytes("{{canary}}");
                    aes.IV = new byte[] { {{bytes}} };
                }
            }
            """;
        var diagnostics = await HashingHarness.RunAsync<WeakCipherAnalyzer>(source);
        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(["aes.Key = <hard-coded key, redacted>", "aes.IV = <hard-coded IV, redacted>"],
            diagnostics.Select(d => d.Properties["compliance.evidence"]));
        foreach (var d in diagnostics)
        {
            var everything = d.GetMessage() + string.Join("|", d.Properties.Values);
            Assert.DoesNotContain(canary, everything);
            Assert.DoesNotContain(bytes, everything);
        }
    }

    [Fact]
    public void Messages_are_localized_in_zh_Hans()
    {
        var zh = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        Assert.Equal("安全用途中使用了弱哈希算法", HashingDescriptors.WeakHashAlgorithm.Title.ToString(zh));
        Assert.Equal("Weak hash algorithm in security use", HashingDescriptors.WeakHashAlgorithm.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("口令", HashingDescriptors.FastHashOfPassword.MessageFormat.ToString(zh));
    }
    // Judged blind on a backup client and a screenshot tool: factories that map an algorithm's NAME to its implementation
    // (a checksum tool's user choice). The arm is listed at low precision; the same MD5 in an arm labelled otherwise, or
    // outside a table, stays as it was.
    [Fact]
    public async Task A_weak_hash_in_a_name_to_algorithm_table_arm_is_low_precision()
    {
        var diagnostics = await HashingHarness.RunAsync("""
            using System;
            using System.Security.Cryptography;

            enum Digest { Md5, Sha1, Sha256, Legacy }

            static class Digests
            {
                public static HashAlgorithm ForType(Digest type)
                {
                    switch (type)
                    {
                        case Digest.Md5:
                            return MD5.Create();
                        case Digest.Sha1:
                            return SHA1.Create();
                        case Digest.Legacy:
                            return MD5.Create();
                        default:
                            return SHA256.Create();
                    }
                }

                public static HashAlgorithm ForName(string name) => name.ToLowerInvariant() switch
                {
                    "md5" => (HashAlgorithm)MD5.Create(),
                    "sha-1" => SHA1.Create(),
                    _ => SHA256.Create(),
                };

                public static HashAlgorithm Session() => MD5.Create();
            }
            """, [new WeakHashAlgorithmAnalyzer()]);
        Assert.Equal(["CMP2001@13:low", "CMP2001@15:low", "CMP2001@17:-", "CMP2001@25:low", "CMP2001@26:low", "CMP2001@30:-"],
            diagnostics.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{(d.Properties.TryGetValue("compliance.precision", out var p) ? p : "-")}"));
    }
}
