namespace Compliance.Analyzers
{
    /// <summary>
    /// Every diagnostic id the analyzers report. Mirrors rules/diagnostics/*.yaml (a test checks
    /// both directions). Ranges: CMP1xxx secrets, CMP2xxx weak hashing/crypto, CMP3xxx personal data.
    /// </summary>
    public static class RuleIdentifiers
    {
        // Secrets (CMP1xxx)
        public const string HardcodedCredentialInSink = "CMP1001";
        public const string SecretNamedSymbolAssignedConstant = "CMP1002";
        public const string KnownTokenFormat = "CMP1003";
        public const string ConnectionStringWithPassword = "CMP1004";
        public const string SecretInConfigurationFile = "CMP1005";

        // Weak hashing and crypto (CMP2xxx)
        public const string WeakHashAlgorithm = "CMP2001";
        public const string FastHashOfPassword = "CMP2002";
        public const string WeakKeyDerivation = "CMP2003";
        public const string WeakCipher = "CMP2004";
        public const string NonSecurityWeakHash = "CMP2090";

        // Personal information (CMP3xxx)
        public const string PersonalDataLogged = "CMP3001";
        public const string PersonalDataInException = "CMP3002";
        public const string PersonalDataInResponse = "CMP3003";
        public const string PersonalDataWrittenToFile = "CMP3004";
        public const string PersonalDataInTelemetry = "CMP3005";
        public const string PersonalDataLiteral = "CMP3010";
        public const string PersonalDataInventory = "CMP3900";

        // Observations (hidden positive evidence, catalog kind: observation; the last ids of each block)
        public const string CredentialFromConfiguration = "CMP1990";
        public const string PasswordSlowHash = "CMP2990";
        public const string PersonalDataMasked = "CMP3990";
        public const string PersonalDataMaskedInResponse = "CMP3991";
        public const string PersonalDataMaskedInFile = "CMP3992";

        // Access control in code (CMP40xx); CMP4090–CMP4099 are observations
        public const string UnauthorizedPersonalDataEndpoint = "CMP4001";
        public const string AnonymousAdminAction = "CMP4002";
        public const string AuthorizedPersonalDataEndpointObserved = "CMP4090";

        // Account security in code (CMP41xx); CMP4190–CMP4199 are observations (hidden, positive evidence)
        public const string LockoutWeak = "CMP4101";
        public const string SignInWithoutLockout = "CMP4102";
        public const string WeakPasswordOptions = "CMP4103";
        public const string SessionRevocationWeak = "CMP4104";
        public const string LoginFailureNotLogged = "CMP4105";
        public const string LockoutObserved = "CMP4190";
        public const string PasswordPolicyObserved = "CMP4191";
        public const string SessionRevocationObserved = "CMP4192";
        public const string LoginFailureLoggedObserved = "CMP4193";

        // TLS in code (CMP42xx)
        public const string CertificateValidationDisabled = "CMP4201";
        public const string ObsoleteTlsProtocol = "CMP4202";
    }
}
