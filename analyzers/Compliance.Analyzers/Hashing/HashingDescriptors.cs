using System.Resources;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// The weak-hash theme (CMP2xxx): descriptors and severities are generated from rules/diagnostics
    /// (HashingDescriptors.g.cs); CMP2003/CMP2004 report one of their <c>analyzer.messages</c> as "{0}".
    /// </summary>
    internal static partial class HashingDescriptors
    {
        /// <summary>The code fixes' titles (HashingResources(.zh-Hans).resx).</summary>
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.Hashing.HashingResources", typeof(HashingDescriptors).Assembly);

        /// <summary>A localizable message argument: rule text <paramref name="key"/> formatted with <paramref name="args"/>.</summary>
        public static LocalizableString Reason(string key, params string[] args) => RuleTexts.Format(key, args);
    }
}
