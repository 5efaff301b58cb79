using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// An attribute named with or without its <c>Attribute</c> suffix (<c>[BindNever]</c> is <c>BindNeverAttribute</c>).
    /// By simple name only: fallback compilations do not resolve most attribute types, so the namespace cannot be asked.
    /// </summary>
    internal static class AttributeNames
    {
        public static bool Is(string? typeName, string name) =>
            typeName != null && (typeName == name || typeName == name + "Attribute");

        /// <summary>The attribute as written (<c>[ApiKey(…)]</c>, <c>[Ns.ApiKeyAttribute(…)]</c>).</summary>
        public static bool Is(AttributeSyntax attribute, string name) =>
            Is(attribute.Name is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : attribute.Name.ToString(), name);

        public static bool Any(ImmutableArray<AttributeData> attributes, string name)
        {
            foreach (var attribute in attributes)
            {
                if (Is(attribute.AttributeClass?.Name, name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
