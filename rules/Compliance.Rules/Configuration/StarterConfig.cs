namespace Compliance.Rules.Configuration;

/// <summary>
/// The commented <c>compliance.yaml</c> that <c>compliance init</c> writes. Every setting is shown,
/// the optional ones commented out with their defaults, so the file documents itself; tests check it
/// loads and validates against schemas/compliance.schema.json.
/// </summary>
public static class StarterConfig
{
    public const string SchemaUrl = "https://github.com/compliance-dev/compliance/raw/main/schemas/compliance.schema.json";

    public const string Text = $$"""
        # yaml-language-server: $schema={{SchemaUrl}}
        # Settings of `compliance scan` for this repository. Every key is optional; unknown keys are
        # errors, so a typo cannot silently drop a setting. Reference: docs/configuration.md.

        # Shown on the report's cover.
        systemName: My system
        organisation: My organisation

        # Claim profile the report checks (built-in: saas-whitepaper), or your own claims file
        # drafted by `compliance claims init` — one of the two, not both.
        profile: saas-whitepaper
        # claimsFile: compliance-claims.yaml

        # Language of messages and reports: zh-CN (default) or en. --lang wins.
        lang: zh-CN

        # Globs relative to this folder (default: everything; globs cannot be negated).
        # include: ["src/**", "deploy/**"]
        # exclude: ["**/*.min.js"]

        # Larger files are skipped with a CMP9002 finding (default 16).
        # maxFileSizeMb: 16

        # Where administrative access (ssh, databases, admin ingresses) may come from.
        # approvedNetworks:
        #   - 10.20.0.0/16

        # thresholds:
        #   maxAuthTries: 4              # sshd MaxAuthTries at most
        #   minBackupRetentionDays: 7
        #   logRetentionCheck: false     # opt-in 180-day log-retention check

        # microsoft-sdl (default: PBKDF2 >= 100,000 iterations) or owasp-2023.
        # passwordHashProfile: microsoft-sdl

        # Accepted findings: suppressed until they expire (yyyy-MM-dd); the report shows who accepted what.
        # waivers:
        #   - rule: CMP1001
        #     path: src/Legacy/**
        #     reason: key rotated, file removed next release
        #     owner: sec-team
        #     expires: 2027-06-30

        # SHA-256 digests of values that look like secrets but are not — never the values themselves.
        # Compute one without it reaching your shell history: read -rs v; printf %s "$v" | sha256sum
        # secretAllowlist:
        #   - sha256:<64 hex digits>

        """;
}
