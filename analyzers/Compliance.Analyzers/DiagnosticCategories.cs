namespace Compliance.Analyzers
{
    internal static class DiagnosticCategories
    {
        public const string Secrets = "Compliance.Secrets";
        public const string Hashing = "Compliance.Hashing";
        public const string PersonalData = "Compliance.PersonalData";
        public const string Tls = "Compliance.Tls";
        public const string AccountSecurity = "Compliance.AccountSecurity";
        public const string AccessControl = "Compliance.AccessControl";
    }

    internal static class HelpLinks
    {
        // Docs live in the repository: docs/rules/<ID>.md
        public const string Base = "https://github.com/compliance-dev/compliance/blob/main/docs/rules/";
        public static string For(string id) => Base + id + ".md";
    }
}
