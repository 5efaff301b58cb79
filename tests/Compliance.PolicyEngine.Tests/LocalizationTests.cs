namespace Compliance.PolicyEngine.Tests;

using System.Text.RegularExpressions;
using Compliance.PolicyEngine;
using Compliance.Rules.Model;

/// <summary>
/// zh-CN scans show <see cref="Finding.MessageZh"/>: every finding of every fail example must carry a
/// Chinese sentence that keeps the English message's identifiers (quoted names, dotted keys, --flags)
/// verbatim, and a few messages are pinned word for word.
/// </summary>
public partial class LocalizationTests
{
    private static string PoliciesRoot => Path.Combine(RepoPaths.Root, "rules", "policies");

    /// <summary>Every fail/&lt;case&gt; folder under rules/policies, as "theme/ID/fail/case".</summary>
    public static TheoryData<string> FailCases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(PoliciesRoot, "*", SearchOption.AllDirectories)
                     .Where(d => Path.GetFileName(Path.GetDirectoryName(d)) == "fail")
                     .Select(d => Path.GetRelativePath(PoliciesRoot, d).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
            data.Add(dir);
        return data;
    }

    private static PolicyRunResult Run(string caseDir)
    {
        var root = Path.Combine(PoliciesRoot, caseDir);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => new ConfigFile(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        return PolicyEvaluator.Evaluate(files);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    // 'name' / "value" / `key` delimited by non-word characters (so "controller's" is not a quote).
    [GeneratedRegex(@"(?<![\w'])'([^'\s][^']*?)'(?![\w])|""([^""]+)""|`([^`]+)`")]
    private static partial Regex Quoted();

    // Dotted keys and annotations (spec.tls, nginx.ingress.kubernetes.io/ssl-redirect) and command-line flags;
    // a first segment of two or more letters leaves out "e.g." and "i.e.".
    [GeneratedRegex(@"(?<![\w.-])(?:--[a-z][a-z0-9-]+|[a-z][A-Za-z0-9-]+(?:\.[A-Za-z][A-Za-z0-9-]*)+(?:/[A-Za-z0-9.-]+)?)")]
    private static partial Regex Identifier();

    /// <summary>The identifiers a translation must keep verbatim.</summary>
    public static IReadOnlyList<string> Identifiers(string english) =>
        Quoted().Matches(english).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
            .Concat(Identifier().Matches(english).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(FailCases))]
    public void EveryFindingOfAFailExampleHasAChineseMessageKeepingItsIdentifiers(string failCase)
    {
        var result = Run(failCase);
        Assert.NotEmpty(result.Findings);
        foreach (var f in result.Findings)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.MessageZh), $"{failCase}: {f.RuleId} at {f.File}:{f.StartLine} has no MessageZh ({f.Message})");
            Assert.Matches(Cjk(), f.MessageZh);
            foreach (var id in Identifiers(f.Message))
                Assert.True(f.MessageZh!.Contains(id, StringComparison.Ordinal), $"{failCase}: {f.RuleId} zh message lacks '{id}'.\nen: {f.Message}\nzh: {f.MessageZh}");
        }
    }

    [Fact]
    public void IdentifierExtractionFindsQuotedNamesKeysAndFlags()
    {
        Assert.Equal(
            ["default", "from", "spec.tls", "nginx.ingress.kubernetes.io/whitelist-source-range", "--audit-policy-file"],
            Identifiers("namespace 'default' and 'from'; the controller's spec.tls, nginx.ingress.kubernetes.io/whitelist-source-range or --audit-policy-file (e.g. this)"));
    }

    private static Finding Single(string failCase, string ruleId) => Assert.Single(Run(failCase).Findings, f => f.RuleId == ruleId);

    [Fact]
    public void IngressWithoutTlsIsReportedInChinese()
    {
        var f = Single("tls/CMP5303/fail/no-tls", "CMP5303");
        Assert.Equal($"{Display(f.Message)} 未配置 spec.tls，站点以明文 HTTP 提供服务；请添加 tls 段，列出其主机名并指定证书 Secret。", f.MessageZh);
    }

    [Fact]
    public void AdminIngressWithoutAllowlistIsReportedInChinese()
    {
        var f = Single("allowlist/CMP5106/fail/missing", "CMP5106");
        Assert.Equal($"{Display(f.Message)} 暴露管理入口，但未设置 nginx.ingress.kubernetes.io/whitelist-source-range；请添加该注解，只填写批准的网段。", f.MessageZh);
    }

    [Fact]
    public void JmesPathRuleUsesTheMessageZhOfItsPolicyYaml()
    {
        var f = Single("tls/CMP5304/fail/redirect-off", "CMP5304");
        Assert.StartsWith("Ingress ", f.Message);
        Assert.Equal($"{Display(f.Message)}：注解 nginx.ingress.kubernetes.io/ssl-redirect: \"false\" 使站点以明文 HTTP 提供服务；请删除或设为 \"true\"。", f.MessageZh);
    }

    [Fact]
    public void ConnectionStringWithoutSslModeIsReportedInChinese()
    {
        var f = Single("tls/CMP5308/fail/mysql-no-sslmode", "CMP5308");
        var key = f.Message[..f.Message.IndexOf(": ", StringComparison.Ordinal)];
        Assert.StartsWith("ConnectionStrings:", key);
        Assert.Equal($"{key}：MySQL 连接字符串未设置 SslMode，连接可能未加密；请设置 SslMode=Required（或 VerifyCA/VerifyFull）。", f.MessageZh);
    }

    [Fact]
    public void SshdFindingInAMatchBlockNamesTheBlockInChinese()
    {
        var f = Single("ssh-hardening/CMP5201/fail/match-reenables", "CMP5201");
        Assert.Equal("PasswordAuthentication is not 'no', so users can log in with a password alone; set 'PasswordAuthentication no' and use keys. (in the block 'Match Address 10.20.0.0/16')", f.Message);
        Assert.Equal("在 'Match Address 10.20.0.0/16' 块中：PasswordAuthentication 不是 'no'，用户可仅凭口令登录；请设置 'PasswordAuthentication no' 并改用密钥登录。", f.MessageZh);
    }

    /// <summary>"Ingress default/web" from the English message (kind, namespace/name: the part both languages share).</summary>
    private static string Display(string english)
    {
        var parts = english.Split(' ');
        return $"{parts[0]} {parts[1].TrimEnd(':')}";
    }
}
