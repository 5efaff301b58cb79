namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Linq;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// The request's principal — who is calling: <c>ControllerBase.User</c>, <c>HttpContext.User</c>, any value typed
    /// <c>ClaimsPrincipal</c>. One reading for the rules that ask "is this the caller?" (<see cref="CallerOwnRecord"/>, by
    /// operation) and "does this check read the caller?" (<see cref="CallerFilteredCopy"/>, by syntax: it looks at a
    /// helper's declaration, where no semantic model is at hand).
    /// </summary>
    internal static class RequestPrincipal
    {
        /// <summary>The value is a <c>ClaimsPrincipal</c> (the request's <c>User</c> or one read from it).</summary>
        public static bool Is(IOperation value) => value.Type?.Name == "ClaimsPrincipal";

        /// <summary>
        /// The expression reads <c>User</c> (ControllerBase.User) or <c>HttpContext.User</c>, not some other object's
        /// <c>User</c> member (<c>model.User</c>).
        /// </summary>
        public static bool IsReadIn(ExpressionSyntax expression)
        {
            foreach (var id in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != "User")
                {
                    continue;
                }

                if (!(id.Parent is MemberAccessExpressionSyntax access) || access.Expression == id
                    || access.Expression is IdentifierNameSyntax { Identifier.ValueText: "HttpContext" })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
