namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;
    using System.Collections.Generic;

    /// <summary>
    /// The product's .editorconfig keys for personal data (read per syntax tree):
    /// <list type="bullet">
    /// <item><c>compliance.pii_words</c> — extra identifiers, <c>word[:category]</c>, comma separated (<c>kehuDianhua:phone, memberNo:id-number</c>)</item>
    /// <item><c>compliance.pii_ignore_words</c> — identifiers never treated as PII</item>
    /// <item><c>compliance.pii_sanitizers</c> — masking helpers (<c>Acme.Pii.Hide</c>, <c>Hide*</c>)</item>
    /// <item><c>compliance.pii_attributes</c> — attributes that classify a member as PII (simple or full names)</item>
    /// <item><c>compliance.pii_masking_helper</c> — the helper the code fix wraps values in (<c>Acme.Pii.Masking.Mask</c>)</item>
    /// <item><c>compliance.pii_name_matched_severity</c> — severity for name-matched, non-sensitive PII (default medium)</item>
    /// </list>
    /// </summary>
    public sealed class PiiOptions
    {
        public const string WordsKey = "compliance.pii_words";
        public const string IgnoreWordsKey = "compliance.pii_ignore_words";
        public const string SanitizersKey = "compliance.pii_sanitizers";
        public const string AttributesKey = "compliance.pii_attributes";
        public const string MaskingHelperKey = "compliance.pii_masking_helper";
        public const string NameMatchedSeverityKey = "compliance.pii_name_matched_severity";

        public static readonly PiiOptions Default = new PiiOptions(PiiNameClassifier.Default, SanitizerNames.Default, new string[0], null, "medium");

        public PiiOptions(PiiNameClassifier names, SanitizerNames sanitizers, IReadOnlyList<string> attributes, string? maskingHelper, string nameMatchedSeverity)
        {
            Names = names;
            Sanitizers = sanitizers;
            Attributes = attributes;
            MaskingHelper = maskingHelper;
            NameMatchedSeverity = nameMatchedSeverity;
        }

        public PiiNameClassifier Names { get; }
        public SanitizerNames Sanitizers { get; }
        public IReadOnlyList<string> Attributes { get; }
        public string? MaskingHelper { get; }
        public string NameMatchedSeverity { get; }

        /// <summary>Builds options from a key lookup; returns <see cref="Default"/> when no key is set.</summary>
        public static PiiOptions Parse(Func<string, string?> get)
        {
            var words = get(WordsKey);
            var ignore = get(IgnoreWordsKey);
            var sanitizers = get(SanitizersKey);
            var attributes = get(AttributesKey);
            var helper = get(MaskingHelperKey);
            var severity = get(NameMatchedSeverityKey);
            var passwordWords = get(Hashing.HashingOptions.PasswordWordsKey);
            if (words == null && ignore == null && sanitizers == null && attributes == null && helper == null && severity == null && passwordWords == null)
            {
                return Default;
            }

            var extra = new Dictionary<string, PiiCategory>(StringComparer.Ordinal);
            foreach (var item in Split(words))
            {
                var colon = item.IndexOf(':');
                var word = colon >= 0 ? item.Substring(0, colon).Trim() : item;
                var category = PiiCategory.Other;
                if (colon >= 0)
                {
                    PiiCategories.TryParse(item.Substring(colon + 1), out category);
                }

                if (word.Length > 0)
                {
                    extra[word] = category;
                }
            }

            var sev = (severity ?? "medium").Trim().ToLowerInvariant();
            if (sev != "low" && sev != "medium" && sev != "high" && sev != "critical")
            {
                sev = "medium";
            }

            return new PiiOptions(
                new PiiNameClassifier(extra, Split(ignore), Hashing.HashingOptions.NamesFor(passwordWords)),
                new SanitizerNames(Split(sanitizers)),
                Split(attributes),
                string.IsNullOrWhiteSpace(helper) ? null : helper!.Trim(),
                sev);
        }

        private static List<string> Split(string? value)
        {
            var list = new List<string>();
            if (string.IsNullOrWhiteSpace(value))
            {
                return list;
            }

            foreach (var part in value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    list.Add(trimmed);
                }
            }

            return list;
        }
    }
}
