namespace Compliance.Analyzers.Tests.Secrets;

using System.Text;
using Compliance.Analyzers.Secrets.Detection;

/// <summary>
/// Secret-looking values are generated at test time from parts and a seeded RNG (deterministic), so the repository
/// itself holds no secret-looking literal. Every generated value is recorded as a canary.
/// </summary>
public static class SecretFixtures
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Alnum = Upper + Lower + Digits;
    private const string Hex = "0123456789abcdef";

    public static string Random(string alphabet, int length, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(alphabet[rng.Next(alphabet.Length)]);
        }

        // every generated value mixes letters and digits, as real keys do
        var digits = new string(alphabet.Where(char.IsDigit).ToArray());
        if (digits.Length > 0 && length > 2)
        {
            sb[1] = digits[seed % digits.Length];
            sb[2] = alphabet[alphabet.Length / 2];
        }

        return sb.ToString();
    }

    public static string AlnumOf(int length, int seed) => Random(Alnum, length, seed);
    public static string HexOf(int length, int seed) => Random(Hex, length, seed);

    public static string AwsKeyId(int seed = 1) => "AK" + "IA" + Random(Upper + "234567", 16, seed);
    public static string AwsSecret(int seed = 2) => Random(Alnum + "/+", 40, seed);

    /// <summary>A GitHub token whose checksum is valid (or deliberately wrong).</summary>
    public static string GitHubToken(int seed = 3, bool validChecksum = true)
    {
        var random = AlnumOf(30, seed);
        var checksum = GitHubTokenChecksum.Checksum(random);
        if (!validChecksum)
        {
            checksum = checksum.Substring(0, 5) + (checksum[5] == 'A' ? 'B' : 'A');
        }

        return "gh" + "p_" + random + checksum;
    }

    public static string AlibabaId(int seed = 4) => "LT" + "AI" + AlnumOf(20, seed);
    public static string AlibabaSecret(int seed = 5) => AlnumOf(30, seed);
    public static string TencentId(int seed = 6) => "AK" + "ID" + AlnumOf(32, seed);
    public static string TencentSecret(int seed = 7) => AlnumOf(32, seed);
    public static string StripeKey(int seed = 8) => "sk" + "_live_" + AlnumOf(24, seed);
    public static string GoogleKey(int seed = 9) => "AI" + "za" + Random(Alnum + "_-", 35, seed);
    public static string SlackToken(int seed = 10) => "xo" + "xb-" + Random(Digits, 12, seed) + "-" + Random(Digits, 13, seed + 1) + "-" + AlnumOf(24, seed + 2);
    public static string JdKey(int seed = 11) => "JD" + "C_" + Random("0123456789ABCDEF", 28, seed);
    public static string VolcId(int seed = 12) => "AK" + "LT" + AlnumOf(28, seed);
    public static string DingTalkSigning(int seed = 13) => "SE" + "C" + HexOf(64, seed);
    public static string WeChatAppId(int seed = 14) => "w" + "x" + HexOf(16, seed);
    public static string WeChatSecret(int seed = 15) => HexOf(32, seed);
    public static string FeishuAppId(int seed = 16) => "cl" + "i_" + HexOf(16, seed);
    public static string FeishuSecret(int seed = 17) => AlnumOf(32, seed);
    public static string AzureStorageKey(int seed = 18) => Random(Alnum + "+/", 86, seed) + "==";
    public static string Uuid(int seed) => HexOf(8, seed) + "-" + HexOf(4, seed + 1) + "-" + HexOf(4, seed + 2) + "-" + HexOf(4, seed + 3) + "-" + HexOf(12, seed + 4);
    public static string Password(int seed = 19) => "Pw" + AlnumOf(10, seed) + "!";

    public static string Jwt(int seed = 20)
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64("{\"sub\":\"" + AlnumOf(12, seed) + "\",\"n\":1}") + "." + Random(Alnum + "-_", 43, seed + 1);
    }

    public static string PemPrivateKey(int seed = 21)
    {
        var body = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            body.Append(Random(Alnum + "+/", 64, seed + i)).Append('\n');
        }

        return "-----BEGIN " + "PRIVATE KEY-----\n" + body + "-----END " + "PRIVATE KEY-----";
    }

    /// <summary>Characters of a secret that must never appear in output: any 6-character window of the value.</summary>
    public static IEnumerable<string> Windows(string secret, int size = 6)
    {
        for (var i = 0; i + size <= secret.Length; i++)
        {
            yield return secret.Substring(i, size);
        }
    }

    // Shared assertions of the text-scanner tests: where a finding starts (1-based line/column of a fixture value), its
    // exact span, and that no secret reaches any text of a finding.
    public static (int Line, int Column) At(string text, int line, string value)
    {
        var col = text.Split('\n')[line - 1].IndexOf(value, StringComparison.Ordinal);
        Assert.True(col >= 0, $"fixture: '{value}' is not on line {line}");
        return (line, col + 1);
    }

    public static void AssertAt(SecretMatch m, string ruleId, (int Line, int Column) at, int length)
    {
        Assert.Equal(ruleId, m.RuleId);
        Assert.Equal(at.Line, m.StartLine);
        Assert.Equal(at.Column, m.StartColumn);
        Assert.Equal(at.Line, m.EndLine);
        Assert.Equal(at.Column + length, m.EndColumn);
    }

    public static void AssertNoLeak(IEnumerable<SecretMatch> found, params string[] secrets)
    {
        foreach (var m in found)
        {
            foreach (var s in secrets)
            {
                foreach (var text in new[] { m.Message, m.MessageZh, m.Evidence, m.Anchor, m.Kind })
                {
                    Assert.DoesNotContain(s, text ?? string.Empty, StringComparison.Ordinal);
                }
            }
        }
    }
}
