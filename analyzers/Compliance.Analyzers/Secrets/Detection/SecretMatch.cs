namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>A secret found in a text file. Positions are 1-based, in UTF-16 code units; nothing here holds the value.</summary>
    public sealed class SecretMatch
    {
        public string RuleId { get; set; } = string.Empty;
        public int StartLine { get; set; }
        public int StartColumn { get; set; }
        public int EndLine { get; set; }
        public int EndColumn { get; set; }

        /// <summary>English kind, e.g. "AWS access key ID", "connection-string password".</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>English message; shows the kind, a public prefix and the length only.</summary>
        public string Message { get; set; } = string.Empty;
        public string MessageZh { get; set; } = string.Empty;

        /// <summary>The line holding the secret, with the secret (and anything else secret-looking) masked.</summary>
        public string Evidence { get; set; } = string.Empty;

        /// <summary>Stable fingerprint anchor: a key path ("ConnectionStrings:Default") or "kind#ordinal"; never the value.</summary>
        public string Anchor { get; set; } = string.Empty;

        /// <summary>0-based offset and length in the scanned text (for callers that need them; not a secret).</summary>
        public int Offset { get; set; }
        public int Length { get; set; }

        /// <summary>"high", "medium" or "low" when this match decides it (e.g. a commented-out sample); null = the rule's.</summary>
        public string? Precision { get; set; }

        public override string ToString() => RuleId + " " + StartLine + ":" + StartColumn + " " + Kind + " [" + Anchor + "]";
    }
}
