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
    [Fact]
    public void A_uri_password_on_a_fake_named_line_is_skipped_and_under_a_real_name_is_reported()
    {
        var password = AlnumOf(18, 301);
        var fake = "TEST_FAKE_BROKER_URL = \"amqp://relay:" + password + "@mq.internal:5672/tides\"\n";
        Assert.Empty(TextSecretScanner.Scan("tools/tide_gauge/settings.py", fake));

        var real = "BROKER_URL = \"amqp://relay:" + password + "@mq.internal:5672/tides\"\n";
        var m = Assert.Single(TextSecretScanner.Scan("tools/tide_gauge/settings.py", real));
        Assert.Equal("CMP1004", m.RuleId);
        Assert.Equal(1, m.StartLine);
        Assert.Equal(real.IndexOf(password, System.StringComparison.Ordinal) + 1, m.StartColumn);
        Assert.DoesNotContain(password, m.Message + m.MessageZh + m.Evidence);
    }

    [Fact]
    public void A_connection_string_password_on_a_fake_named_line_is_skipped_and_under_a_real_name_is_reported()
    {
        var password = AlnumOf(16, 302);
        var fake = "TEST_FAKE_GAUGE_DSN = \"Server=db;Database=tides;User Id=loader;Password=" + password + ";\"\n";
        Assert.Empty(TextSecretScanner.Scan("tools/tide_gauge/settings.py", fake));

        var real = "GAUGE_DSN = \"Server=db;Database=tides;User Id=loader;Password=" + password + ";\"\n";
        var m = Assert.Single(TextSecretScanner.Scan("tools/tide_gauge/settings.py", real));
        Assert.Equal("CMP1004", m.RuleId);
        Assert.Equal(1, m.StartLine);
        Assert.Equal(real.IndexOf(password, System.StringComparison.Ordinal) + 1, m.StartColumn);
    }
}
