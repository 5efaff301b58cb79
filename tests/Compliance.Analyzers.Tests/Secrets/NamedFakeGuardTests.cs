namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// A value on a line that names it a fake (<c>TEST_FAKE_…</c>) is a test double for every match of the plain-text
/// scanner's generic pass — provider tokens, URI credentials and connection-string passwords alike — while the same
/// value under an ordinary name is still reported at its exact position.
/// </summary>
public class NamedFakeGuardTests
{
    /// <summary>One row per generic-pass match kind: the line with the secret spelled <c>{0}</c>, and a seed.</summary>
    public static TheoryData<string, int, int> Shapes => new()
    {
        { "BROKER_URL = \"amqp://relay:{0}@mq.internal:5672/tides\"\n", 18, 301 },
        { "GAUGE_DSN = \"Server=db;Database=tides;User Id=loader;Password={0};\"\n", 16, 302 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_secret_on_a_fake_named_line_is_skipped_and_under_a_real_name_is_reported(string shape, int length, int seed)
    {
        var secret = AlnumOf(length, seed);
        var real = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, secret);
        Assert.Empty(TextSecretScanner.Scan("tools/tide_gauge/settings.py", "TEST_FAKE_" + real));

        var m = Assert.Single(TextSecretScanner.Scan("tools/tide_gauge/settings.py", real));
        Assert.Equal("CMP1004", m.RuleId);
        Assert.Equal(1, m.StartLine);
        Assert.Equal(real.IndexOf(secret, System.StringComparison.Ordinal) + 1, m.StartColumn);
        Assert.DoesNotContain(secret, m.Message + m.MessageZh + m.Evidence);
    }
}
