using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.AccessControl
{
    /// <summary>The access-control theme in code (CMP40xx; CMP4090 is an observation); descriptors are generated from rules/diagnostics (AccessControlDescriptors.g.cs).</summary>
    internal static partial class AccessControlDescriptors
    {
        /// <summary>A localizable message: rule text <paramref name="key"/> (rules/diagnostics, <c>analyzer.messages</c>) formatted with <paramref name="args"/>.</summary>
        public static LocalizableString Reason(string key, params string[] args) => RuleTexts.Format(key, args);
    }
}
