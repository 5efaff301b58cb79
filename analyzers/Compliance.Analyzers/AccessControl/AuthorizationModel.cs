using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.AccessControl
{
    /// <summary>
    /// Application-wide authorization facts that a controller or endpoint cannot show by itself
    /// (DECISIONS, "Library traps (second wave)"): a fallback policy (<c>FallbackPolicy = …</c>,
    /// <c>SetFallbackPolicy(…)</c>) covers every endpoint; a global <c>AuthorizeFilter</c> (added to MVC
    /// filters) and <c>MapControllers().RequireAuthorization()</c> cover controllers. Found by one
    /// syntactic pass over every tree of the compilation — text first, so trees that cannot mention
    /// them are never parsed further — which gives the same answer in the CLI's span-only candidate
    /// analysis as in a whole-compilation run.
    /// </summary>
    internal sealed class AuthorizationModel
    {
        private AuthorizationModel(bool fallback, bool controllers)
        {
            FallbackPolicy = fallback;
            ControllersRequireAuthorization = controllers || fallback;
        }

        /// <summary>Every endpoint without [AllowAnonymous] requires an authenticated user.</summary>
        public bool FallbackPolicy { get; }

        /// <summary>Every controller action without [AllowAnonymous] requires authorization.</summary>
        public bool ControllersRequireAuthorization { get; }

        public static AuthorizationModel For(Compilation compilation, CancellationToken ct)
        {
            bool fallback = false, controllers = false;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var text = tree.GetText(ct).ToString();
                var mentionsFallback = text.IndexOf("FallbackPolicy", StringComparison.Ordinal) >= 0;
                var mentionsFilter = text.IndexOf("AuthorizeFilter", StringComparison.Ordinal) >= 0;
                var mentionsMapControllers = text.IndexOf("RequireAuthorization", StringComparison.Ordinal) >= 0;
                if (!mentionsFallback && !mentionsFilter && !mentionsMapControllers) continue;
                foreach (var node in tree.GetRoot(ct).DescendantNodes())
                {
                    switch (node)
                    {
                        // o.FallbackPolicy = new AuthorizationPolicyBuilder()…Build()  (null would switch it off)
                        case AssignmentExpressionSyntax a when Name(a.Left) == "FallbackPolicy" && !a.Right.IsKind(SyntaxKind.NullLiteralExpression):
                            fallback = true;
                            break;
                        // builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(…)
                        case InvocationExpressionSyntax i when Name(i.Expression) == "SetFallbackPolicy" && i.ArgumentList.Arguments.Count == 1
                                                               && !i.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.NullLiteralExpression):
                            fallback = true;
                            break;
                        // options.Filters.Add(new AuthorizeFilter(policy))
                        case ObjectCreationExpressionSyntax c when Name(c.Type) == "AuthorizeFilter":
                            controllers = true;
                            break;
                        // app.MapControllers().RequireAuthorization()
                        case InvocationExpressionSyntax i when Name(i.Expression) == "RequireAuthorization"
                                                               && i.Expression is MemberAccessExpressionSyntax m && m.Expression is InvocationExpressionSyntax inner
                                                               && (Name(inner.Expression) == "MapControllers" || Name(inner.Expression) == "MapDefaultControllerRoute"):
                            controllers = true;
                            break;
                    }
                }
            }
            return new AuthorizationModel(fallback, controllers);
        }

        /// <summary>The rightmost simple name of an expression or type (<c>options.FallbackPolicy</c> → FallbackPolicy).</summary>
        public static string? Name(SyntaxNode? node)
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax m: return m.Name.Identifier.ValueText;
                case SimpleNameSyntax s: return s.Identifier.ValueText;
                case QualifiedNameSyntax q: return q.Right.Identifier.ValueText;
                case MemberBindingExpressionSyntax b: return b.Name.Identifier.ValueText;
                default: return null;
            }
        }

        /// <summary>[Authorize] (or any attribute implementing IAuthorizeData) / [AllowAnonymous] (IAllowAnonymous) on a symbol.</summary>
        public static bool Has(ISymbol symbol, string interfaceName, string attributeName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                var type = attribute.AttributeClass;
                if (type == null) continue;
                if (type.Name == attributeName) return true;
                foreach (var i in type.AllInterfaces)
                    if (i.Name == interfaceName) return true;
            }
            return false;
        }

        public static bool Authorize(ISymbol symbol) => Has(symbol, "IAuthorizeData", "AuthorizeAttribute");

        public static bool AllowAnonymous(ISymbol symbol) => Has(symbol, "IAllowAnonymous", "AllowAnonymousAttribute");

        /// <summary>A class that MVC treats as a controller: derives from ControllerBase, or carries [ApiController]/[Controller].</summary>
        public static bool IsController(INamedTypeSymbol type)
        {
            if (type.IsAbstract || type.IsStatic || type.DeclaredAccessibility != Accessibility.Public) return false;
            for (var t = type; t != null; t = t.BaseType)
            {
                if (t.Name == "ControllerBase" && t.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc") return true;
                foreach (var a in t.GetAttributes())
                    if (a.AttributeClass?.Name == "ApiControllerAttribute" || a.AttributeClass?.Name == "ControllerAttribute") return true;
            }
            return false;
        }

        /// <summary>A public instance method of a controller that MVC routes to (not [NonAction], not a property accessor or override of object).</summary>
        public static bool IsAction(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary && !method.IsStatic && method.DeclaredAccessibility == Accessibility.Public
            && !method.IsGenericMethod && !Has(method, "", "NonActionAttribute") && method.ContainingType is INamedTypeSymbol t && IsController(t);
    }
}
