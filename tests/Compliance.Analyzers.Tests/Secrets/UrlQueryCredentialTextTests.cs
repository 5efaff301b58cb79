namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// A credential-named query parameter with a random value in a URL of a CI script or shell script (a chat robot's
/// access_token, a map API key) is reported at the value, as in C# URL constants; variables, placeholders, short or
/// plain values and parameters that name no credential are not.
/// </summary>
public class UrlQueryCredentialTextTests
{
    [Fact]
    public void An_access_token_in_a_ci_script_url_is_reported_at_the_value()
    {
        var token = HexOf(48, 321);
        var ci = "notify:\n  stage: .post\n  script:\n    - curl -s -X POST \"https://alerts.example.net/robot/send?access_token=" + token + "\" -d '{\"text\":\"tide gauge deployed\"}'\n";
        var m = Assert.Single(TextSecretScanner.Scan(".gitlab-ci.yml", ci));
        Assert.Equal("CMP1005", m.RuleId);
        Assert.Equal(4, m.StartLine);
        var line = ci.Split('\n')[3];
        Assert.Equal(line.IndexOf(token, System.StringComparison.Ordinal) + 1, m.StartColumn);
        Assert.Equal(token.Length, m.Length);
        Assert.Equal("medium", m.Precision);
        Assert.DoesNotContain(token, m.Message + m.MessageZh + m.Evidence);
    }

    // "%2B…" is an encoded '+'; "%2F…" one encoded slash in front of a random value, not a path of segments (the
    // decoy for the encoded-path rule below)
    [Theory]
    [InlineData("%2B", 323)]
    [InlineData("%2F", 324)]
    public void A_percent_encoded_random_key_is_still_reported(string prefix, int seed)
    {
        var key = prefix + AlnumOf(30, seed);
        var sh = "#!/bin/sh\nwget -qO- \"https://maps.example.com/v3/geocode?key=" + key + "\"\n";
        var m = Assert.Single(TextSecretScanner.Scan("scripts/geocode.sh", sh));
        Assert.Equal(2, m.StartLine);
    }

    [Fact]
    public void A_map_key_in_a_shell_script_url_is_reported()
    {
        var key = AlnumOf(32, 322);
        var sh = "#!/bin/sh\nwget -qO- \"https://maps.example.com/v3/geocode?output=json&key=" + key + "&address=harbour\"\n";
        var m = Assert.Single(TextSecretScanner.Scan("scripts/geocode.sh", sh));
        Assert.Equal("CMP1003", m.RuleId);
        Assert.Equal(2, m.StartLine);
        Assert.Equal(sh.Split('\n')[1].IndexOf(key, System.StringComparison.Ordinal) + 1, m.StartColumn);
    }

    [Theory]
    [InlineData("    - curl \"https://alerts.example.net/robot/send?access_token=$ALERT_TOKEN\"\n")]
    [InlineData("    - curl \"https://alerts.example.net/robot/send?access_token=${ALERT_TOKEN}\"\n")]
    [InlineData("    - curl \"https://alerts.example.net/robot/send?access_token=your-access-token-here\"\n")]
    [InlineData("    - curl \"https://alerts.example.net/robot/send?access_token=short12\"\n")]
    [InlineData("    - curl \"https://tiles.example.net/map?page=Zq8vR3kT9mW2xL7bN4pC6dF1\"\n")]
    // a percent-encoded item path (a media server's "key" of a library item), not a credential
    [InlineData("    - echo \"https://media.example.net/web/index.html#!/server/details?key=%2flibrary%2Fmetadata%2F48213\"\n")]
    [InlineData("    - echo \"https://buoys.example.org/view?key=%2FNorth%20Harbour%2Fgauge%2D7%2Freadings\"\n")]
    public void Variables_placeholders_short_values_and_other_parameters_are_not_reported(string line) =>
        Assert.Empty(TextSecretScanner.Scan(".gitlab-ci.yml", "notify:\n  script:\n" + line));
}
