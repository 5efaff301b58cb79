namespace Compliance.Analyzers.Tests.Secrets;

using System.Text.RegularExpressions;
using Compliance.Analyzers.Secrets.Detection;

/// <summary>
/// Fifteenth session (cost11): every secret pattern is bounded in time (RegexDefaults), and a single match that runs out of
/// time reads as no match instead of ending the scan (a hostile literal or file). The pattern below backtracks
/// exponentially on its input, so it always exceeds its bound whatever the machine's load.
/// </summary>
public class RegexTimeoutTests
{
    [Fact]
    public void A_match_that_times_out_reads_as_no_match()
    {
        var pathological = new Regex(@"^(\w+\s?)*$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(1));
        var input = new string('a', 64) + "!";
        Assert.False(RegexDefaults.SafeMatch(pathological, input).Success);
        Assert.Null(RegexDefaults.SafeMatches(pathological, input));
        Assert.Throws<RegexMatchTimeoutException>(() => pathological.Match(input));
    }

    [Fact]
    public void A_bounded_match_that_finishes_is_the_regex_match()
    {
        var header = RegexDefaults.Create(@"^(?<name>[A-Za-z-]+):[ \t]*(?<value>\S+)$");
        var m = RegexDefaults.SafeMatch(header, "X-Notary-Key: nc_4Tq9");
        Assert.True(m.Success);
        Assert.Equal("X-Notary-Key", m.Groups["name"].Value);
        Assert.Equal(14, m.Groups["value"].Index);
    }

    [Fact]
    public void The_keyword_prefilter_needs_a_word_of_every_group()
    {
        var groups = new[] { new[] { "key:", "name:" }, new[] { "value:" } };
        Assert.True(RegexDefaults.ContainsAll("- name: X-Api-Key\n  value: 9f", groups, StringComparison.Ordinal));
        Assert.False(RegexDefaults.ContainsAll("- name: X-Api-Key\n  val: 9f", groups, StringComparison.Ordinal));
        Assert.False(RegexDefaults.ContainsAll("- Name: X-Api-Key\n  value: 9f", groups, StringComparison.Ordinal));
        Assert.True(RegexDefaults.ContainsAll("- Name: X-Api-Key\n  value: 9f", groups, StringComparison.OrdinalIgnoreCase));
        Assert.True(RegexDefaults.ContainsAll("anything", Array.Empty<string[]>(), StringComparison.Ordinal));
    }
}
