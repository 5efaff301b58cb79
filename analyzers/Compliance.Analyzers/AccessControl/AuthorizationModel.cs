using System;
using System.Collections.Generic;
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
    /// analysis as in a whole-compilation run. Razor Pages: <c>MapRazorPages().RequireAuthorization()</c> and the
    /// page conventions of <c>AddRazorPages(o => o.Conventions…)</c> (<c>AuthorizeFolder</c>, <c>AuthorizePage</c>,
    /// <c>AllowAnonymousToFolder</c>, <c>AllowAnonymousToPage</c>) with literal paths.
    /// </summary>
    internal sealed class AuthorizationModel
    {
        private AuthorizationModel(bool fallback, bool controllers, bool pages, List<string> authorizeFolders, List<string> authorizePages,
            List<string> anonymousFolders, List<string> anonymousPages, HashSet<string> authorizedGroupMethods)
        {
            _authorizedGroupMethods = authorizedGroupMethods;
            FallbackPolicy = fallback;
            ControllersRequireAuthorization = controllers || fallback;
            PagesRequireAuthorization = pages;
            _authorizeFolders = authorizeFolders;
            _authorizePages = authorizePages;
            _anonymousFolders = anonymousFolders;
            _anonymousPages = anonymousPages;
        }

        private readonly List<string> _authorizeFolders, _authorizePages, _anonymousFolders, _anonymousPages;
        private readonly HashSet<string> _authorizedGroupMethods;

        /// <summary>
        /// Whether the route-group extension method <paramref name="name"/> (<c>MapLeaseEndpoints(this RouteGroupBuilder group)</c>)
        /// is called on a group that requires authorization: <c>app.MapGroup("/leases").RequireAuthorization().MapLeaseEndpoints()</c>,
        /// or through a helper of the team's own that calls <c>RequireAuthorization</c> on the group it is given
        /// (<c>.WithPamDefaults().MapLeaseEndpoints()</c>, bitwarden, judged blind: 3 false alarms). By name, as the rest of this model.
        /// </summary>
        public bool GroupMethodAuthorized(string name) => _authorizedGroupMethods.Contains(name);

        /// <summary><c>MapRazorPages().RequireAuthorization()</c>: every Razor Page without [AllowAnonymous] requires authorization.</summary>
        public bool PagesRequireAuthorization { get; }

        /// <summary>
        /// The Razor Pages convention that authorizes the page at <paramref name="pagePath"/> ("/Admin/Customers"):
        /// <c>AuthorizePage("/Admin/Customers")</c> or <c>AuthorizeFolder("/Admin")</c> (no argument: "/"), else null.
        /// </summary>
        public string? AuthorizingConvention(string pagePath)
        {
            foreach (var page in _authorizePages)
                if (string.Equals(page, pagePath, StringComparison.OrdinalIgnoreCase)) return "AuthorizePage(\"" + page + "\")";
            foreach (var folder in _authorizeFolders)
                if (InFolder(pagePath, folder)) return "AuthorizeFolder(\"" + folder + "\")";
            return null;
        }

        /// <summary><c>AllowAnonymousToPage</c>/<c>AllowAnonymousToFolder</c> naming the page: anonymous access wins over any authorization.</summary>
        public bool AnonymousByConvention(string pagePath)
        {
            foreach (var page in _anonymousPages)
                if (string.Equals(page, pagePath, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var folder in _anonymousFolders)
                if (InFolder(pagePath, folder)) return true;
            return false;
        }

        private static bool InFolder(string pagePath, string folder)
        {
            var f = folder.TrimEnd('/');
            return f.Length == 0 || pagePath.StartsWith(f + "/", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Every endpoint without [AllowAnonymous] requires an authenticated user.</summary>
        public bool FallbackPolicy { get; }

        /// <summary>Every controller action without [AllowAnonymous] requires authorization.</summary>
        public bool ControllersRequireAuthorization { get; }

        public static AuthorizationModel For(Compilation compilation, CancellationToken ct)
        {
            bool fallback = false, controllers = false, pages = false;
            List<string> authorizeFolders = new List<string>(), authorizePages = new List<string>(), anonymousFolders = new List<string>(), anonymousPages = new List<string>();
            var helpers = new HashSet<string>(StringComparer.Ordinal) { "RequireAuthorization" };
            var groupCalls = new List<KeyValuePair<string, List<string>>>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var facts = PerTree.GetValue(tree, t => TreeFacts.Of(t, ct));
                if (facts == TreeFacts.None) continue;
                fallback |= facts.Fallback;
                controllers |= facts.Controllers;
                pages |= facts.Pages;
                authorizeFolders.AddRange(facts.AuthorizeFolders);
                authorizePages.AddRange(facts.AuthorizePages);
                anonymousFolders.AddRange(facts.AnonymousFolders);
                anonymousPages.AddRange(facts.AnonymousPages);
                helpers.UnionWith(facts.AuthorizingHelpers);
                groupCalls.AddRange(facts.GroupCalls);
            }
            // authorized only if every chain that calls it is: one call on an open group keeps its endpoints reported
            var everyCallAuthorized = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var call in groupCalls)
                everyCallAuthorized[call.Key] = (!everyCallAuthorized.TryGetValue(call.Key, out var so) || so) && call.Value.Exists(helpers.Contains);
            var authorizedGroupMethods = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in everyCallAuthorized)
                if (entry.Value) authorizedGroupMethods.Add(entry.Key);
            return new AuthorizationModel(fallback, controllers, pages, authorizeFolders, authorizePages, anonymousFolders, anonymousPages, authorizedGroupMethods);
        }

        /// <summary>
        /// One pass per tree for the life of the tree, not per compilation: the CLI's candidate path analyses each span on
        /// a fresh clone of the compilation (same trees), so a per-compilation pass ran once per span request — on a
        /// 340k-line repository with 1,600 requests, a copy and six searches of every file's text each time (issue 16).
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, TreeFacts> PerTree =
            new System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, TreeFacts>();

        /// <summary>What one tree says about application-wide authorization.</summary>
        private sealed class TreeFacts
        {
            /// <summary>A tree that mentions none of it (most trees): shared, nothing to merge.</summary>
            public static readonly TreeFacts None = new TreeFacts();

            public bool Fallback, Controllers, Pages;
            public readonly List<string> AuthorizeFolders = new List<string>(), AuthorizePages = new List<string>(),
                AnonymousFolders = new List<string>(), AnonymousPages = new List<string>(), AuthorizingHelpers = new List<string>();

            /// <summary>Each call made on a chain that starts at <c>MapGroup(…)</c>: its name and the names called before it in the chain.</summary>
            public readonly List<KeyValuePair<string, List<string>>> GroupCalls = new List<KeyValuePair<string, List<string>>>();

            public static TreeFacts Of(SyntaxTree tree, CancellationToken ct)
            {
                var text = tree.GetText(ct).ToString();
                var mentionsFallback = text.IndexOf("FallbackPolicy", StringComparison.Ordinal) >= 0;
                var mentionsFilter = text.IndexOf("AuthorizeFilter", StringComparison.Ordinal) >= 0;
                var mentionsMapControllers = text.IndexOf("RequireAuthorization", StringComparison.Ordinal) >= 0;
                var mentionsPageConventions = text.IndexOf("AuthorizeFolder", StringComparison.Ordinal) >= 0 || text.IndexOf("AuthorizePage", StringComparison.Ordinal) >= 0
                                              || text.IndexOf("AllowAnonymousTo", StringComparison.Ordinal) >= 0;
                var mentionsGroups = text.IndexOf("MapGroup", StringComparison.Ordinal) >= 0;
                if (!mentionsFallback && !mentionsFilter && !mentionsMapControllers && !mentionsPageConventions && !mentionsGroups) return None;
                var facts = new TreeFacts();
                foreach (var node in tree.GetRoot(ct).DescendantNodes())
                {
                    // app.MapGroup("/leases").WithPamDefaults().MapLeaseEndpoints(): MapLeaseEndpoints after [WithPamDefaults, MapGroup]
                    if (mentionsGroups && node is InvocationExpressionSyntax call && Name(call.Expression) is string last)
                    {
                        var before = new List<string>();
                        for (var r = (call.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax; r != null;
                             r = (r.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax)
                            if (Name(r.Expression) is string n) before.Add(n);
                        if (before.Contains("MapGroup")) facts.GroupCalls.Add(new KeyValuePair<string, List<string>>(last, before));
                    }
                    switch (node)
                    {
                        // o.FallbackPolicy = new AuthorizationPolicyBuilder()…Build()  (null would switch it off)
                        case AssignmentExpressionSyntax a when Name(a.Left) == "FallbackPolicy" && !a.Right.IsKind(SyntaxKind.NullLiteralExpression):
                            facts.Fallback = true;
                            break;
                        // builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(…)
                        case InvocationExpressionSyntax i when Name(i.Expression) == "SetFallbackPolicy" && i.ArgumentList.Arguments.Count == 1
                                                               && !i.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.NullLiteralExpression):
                            facts.Fallback = true;
                            break;
                        // options.Filters.Add(new AuthorizeFilter(policy))
                        case ObjectCreationExpressionSyntax c when Name(c.Type) == "AuthorizeFilter":
                            facts.Controllers = true;
                            break;
                        // app.MapControllers().RequireAuthorization()
                        case InvocationExpressionSyntax i when Name(i.Expression) == "RequireAuthorization"
                                                               && i.Expression is MemberAccessExpressionSyntax m && m.Expression is InvocationExpressionSyntax inner
                                                               && (Name(inner.Expression) == "MapControllers" || Name(inner.Expression) == "MapDefaultControllerRoute"):
                            facts.Controllers = true;
                            break;
                        // app.MapRazorPages().RequireAuthorization()
                        case InvocationExpressionSyntax i when Name(i.Expression) == "RequireAuthorization"
                                                               && i.Expression is MemberAccessExpressionSyntax m && m.Expression is InvocationExpressionSyntax inner
                                                               && Name(inner.Expression) == "MapRazorPages":
                            facts.Pages = true;
                            break;
                        // var controllers = endpoints.MapControllers(); if (oauth) controllers.RequireAuthorization();
                        // (PayrollEngine's UseEndpoints, judged blind: the builder is held in a local first)
                        case InvocationExpressionSyntax i when Name(i.Expression) == "RequireAuthorization"
                                                               && i.Expression is MemberAccessExpressionSyntax m && m.Expression is IdentifierNameSyntax local:
                            switch (MappedInto(i, local.Identifier.ValueText))
                            {
                                case "MapControllers": case "MapDefaultControllerRoute": facts.Controllers = true; break;
                                case "MapRazorPages": facts.Pages = true; break;
                            }

                            break;
                        // static RouteGroupBuilder WithPamDefaults(this RouteGroupBuilder group) { group.RequireAuthorization(…); return group; }
                        case MethodDeclarationSyntax method when mentionsMapControllers && method.ParameterList.Parameters.Count > 0:
                            if (CallsRequireAuthorizationOn(method, method.ParameterList.Parameters[0].Identifier.ValueText)) facts.AuthorizingHelpers.Add(method.Identifier.ValueText);
                            break;
                        // AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin").AuthorizePage("/Account/Me").AllowAnonymousToPage("/Index"))
                        case InvocationExpressionSyntax i when mentionsPageConventions:
                            var name = Name(i.Expression);
                            var into = name == "AuthorizeFolder" ? facts.AuthorizeFolders : name == "AuthorizePage" ? facts.AuthorizePages
                                : name == "AllowAnonymousToFolder" ? facts.AnonymousFolders : name == "AllowAnonymousToPage" ? facts.AnonymousPages : null;
                            if (into == null) break;
                            var path = i.ArgumentList.Arguments.Count > 0 && i.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal
                                       && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
                            if (path != null) into.Add(path);
                            else if (name == "AuthorizeFolder" && i.ArgumentList.Arguments.Count == 0) into.Add("/"); // AuthorizeFolder() is the whole site
                            break;
                    }
                }
                return facts;
            }
        }

        /// <summary>
        /// The Map… call (MapControllers, MapDefaultControllerRoute, MapRazorPages) whose builder the local <paramref name="name"/>
        /// holds, declared or assigned in the body that encloses <paramref name="use"/> (a method, local function, lambda or the
        /// top-level statements); null when it holds anything else.
        /// </summary>
        private static string? MappedInto(SyntaxNode use, string name)
        {
            SyntaxNode? body = null;
            for (var n = use.Parent; n != null && body == null; n = n.Parent)
                if (n is BaseMethodDeclarationSyntax || n is LocalFunctionStatementSyntax || n is AnonymousFunctionExpressionSyntax
                    || n is AccessorDeclarationSyntax || n is CompilationUnitSyntax)
                    body = n;
            if (body == null) return null;
            foreach (var node in body.DescendantNodes())
            {
                ExpressionSyntax? value = node switch
                {
                    VariableDeclaratorSyntax v when v.Identifier.ValueText == name => v.Initializer?.Value,
                    AssignmentExpressionSyntax a when a.Left is IdentifierNameSyntax left && left.Identifier.ValueText == name => a.Right,
                    _ => null,
                };
                // endpoints.MapControllers() or a chain on it (endpoints.MapControllers().WithMetadata(…))
                for (var r = value as InvocationExpressionSyntax; r != null; r = (r.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax)
                    if (Name(r.Expression) is string mapped && (mapped == "MapControllers" || mapped == "MapDefaultControllerRoute" || mapped == "MapRazorPages"))
                        return mapped;
            }

            return null;
        }

        /// <summary><c>p.RequireAuthorization(…)</c> (or a chain rooted at <c>p</c> that calls it) somewhere in the method's body.</summary>
        public static bool CallsRequireAuthorizationOn(SyntaxNode body, string name)
        {
            foreach (var node in body.DescendantNodes())
            {
                if (!(node is InvocationExpressionSyntax i) || Name(i.Expression) != "RequireAuthorization") continue;
                ExpressionSyntax? root = (i.Expression as MemberAccessExpressionSyntax)?.Expression;
                while (root is InvocationExpressionSyntax inner) root = (inner.Expression as MemberAccessExpressionSyntax)?.Expression;
                if (root is IdentifierNameSyntax id && id.Identifier.ValueText == name) return true;
            }
            return false;
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
                // a scan without restored packages leaves the interface unbound: AllInterfaces drops error types, the declared list keeps them
                for (var t = type; t != null; t = t.BaseType)
                    foreach (var i in t.Interfaces)
                        if (i.TypeKind == TypeKind.Error && i.Name == interfaceName) return true;
            }
            return false;
        }

        /// <summary>
        /// [Authorize] (IAuthorizeData), or an attribute that is itself an MVC authorization filter: teams write their own
        /// <c>[PermissionAuthorize("x")]</c>/<c>[CustomerGroupAuthorize(…)]</c> implementing IAuthorizationFilter or
        /// IAsyncAuthorizationFilter, and MVC runs it before the action as it runs [Authorize].
        /// </summary>
        public static bool Authorize(ISymbol symbol) =>
            Has(symbol, "IAuthorizeData", "AuthorizeAttribute") || Has(symbol, "IAuthorizationFilter", "") || Has(symbol, "IAsyncAuthorizationFilter", "");

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

        /// <summary>A public class deriving from Razor Pages' <c>PageModel</c>.</summary>
        public static bool IsPageModel(INamedTypeSymbol type)
        {
            if (type.IsAbstract || type.IsStatic || type.DeclaredAccessibility != Accessibility.Public) return false;
            for (var t = type.BaseType; t != null; t = t.BaseType)
                if (t.Name == "PageModel" && t.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc.RazorPages") return true;
            return false;
        }

        /// <summary>A page handler: a public instance method <c>On{Get,Post,Put,Patch,Delete}[Name][Async]</c> of a PageModel.</summary>
        public static bool IsPageHandler(IMethodSymbol method)
        {
            if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || method.IsGenericMethod
                || !(method.ContainingType is INamedTypeSymbol t) || !IsPageModel(t) || Has(method, "", "NonHandlerAttribute"))
                return false;
            foreach (var verb in new[] { "OnGet", "OnPost", "OnPut", "OnPatch", "OnDelete" })
                if (method.Name.StartsWith(verb, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>
        /// The page's route path ("/Admin/Customers"): from the file (<c>…/Pages/Admin/Customers.cshtml.cs</c>), else from the
        /// namespace after its <c>Pages</c> segment and the class name without its <c>Model</c> suffix; null when neither says.
        /// </summary>
        public static string? PagePath(INamedTypeSymbol page, SyntaxTree tree)
        {
            var file = "/" + tree.FilePath.Replace('\\', '/').TrimStart('/');
            var at = file.LastIndexOf("/Pages/", StringComparison.Ordinal);
            if (at >= 0 && file.EndsWith(".cshtml.cs", StringComparison.OrdinalIgnoreCase))
                return file.Substring(at + "/Pages".Length, file.Length - at - "/Pages".Length - ".cshtml.cs".Length);
            var ns = page.ContainingNamespace?.ToDisplayString() ?? "";
            var segments = ns.Split('.');
            var pages = Array.LastIndexOf(segments, "Pages");
            if (pages < 0) return null;
            var name = page.Name.EndsWith("Model", StringComparison.Ordinal) && page.Name.Length > 5 ? page.Name.Substring(0, page.Name.Length - 5) : page.Name;
            var path = "";
            for (var i = pages + 1; i < segments.Length; i++) path += "/" + segments[i];
            return path + "/" + name;
        }

        /// <summary>A public instance method of a controller that MVC routes to (not [NonAction], not a property accessor or override of object).</summary>
        public static bool IsAction(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary && !method.IsStatic && method.DeclaredAccessibility == Accessibility.Public
            && !method.IsGenericMethod && !Has(method, "", "NonActionAttribute") && method.ContainingType is INamedTypeSymbol t && IsController(t);
    }
}
