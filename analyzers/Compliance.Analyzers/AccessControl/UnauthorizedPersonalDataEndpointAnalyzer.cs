using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Compliance.Analyzers.Common;
using Compliance.Analyzers.PersonalData.Detection;
using Compliance.Analyzers.PersonalData.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.AccessControl
{
    /// <summary>
    /// CMP4001: an endpoint that returns personal data without authorization. Endpoints:
    /// controller actions whose declared return type (through Task, ActionResult&lt;T&gt; and collections)
    /// is a source type with personal-data properties (the PII classification of
    /// <see cref="PiiTypeMembers"/>); minimal-API <c>Map{Get,Post,Put,Patch,Delete}</c> handlers whose return
    /// type is one. Authorized: <c>[Authorize]</c> on the action, its controller or a base class; a
    /// fallback policy; a global <c>AuthorizeFilter</c> or <c>MapControllers().RequireAuthorization()</c>
    /// (controllers); <c>RequireAuthorization()</c> on the endpoint, on its route group (also through a
    /// local holding the group) or <c>[Authorize]</c> on the handler lambda. <c>[AllowAnonymous]</c> anywhere
    /// on the action or controller chain, or <c>AllowAnonymous()</c> on the endpoint, overrides all of it.
    /// Points at the action's name or the Map call's name. Authorized endpoints are observation CMP4090.
    /// Razor Pages: a page's data leaves through its PageModel's public properties, so every handler
    /// (<c>OnGet</c>, <c>OnPostExport</c>…) of a PageModel with a property of a personal-data type is an endpoint
    /// (<c>[BindProperty]</c> properties are excluded: they echo the form back to whoever typed it). Authorized:
    /// <c>[Authorize]</c> on the PageModel or a base class — not on a handler, which Razor Pages ignores —, a
    /// page convention (<c>AuthorizePage</c>, <c>AuthorizeFolder</c>), <c>MapRazorPages().RequireAuthorization()</c>
    /// or a fallback policy; <c>[AllowAnonymous]</c> on the PageModel chain or <c>AllowAnonymousToPage/Folder</c> overrides.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnauthorizedPersonalDataEndpointAnalyzer : DiagnosticAnalyzer
    {
        private static readonly HashSet<string> MapMethods = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint, AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "Microsoft.AspNetCore.Http.HttpContext") == null
                    && Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "Microsoft.AspNetCore.Mvc.ControllerBase") == null)
                    return;
                var model = AuthorizationModel.For(start.Compilation, start.CancellationToken);
                var testSeverity = RuleReport.TestSeverity(TestProjectDetector.IsTestProject(start.Compilation), AccessControlDescriptors.CatalogSeverity[RuleIdentifiers.UnauthorizedPersonalDataEndpoint]);
                var optionsProvider = start.Options.AnalyzerConfigOptionsProvider;
                start.RegisterSyntaxNodeAction(c => AnalyzeMethod(c, model, optionsProvider, testSeverity), SyntaxKind.MethodDeclaration);
                start.RegisterSyntaxNodeAction(c => AnalyzeMap(c, model, optionsProvider, testSeverity), SyntaxKind.InvocationExpression);
            });
        }

        private static PiiOptions Options(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider, SyntaxTree tree)
        {
            var o = provider.GetOptions(tree);
            return PiiOptions.Parse(key => o.TryGetValue(key, out var v) ? v : null);
        }

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context, AuthorizationModel model, AnalyzerConfigOptionsProvider provider, string? testSeverity)
        {
            var declaration = (MethodDeclarationSyntax)context.Node;
            if (!(context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is IMethodSymbol method)) return;
            if (AuthorizationModel.IsPageHandler(method))
            {
                AnalyzePageHandler(context, declaration, method, model, provider, testSeverity);
                return;
            }
            if (!AuthorizationModel.IsAction(method)) return;
            var fields = PersonalFields(method.ReturnType, Options(provider, declaration.SyntaxTree));
            if (fields == null) return;

            var anonymous = AuthorizationModel.AllowAnonymous(method);
            string? authorizedBy = AuthorizationModel.Authorize(method) ? "[Authorize]" : null;
            for (var t = method.ContainingType; t != null; t = t.BaseType)
            {
                anonymous |= AuthorizationModel.AllowAnonymous(t);
                if (authorizedBy == null && AuthorizationModel.Authorize(t)) authorizedBy = "[Authorize] on " + t.Name;
            }
            if (authorizedBy == null && FilterAttributeNotBound(context, declaration) is string filter) authorizedBy = "[" + filter + "]";
            if (authorizedBy == null && model.ControllersRequireAuthorization) authorizedBy = model.FallbackPolicy ? "fallback policy" : "global authorization filter";
            if ((anonymous || authorizedBy == null) && IssuesOwnToken(context, declaration, method))
            {
                // login, first-user registration, e-mail confirmation: anonymous by nature, and the answer goes to the account it logs in
                anonymous = false;
                authorizedBy = "login response: a token issued to the returned account";
            }
            else if ((anonymous || authorizedBy == null) && AnswersTheCallerOnly(context, declaration))
            {
                // a "who am I" endpoint: the caller's own claims go back to the caller (nothing at all to an anonymous one)
                anonymous = false;
                authorizedBy = "the caller's own claims returned to the caller";
            }
            else if ((anonymous || authorizedBy == null) && AccessCheckInBody(declaration) is string check)
            {
                // `if (!await permissions.Authorize(…)) return Forbid();` — the action decides itself who may see the data
                anonymous = false;
                authorizedBy = "an access check in the action: " + check;
            }
            else if ((anonymous || authorizedBy == null) && ReturnsCallerFilteredCopies(context, declaration, Options(provider, declaration.SyntaxTree)))
            {
                // return Filter(user): a copy that carries the personal members only when the caller is that user or an admin
                anonymous = false;
                authorizedBy = "a copy filtered by the caller's identity";
            }
            else if ((anonymous || authorizedBy == null) && EchoesItsInput(method))
            {
                // a form posted back to whoever filled it in (validation errors, "message sent"): the caller's own input
                anonymous = false;
                authorizedBy = "the object the caller sent, returned to the caller";
            }
            Report(context, declaration.Identifier.GetLocation(), declaration, method.ContainingType.Name + "." + method.Name, fields, anonymous, authorizedBy, testSeverity);
        }

        /// <summary>
        /// An authorization filter attribute on the action or its class that the compiler would not accept as an attribute
        /// (its <c>: Attribute</c> base did not bind — a scan without the project's implicit usings), so it is missing from
        /// GetAttributes(): its type still declares IAuthorizationFilter/IAsyncAuthorizationFilter/IAuthorizeData.
        /// </summary>
        private static string? FilterAttributeNotBound(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration)
        {
            var lists = declaration.AttributeLists.AsEnumerable();
            if (declaration.Parent is TypeDeclarationSyntax type) lists = lists.Concat(type.AttributeLists);
            foreach (var list in lists)
                foreach (var attribute in list.Attributes)
                {
                    var info = context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken);
                    if (info.Symbol != null) continue; // bound: GetAttributes() has it
                    foreach (var candidate in info.CandidateSymbols)
                    {
                        var t = candidate as INamedTypeSymbol ?? candidate.ContainingType;
                        for (var b = t; b != null; b = b.BaseType)
                            foreach (var i in b.AllInterfaces)
                                if (i.Name == "IAuthorizationFilter" || i.Name == "IAsyncAuthorizationFilter" || i.Name == "IAuthorizeData")
                                    return AuthorizationModel.Name(attribute.Name);
                    }
                }
            return null;
        }

        /// <summary>Results that refuse the caller: an action returning one of them checks access in its own code.</summary>
        private static readonly HashSet<string> RefusingResults = new HashSet<string>(StringComparer.Ordinal)
        {
            "Challenge", "Forbid", "Unauthorized", "ChallengeResult", "ForbidResult", "UnauthorizedResult", "UnauthorizedObjectResult",
        };

        /// <summary>"return Forbid()" (or Challenge()/Unauthorized(), or `new ForbidResult()`) somewhere in the action, else null.</summary>
        private static string? AccessCheckInBody(MethodDeclarationSyntax declaration)
        {
            SyntaxNode? body = declaration.Body ?? (SyntaxNode?)declaration.ExpressionBody;
            if (body == null) return null;
            foreach (var node in body.DescendantNodes())
            {
                if (!(node is ReturnStatementSyntax ret) || ret.Expression == null) continue;
                var name = ret.Expression switch
                {
                    InvocationExpressionSyntax i => AuthorizationModel.Name(i.Expression),
                    ObjectCreationExpressionSyntax c => AuthorizationModel.Name(c.Type),
                    _ => null,
                };
                if (name != null && RefusingResults.Contains(name)) return "return " + ret.Expression.ToString();
            }
            return null;
        }

        /// <summary>The action's declared response type is the type of one of its own parameters: it answers with the object it was sent.</summary>
        private static bool EchoesItsInput(IMethodSymbol method)
        {
            var returned = PiiFlowTracer.UnwrapTask(method.ReturnType);
            if (returned is INamedTypeSymbol named && named.IsGenericType && named.Name == "ActionResult") returned = named.TypeArguments[0];
            if (returned == null || returned.SpecialType != SpecialType.None || returned.TypeKind != TypeKind.Class) return false;
            foreach (var p in method.Parameters)
                if (SymbolEqualityComparer.Default.Equals(p.Type, returned)) return true;
            return false;
        }

        private static void AnalyzePageHandler(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration, IMethodSymbol handler,
            AuthorizationModel model, AnalyzerConfigOptionsProvider provider, string? testSeverity)
        {
            var page = handler.ContainingType;
            var fields = PageFields(page, Options(provider, declaration.SyntaxTree));
            if (fields == null) return;
            var path = AuthorizationModel.PagePath(page, declaration.SyntaxTree);
            var anonymous = path != null && model.AnonymousByConvention(path);
            string? authorizedBy = null;
            for (var t = page; t != null; t = t.BaseType)
            {
                anonymous |= AuthorizationModel.AllowAnonymous(t);
                if (authorizedBy == null && AuthorizationModel.Authorize(t)) authorizedBy = "[Authorize] on " + t.Name;
            }
            if (authorizedBy == null && path != null) authorizedBy = model.AuthorizingConvention(path);
            if (authorizedBy == null && model.PagesRequireAuthorization) authorizedBy = "MapRazorPages().RequireAuthorization()";
            if (authorizedBy == null && model.FallbackPolicy) authorizedBy = "fallback policy";
            if (authorizedBy == null && IsGenericDefinition(page))
            {
                // A generic PageModel is never a page itself (as an abstract one is not): a .cshtml closes it with
                // `@model SinglePost<StandardPost>`, and that page decides what of the model it renders and, by its folder,
                // who may open it. Neither is read here, so the finding stays listed, at low precision, with that basis.
                var properties = new Dictionary<string, string?> { ["compliance.precision"] = "low" };
                context.ReportDiagnostic(RuleReport.Create(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint, declaration.Identifier.GetLocation(),
                    declaration, context.SemanticModel, testSeverity, properties,
                    AccessControlDescriptors.Reason("CMP4001_GenericPageModel", page.Name + "." + handler.Name, fields)));
                return;
            }
            Report(context, declaration.Identifier.GetLocation(), declaration, page.Name + "." + handler.Name, fields, anonymous, authorizedBy, testSeverity);
        }

        /// <summary>The type or one that contains it declares type parameters (.NET's ContainsGenericParameters).</summary>
        private static bool IsGenericDefinition(INamedTypeSymbol type)
        {
            for (var t = type; t != null; t = t.ContainingType)
                if (t.TypeParameters.Length > 0) return true;
            return false;
        }

        /// <summary>The personal-data fields of the PageModel's public output properties (declared in source, not [BindProperty]), else null.</summary>
        private static string? PageFields(INamedTypeSymbol page, PiiOptions options)
        {
            var names = new List<string>();
            for (var t = page; t != null && !(t.Name == "PageModel" && t.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc.RazorPages"); t = t.BaseType)
            {
                var bindAll = AuthorizationModel.Has(t, "", "BindPropertiesAttribute");
                foreach (var member in t.GetMembers())
                {
                    if (!(member is IPropertySymbol property) || property.IsStatic || property.DeclaredAccessibility != Accessibility.Public || property.IsIndexer
                        || bindAll || AuthorizationModel.Has(property, "", "BindPropertyAttribute"))
                        continue;
                    foreach (var m in PiiTypeMembers.Find(property.Type, options))
                        if (!names.Contains(m.Property.Name)) names.Add(m.Property.Name);
                }
            }
            return names.Count == 0 ? null : string.Join(", ", names.Take(4));
        }

        private static void AnalyzeMap(SyntaxNodeAnalysisContext context, AuthorizationModel model, AnalyzerConfigOptionsProvider provider, string? testSeverity)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (!(invocation.Expression is MemberAccessExpressionSyntax access) || !MapMethods.Contains(access.Name.Identifier.ValueText)
                || invocation.ArgumentList.Arguments.Count < 2)
                return;
            if (!(context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol map)
                || map.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Builder")
                return;
            var handler = invocation.ArgumentList.Arguments[invocation.ArgumentList.Arguments.Count - 1].Expression;
            var returnType = HandlerReturnType(handler, context.SemanticModel, context.CancellationToken, out var handlerSymbol);
            var fields = PersonalFields(returnType, Options(provider, invocation.SyntaxTree));
            if (fields == null) return;

            var (anonymous, authorized) = Chain(invocation);
            var (groupAnonymous, groupAuthorized) = Group(access.Expression, context.SemanticModel, model, context.CancellationToken);
            anonymous |= groupAnonymous || handlerSymbol != null && AuthorizationModel.AllowAnonymous(handlerSymbol);
            string? authorizedBy = authorized ? "RequireAuthorization()"
                : groupAuthorized ? "RequireAuthorization() on the group"
                : handlerSymbol != null && AuthorizationModel.Authorize(handlerSymbol) ? "[Authorize]"
                : model.FallbackPolicy ? "fallback policy" : null;
            var route = invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : "?";
            Report(context, access.Name.GetLocation(), invocation, access.Name.Identifier.ValueText + " " + route, fields, anonymous, authorizedBy, testSeverity);
        }

        private static void Report(SyntaxNodeAnalysisContext context, Location location, SyntaxNode anchor, string endpoint, string fields,
            bool anonymous, string? authorizedBy, string? testSeverity)
        {
            Diagnostic diagnostic;
            if (anonymous)
                diagnostic = RuleReport.Create(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint, location, anchor, context.SemanticModel, testSeverity, null,
                    AccessControlDescriptors.Reason("CMP4001_Anonymous", endpoint, fields));
            else if (authorizedBy == null)
                diagnostic = RuleReport.Create(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint, location, anchor, context.SemanticModel, testSeverity, null,
                    AccessControlDescriptors.Reason("CMP4001_NoAuthorization", endpoint, fields));
            else
                diagnostic = RuleReport.Create(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved, location, anchor, context.SemanticModel, null, null,
                    AccessControlDescriptors.Reason("CMP4090_Message", endpoint, fields, authorizedBy));
            context.ReportDiagnostic(diagnostic);
        }

        /// <summary>Every object the action returns is built from the caller's own claims or record (<see cref="PersonalData.Flow.CallerOwnRecord"/>).</summary>
        private static bool AnswersTheCallerOnly(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration)
        {
            SyntaxNode? body = declaration.Body ?? (SyntaxNode?)declaration.ExpressionBody;
            if (body == null) return false;
            var operation = context.SemanticModel.GetOperation(body, context.CancellationToken);
            return operation != null && PersonalData.Flow.CallerOwnRecord.EveryReturnIsTheCallers(operation);
        }

        /// <summary>Every non-null return of the action is a <see cref="PersonalData.Flow.CallerFilteredCopy"/> helper's answer.</summary>
        private static bool ReturnsCallerFilteredCopies(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration, PiiOptions options)
        {
            var copies = 0;
            var returned = declaration.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression);
            if (declaration.ExpressionBody != null) returned = returned.Concat(new[] { declaration.ExpressionBody.Expression });
            foreach (var value in returned)
            {
                if (value == null || value.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.NullLiteralExpression)) continue;
                if (!(context.SemanticModel.GetSymbolInfo(value is AwaitExpressionSyntax a ? a.Expression : value, context.CancellationToken).Symbol is IMethodSymbol helper)
                    || !PersonalData.Flow.CallerFilteredCopy.IsHelper(helper, options)) return false;
                copies++;
            }
            return copies > 0;
        }

        /// <summary>The action gives the object it returns a token it issues (<see cref="IssuedTokenResponse"/>).</summary>
        private static bool IssuesOwnToken(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax declaration, IMethodSymbol method)
        {
            SyntaxNode? body = declaration.Body ?? (SyntaxNode?)declaration.ExpressionBody;
            var returned = PiiFlowTracer.UnwrapTask(PiiFlowTracer.UnwrapTask(method.ReturnType));
            if (body == null || returned == null) return false;
            var operation = context.SemanticModel.GetOperation(body, context.CancellationToken);
            return operation != null && IssuedTokenResponse.IssuesTokenInto(operation, returned);
        }

        /// <summary>"Phone, IdNumber" for a type with personal-data properties (Task/ValueTask, ActionResult&lt;T&gt;, Results&lt;…&gt; and collections unwrapped), else null.</summary>
        private static string? PersonalFields(ITypeSymbol? type, PiiOptions options)
        {
            for (var i = 0; i < 4 && type is INamedTypeSymbol named && named.IsGenericType; i++)
            {
                var name = named.Name;
                if (name == "Task" || name == "ValueTask" || name == "ActionResult" || name == "Ok" || name == "JsonHttpResult")
                    type = named.TypeArguments[0];
                else
                    break;
            }
            var members = PiiTypeMembers.Find(type, options);
            return members.Count == 0 ? null : string.Join(", ", members.Select(m => m.Property.Name).Distinct().Take(4));
        }

        /// <summary>The return type of a lambda or method-group handler.</summary>
        private static ITypeSymbol? HandlerReturnType(ExpressionSyntax handler, SemanticModel model, System.Threading.CancellationToken ct, out ISymbol? symbol)
        {
            symbol = null;
            if (handler is CastExpressionSyntax cast) handler = cast.Expression;
            if (handler is LambdaExpressionSyntax lambda && model.GetSymbolInfo(lambda, ct).Symbol is IMethodSymbol l)
            {
                symbol = l;
                return l.ReturnType;
            }
            var info = model.GetSymbolInfo(handler, ct);
            var method = info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
            symbol = method;
            return method?.ReturnType;
        }

        /// <summary>RequireAuthorization()/AllowAnonymous() chained after the Map call (app.MapGet(…).RequireAuthorization().WithName(…)).</summary>
        private static (bool Anonymous, bool Authorized) Chain(ExpressionSyntax call)
        {
            bool anonymous = false, authorized = false;
            for (SyntaxNode? n = call; n?.Parent is MemberAccessExpressionSyntax member && member.Parent is InvocationExpressionSyntax next; n = next)
            {
                var name = member.Name.Identifier.ValueText;
                anonymous |= name == "AllowAnonymous";
                authorized |= name == "RequireAuthorization";
            }
            return (anonymous, authorized);
        }

        /// <summary>The route group the endpoint is mapped on: RequireAuthorization()/AllowAnonymous() in its creating chain, following locals to their initializer.</summary>
        private static (bool Anonymous, bool Authorized) Group(ExpressionSyntax receiver, SemanticModel model, AuthorizationModel authorization,
            System.Threading.CancellationToken ct)
        {
            bool anonymous = false, authorized = false;
            // the group is a variable or a parameter: group.RequireAuthorization(…) as a statement of this method, or — a parameter of
            // a route-group extension method — every caller hands it a group that requires authorization
            if (receiver is IdentifierNameSyntax named && model.GetSymbolInfo(named, ct).Symbol is ISymbol variable
                && (variable is ILocalSymbol || variable is IParameterSymbol)
                && receiver.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is BaseMethodDeclarationSyntax method)
            {
                authorized = AuthorizationModel.CallsRequireAuthorizationOn(method, variable.Name)
                             || variable is IParameterSymbol && method is MethodDeclarationSyntax declared
                             && authorization.GroupMethodAuthorized(declared.Identifier.ValueText);
            }
            for (var depth = 0; depth < 8 && receiver != null; depth++)
            {
                switch (receiver)
                {
                    case InvocationExpressionSyntax call when call.Expression is MemberAccessExpressionSyntax m:
                        var name = m.Name.Identifier.ValueText;
                        anonymous |= name == "AllowAnonymous";
                        authorized |= name == "RequireAuthorization";
                        receiver = m.Expression;
                        continue;
                    case IdentifierNameSyntax identifier when model.GetSymbolInfo(identifier, ct).Symbol is ILocalSymbol local:
                        receiver = null!;
                        foreach (var reference in local.DeclaringSyntaxReferences)
                            if (reference.GetSyntax(ct) is VariableDeclaratorSyntax declarator && declarator.Initializer != null)
                                receiver = declarator.Initializer.Value;
                        continue;
                    case ParenthesizedExpressionSyntax p:
                        receiver = p.Expression;
                        continue;
                    default:
                        receiver = null!;
                        continue;
                }
            }
            return (anonymous, authorized);
        }
    }
}
