using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Tls
{
    /// <summary>The tls theme in code (CMP42xx); descriptors and severities are generated from rules/diagnostics (TlsDescriptors.g.cs).</summary>
    internal static partial class TlsDescriptors
    {
        /// <summary>A localizable message: rule text <paramref name="key"/> (rules/diagnostics, <c>analyzer.messages</c>) formatted with <paramref name="args"/>.</summary>
        public static LocalizableString Reason(string key, params string[] args) => RuleTexts.Format(key, args);
    }
}
