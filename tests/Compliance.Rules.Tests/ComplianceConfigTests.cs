namespace Compliance.Rules.Tests;

using Compliance.Rules.Configuration;

public class ComplianceConfigTests
{
    private static ConfigException Invalid(string yaml) => Assert.Throws<ConfigException>(() => ComplianceConfig.Parse(yaml));

    [Fact]
    public void Full_file_is_read()
    {
        var config = ComplianceConfig.Parse(
            """
            systemName: 冷链云仓 CRM
            organisation: 示例冷链科技有限公司
            profile: saas-whitepaper
            lang: zh-Hans
            include: ["src/**", "deploy/**"]
            exclude:
              - "**/*.min.js"
            maxFileSizeMb: 32
            approvedNetworks: [10.20.0.0/16, 192.168.1.10/24, 203.0.113.7, "2001:db8::1/32"]
            thresholds:
              maxAuthTries: 3
              minBackupRetentionDays: 30
              logRetentionCheck: yes
            passwordHashProfile: owasp-2023
            waivers:
              - rule: CMP1001
                path: src/Legacy/**
                reason: rotated; file removed in Q3
                owner: sec-team
                expires: 2026-09-30
              - {rule: CMP5301, reason: internal only, owner: ops}
            secretAllowlist:
              - 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08
            """);
        Assert.Equal(("冷链云仓 CRM", "示例冷链科技有限公司", "saas-whitepaper", "zh-CN"),
            (config.SystemName, config.Organisation, config.Profile, config.Lang));
        Assert.Null(config.ClaimsFile);
        Assert.Equal(["src/**", "deploy/**"], config.Include);
        Assert.Equal(["**/*.min.js"], config.Exclude);
        Assert.Equal(32, config.MaxFileSizeMb);
        Assert.Equal(["10.20.0.0/16", "192.168.1.0/24", "203.0.113.7/32", "2001:db8::/32"], config.ApprovedNetworks);
        Assert.Equal(new PolicyThresholds { MaxAuthTries = 3, MinBackupRetentionDays = 30, LogRetentionCheck = true }, config.Thresholds);
        Assert.Equal("owasp-2023", config.PasswordHashProfile);
        Assert.Equal(new Waiver("CMP1001", "src/Legacy/**", "rotated; file removed in Q3", "sec-team", new DateOnly(2026, 9, 30), 16), config.Waivers[0]);
        Assert.Equal(new Waiver("CMP5301", "**", "internal only", "ops", null, 21), config.Waivers[1]);
        Assert.Equal(["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"], config.SecretAllowlist);
    }

    [Fact]
    public void Empty_file_means_defaults()
    {
        var config = ComplianceConfig.Parse("# nothing yet\n");
        Assert.Null(config.Profile);
        Assert.Null(config.Thresholds);
        Assert.Empty(config.Waivers);
        Assert.Empty(config.ApprovedNetworks);
    }

    [Fact]
    public void The_bundled_samples_configuration_is_valid()
    {
        var config = ComplianceConfig.LoadFromRoot(Path.Combine(RepoPaths.Root, "samples"));
        Assert.NotNull(config);
        Assert.Equal("saas-whitepaper", config.Profile);
        Assert.NotEmpty(config.ApprovedNetworks);
    }

    [Fact]
    public void No_file_at_the_root_gives_null()
    {
        var dir = Directory.CreateTempSubdirectory("cmp-config-");
        try { Assert.Null(ComplianceConfig.LoadFromRoot(dir.FullName)); }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Load_names_the_file_in_errors()
    {
        var dir = Directory.CreateTempSubdirectory("cmp-config-");
        try
        {
            var path = Path.Combine(dir.FullName, "compliance.yaml");
            File.WriteAllText(path, "lang: en\nmaxFileSizeMb: huge\n");
            var ex = Assert.Throws<ConfigException>(() => ComplianceConfig.LoadFromRoot(dir.FullName));
            Assert.Equal($"{path}:2: maxFileSizeMb must be a whole number from 1 to 1024, got 'huge'", ex.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Generated_code_settings_are_read()
    {
        var config = ComplianceConfig.Parse("generated:\n  paths: [\"src/Proxies/**\", 'legacy\\Wsdl.cs']\n  analyse: false\n");
        Assert.Equal(["src/Proxies/**", "legacy/Wsdl.cs"], config.Generated!.Paths);
        Assert.False(config.Generated.Analyse);
        Assert.True(ComplianceConfig.Parse("generated:\n  analyse: yes\n").Generated!.Analyse);
        Assert.Null(ComplianceConfig.Parse("lang: en\n").Generated);
    }

    [Theory]
    [InlineData("profle: saas-whitepaper\n", "compliance.yaml:1: unknown setting 'profle' (known: systemName, organisation, profile, claimsFile, lang, include, exclude, maxFileSizeMb, approvedNetworks, thresholds, passwordHashProfile, waivers, secretAllowlist, contexts, evidence, remediation, signoff, reportNumber, generated)")]
    [InlineData("Profile: saas-whitepaper\n", "compliance.yaml:1: unknown setting 'Profile' (did you mean 'profile'?)")]
    [InlineData("lang: fr\n", "compliance.yaml:1: lang must be zh-CN or en, got 'fr'")]
    [InlineData("profile: a\nclaimsFile: claims.yaml\n", "compliance.yaml:2: set either 'profile' or 'claimsFile', not both")]
    [InlineData("approvedNetworks:\n  - 10.0.0.0/8\n  - 10.300.0.0/16\n", "compliance.yaml:3: approvedNetworks: '10.300.0.0/16' is not an IP network (CIDR such as 10.20.0.0/16)")]
    [InlineData("approvedNetworks: [10.0.0.0/33]\n", "compliance.yaml:1: approvedNetworks: '10.0.0.0/33' is not an IP network (CIDR such as 10.20.0.0/16)")]
    [InlineData("thresholds:\n  maxAuthTries: 0\n", "compliance.yaml:2: thresholds.maxAuthTries must be a whole number from 1 to 10, got '0'")]
    [InlineData("thresholds:\n  logRetentionCheck: maybe\n", "compliance.yaml:2: thresholds.logRetentionCheck must be true or false, got 'maybe'")]
    [InlineData("thresholds:\n  maxAuthTry: 3\n", "compliance.yaml:2: unknown threshold 'maxAuthTry' (known: maxAuthTries, minBackupRetentionDays, logRetentionCheck)")]
    [InlineData("passwordHashProfile: nist\n", "compliance.yaml:1: passwordHashProfile must be one of microsoft-sdl, owasp-2023, got 'nist'")]
    [InlineData("waivers:\n  - rule: CMP1001\n    reason: legacy\n    owner: alice\n    expires: 2026-02-30\n", "compliance.yaml:5: waiver expires must be a date yyyy-MM-dd, got '2026-02-30'")]
    [InlineData("waivers:\n  - rule: CMP1001\n    reason: legacy\n", "compliance.yaml:2: the waiver for CMP1001 needs an 'owner'")]
    [InlineData("waivers:\n  - rule: secrets\n    reason: r\n    owner: o\n", "compliance.yaml:2: waiver rule 'secrets' is not a rule id (CMP followed by 4 digits)")]
    [InlineData("waivers:\n  - rule: CMP1001\n    reason: r\n    owner: o\n    until: 2026-01-01\n", "compliance.yaml:5: unknown waiver field 'until' (known: rule, path, reason, owner, expires)")]
    [InlineData("secretAllowlist: [hunter2]\n", "compliance.yaml:1: secretAllowlist entries are SHA-256 digests of the allowed values (64 hex digits), never the values themselves")]
    [InlineData("exclude: ['!src/**']\n", "compliance.yaml:1: 'exclude' globs cannot be negated ('!src/**'): use include and exclude")]
    [InlineData("generated: yes\n", "compliance.yaml:1: 'generated' must be a mapping (paths, analyse)")]
    [InlineData("generated:\n  analyze: true\n", "compliance.yaml:2: unknown generated setting 'analyze' (known: paths, analyse)")]
    [InlineData("generated:\n  analyse: sometimes\n", "compliance.yaml:2: generated.analyse must be true or false, got 'sometimes'")]
    [InlineData("generated:\n  paths: ['!src/**']\n", "compliance.yaml:2: 'paths' globs cannot be negated ('!src/**'): use include and exclude")]
    [InlineData("- a\n- b\n", "compliance.yaml:1: expected a mapping of settings (key: value) at the top level")]
    public void Invalid_settings_name_file_line_and_problem(string yaml, string message) =>
        Assert.Equal(message, Invalid(yaml).Message);

    [Fact]
    public void Yaml_syntax_error_names_its_line()
    {
        var message = Invalid("lang: en\nwaivers:\n  - rule: CMP1001\n   reason: bad indent\n").Message;
        Assert.StartsWith("compliance.yaml:4: YAML syntax error:", message);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        var message = Invalid("lang: en\nlang: zh-CN\n").Message;
        Assert.StartsWith("compliance.yaml:2:", message);
    }

    [Fact]
    public void References_are_checked_against_the_catalog()
    {
        var catalog = Compliance.Rules.Catalog.CatalogLoader.LoadEmbedded();
        ComplianceConfig.Parse("profile: saas-whitepaper\nwaivers:\n  - {rule: CMP9001, reason: r, owner: o}\n").ValidateAgainst(catalog);

        var badWaiver = ComplianceConfig.Parse("lang: en\nwaivers:\n  - {rule: CMP9001, reason: r, owner: o}\n  - {rule: CMP9998, reason: r, owner: o}\n");
        Assert.Equal("compliance.yaml:4: waiver names unknown rule 'CMP9998' (see `compliance rules list`)",
            Assert.Throws<ConfigException>(() => badWaiver.ValidateAgainst(catalog)).Message);

        var badProfile = ComplianceConfig.Parse("lang: en\nprofile: saas\n");
        Assert.StartsWith("compliance.yaml:2: unknown profile 'saas' (built-in: saas-whitepaper",
            Assert.Throws<ConfigException>(() => badProfile.ValidateAgainst(catalog)).Message);
    }

    [Theory]
    [InlineData("10.20.0.0/16", "10.20.0.0/16")]
    [InlineData("192.168.1.10/24", "192.168.1.0/24")]
    [InlineData("172.16.5.4/12", "172.16.0.0/12")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("::1", "::1/128")]
    [InlineData("fc00::1234/7", "fc00::/7")]
    [InlineData("10.0.0.0/", null)]
    [InlineData("not-an-ip", null)]
    public void Cidrs_are_normalised_before_the_BCL_sees_them(string input, string? expected)
    {
        Assert.Equal(expected, ComplianceConfig.NormaliseCidr(input));
        if (expected is not null) Assert.True(System.Net.IPNetwork.TryParse(expected, out _));
    }
}
