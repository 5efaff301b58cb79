namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;
    using System.Collections.Generic;

    /// <summary>
    /// Recognises masking/redaction helpers by name: Mask*, *Mask, Desensitize*, Redact*,
    /// Anonymize*, Pseudonymize*, tuomin/脱敏/掩码/打码, plus names the user lists in
    /// <c>compliance.pii_sanitizers</c> (exact names, or <c>Prefix*</c>; a dotted name matches the
    /// containing type too).
    /// </summary>
    public sealed class SanitizerNames
    {
        public static readonly SanitizerNames Default = new SanitizerNames(null);

        private readonly List<string> exact = new List<string>();
        private readonly List<string> prefixes = new List<string>();

        public SanitizerNames(IEnumerable<string>? configured)
        {
            if (configured == null)
            {
                return;
            }

            foreach (var raw in configured)
            {
                var name = raw.Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                if (name.EndsWith("*", StringComparison.Ordinal))
                {
                    prefixes.Add(name.Substring(0, name.Length - 1));
                }
                else
                {
                    exact.Add(name);
                }
            }
        }

        /// <param name="methodName">The method's simple name.</param>
        /// <param name="containingType">The containing type's simple or full name (may be null).</param>
        public bool IsSanitizer(string methodName, string? containingType)
        {
            if (string.IsNullOrEmpty(methodName))
            {
                return false;
            }

            foreach (var e in exact)
            {
                if (string.Equals(e, methodName, StringComparison.Ordinal)
                    || (containingType != null && string.Equals(e, containingType + "." + methodName, StringComparison.Ordinal))
                    || (containingType != null && e.EndsWith("." + methodName, StringComparison.Ordinal) && containingType.EndsWith(e.Substring(0, e.Length - methodName.Length - 1), StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            foreach (var p in prefixes)
            {
                if (methodName.StartsWith(p, StringComparison.Ordinal)
                    || (containingType != null && (containingType + "." + methodName).StartsWith(p, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            if (methodName.IndexOf("脱敏", StringComparison.Ordinal) >= 0 || methodName.IndexOf("掩码", StringComparison.Ordinal) >= 0
                || methodName.IndexOf("打码", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            // DesensitizeUtil.Phone(x), MaskHelper.IdCard(x): a helper class named for masking, its methods named for the data
            var simpleType = containingType == null ? null : containingType.Substring(containingType.LastIndexOf('.') + 1);
            return IsMaskingWord(methodName) || (simpleType != null && IsMaskingWord(simpleType));
        }

        private static bool IsMaskingWord(string name)
        {
            foreach (var token in PiiNameClassifier.Tokenize(name))
            {
                switch (token)
                {
                    case "mask": case "masked": case "masking": case "desensitize": case "desensitise": case "desensitized":
                    case "desensitization": case "redact": case "redacted": case "redaction": case "anonymize": case "anonymise":
                    case "anonymized": case "anonymised": case "pseudonymize": case "pseudonymise": case "pseudonymized":
                    case "tuomin": case "obfuscate": case "obfuscated": case "scrub": case "scrubbed":
                        return true;
                }
            }

            return false;
        }
    }
}
