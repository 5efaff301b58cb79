namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Issue 14, real-world class "provider-token patterns inside URLs": the Baidu Analytics loader
/// (<c>hm.src = "https://hm.baidu.com/hm.js?&lt;32 hex&gt;"</c>, also scheme-relative <c>//hm.baidu.com/…</c>) in
/// OpenAuth.Core's login.js and _Layout.cshtml, Admin.NET's index.html and Admin.Core's docs was reported at critical
/// as a Baidu Cloud secret key: a bare query value is a public site id or a cache buster.
/// </summary>
public class PublicIdInUrlTests
{
    private static string BaiduLoader(string url) =>
        "var _hmt = _hmt || [];\n(function () {\n  var hm = document.createElement(\"script\");\n" +
        "  hm.src = \"" + url + "\";\n  var s = document.getElementsByTagName(\"script\")[0];\n  s.parentNode.insertBefore(hm, s);\n})();\n";

    [Theory]
    [InlineData("https://hm.baidu.com/hm.js?")]
    [InlineData("//hm.baidu.com/hm.js?")]
    public void A_baidu_analytics_site_id_is_not_a_secret(string prefix)
    {
        Assert.Empty(TextSecretScanner.Scan("OpenAuth.Mvc/wwwroot/userJs/login.js", BaiduLoader(prefix + HexOf(32, 501))));
        Assert.Empty(TextSecretScanner.Scan("Views/Shared/_Layout.cshtml", "<script>\n" + BaiduLoader(prefix + HexOf(32, 502)) + "</script>\n"));
    }

    [Fact]
    public void A_baidu_key_beside_the_word_baidu_outside_a_url_is_still_reported()
    {
        var sk = HexOf(32, 503);
        var text = "// baidu bce credentials\nconst ak = \"" + HexOf(32, 504).ToUpperInvariant() + "\";\nconst sk = \"" + sk + "\";\n";
        var m = Assert.Single(TextSecretScanner.Scan("src/upload.js", text), x => x.StartLine == 3);
        Assert.Equal(("CMP1003", "Baidu Cloud secret access key"), (m.RuleId, m.Kind));
    }

    [Fact]
    public void A_credential_in_a_scheme_relative_urls_query_parameter_is_still_reported()
    {
        var key = AwsKeyId(505);
        var text = "<script src=\"//cdn.example.com/sdk.js?access_key=" + key + "\"></script>\n";
        var m = Assert.Single(TextSecretScanner.Scan("wwwroot/index.html", text));
        Assert.Equal(("CMP1003", 1), (m.RuleId, m.StartLine));
    }
}
