namespace Compliance.Rules.Model;

/// <summary>The only theme tags a rule may carry (DECISIONS.md).</summary>
public static class Themes
{
    public const string Secret = "secret";
    public const string WeakHash = "weak-hash";
    public const string Pii = "pii";
    public const string Mfa = "mfa";
    public const string Allowlist = "allowlist";
    public const string SshHardening = "ssh-hardening";
    public const string Tls = "tls";
    public const string Backup = "backup";
    public const string Ha = "ha";
    public const string AuditLog = "audit-log";
    public const string AccessControl = "access-control";
    public const string AccountSecurity = "account-security";
    public const string VulnManagement = "vuln-management";
    public const string ParseError = "parse-error";

    public static readonly IReadOnlyList<string> All =
        [Secret, WeakHash, Pii, Mfa, Allowlist, SshHardening, Tls, Backup, Ha, AuditLog, AccessControl, AccountSecurity, VulnManagement, ParseError];

    public static bool IsKnown(string? theme) => theme is not null && All.Contains(theme);
}
