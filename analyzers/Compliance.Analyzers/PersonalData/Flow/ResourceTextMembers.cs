namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Linq;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// A static, get-only string property whose getter returns fixed text: a literal, or a lookup keyed only by literals
    /// (duplicati's <c>LC.L(@"No group ID or group email address was provided.")</c>, ResX's
    /// <c>ResourceManager.GetString("InvalidEmail", resourceCulture)</c>). Its name describes a message
    /// (<c>MissingGroupIdAndEmailAddress</c>); its value is the same for everyone, so it is nobody's personal data.
    /// Only source is read: a compiled resource class says nothing here.
    /// </summary>
    internal static class ResourceTextMembers
    {
        public static bool IsFixedText(ISymbol member)
        {
            if (!(member is IPropertySymbol property) || !property.IsStatic || property.SetMethod != null
                || property.Type.SpecialType != SpecialType.System_String || property.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            if (!(property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax declaration))
            {
                return false;
            }

            var returned = declaration.ExpressionBody?.Expression;
            if (returned == null && declaration.AccessorList?.Accessors.SingleOrDefault() is AccessorDeclarationSyntax getter)
            {
                returned = getter.ExpressionBody?.Expression
                           ?? (getter.Body?.Statements.Count == 1 ? (getter.Body.Statements[0] as ReturnStatementSyntax)?.Expression : null);
            }

            return returned != null && IsFixed(returned);
        }

        private static bool IsFixed(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax _:
                    return true;
                case InvocationExpressionSyntax call:
                    // every argument a literal or the resource culture; at least one literal (the key or the text)
                    var arguments = call.ArgumentList.Arguments;
                    return arguments.Any(a => a.Expression is LiteralExpressionSyntax)
                           && arguments.All(a => a.Expression is LiteralExpressionSyntax || IsCulture(a.Expression));
                default:
                    return false;
            }
        }

        private static bool IsCulture(ExpressionSyntax expression)
        {
            var name = expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText
                : (expression as IdentifierNameSyntax)?.Identifier.ValueText;
            return name != null && name.IndexOf("Culture", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
