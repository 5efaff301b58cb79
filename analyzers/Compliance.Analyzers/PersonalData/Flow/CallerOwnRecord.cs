namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using Compliance.Analyzers.Common;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// A response value read from the caller's own record: the entity was looked up by the caller's identity
    /// (<c>await _userManager.GetUserAsync(User)</c>, <c>_users.QueryByIdAsync(_user.ID)</c> with an
    /// <c>IHttpContextUser</c>/<c>ICurrentUser</c>, <c>GetCurrentUserAsync()</c>). A "users/me" or "my profile"
    /// endpoint answers the person the data is about, so it is no disclosure (CMP3003); data of any entity looked up
    /// by another key (a route id, a query) is still personal data sent to someone else. A record created in the action
    /// from the request's values only is the caller's own data too (<see cref="BuiltFromRequest"/>).
    /// </summary>
    internal static class CallerOwnRecord
    {
        private const int MaxDepth = 6;

        public static bool Is(IOperation value)
        {
            return FromCaller(value, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), 0);
        }

        private static bool FromCaller(IOperation? value, HashSet<ILocalSymbol> visited, int depth)
        {
            if (value == null || depth > MaxDepth)
            {
                return false;
            }

            value = LocalValueSources.Unwrap(value);
            if (IsCallerIdentity(value))
            {
                // User, HttpContext.User: the request's own principal (User.Identity.Name, User.FindFirst("email")?.Value)
                return true;
            }

            switch (value)
            {
                case IAwaitOperation awaited:
                    return FromCaller(awaited.Operation, visited, depth + 1);
                case IConditionalAccessOperation access:
                    return FromCaller(access.Operation, visited, depth + 1);
                case ICoalesceOperation coalesce:
                    // User.FindFirst(ClaimTypes.Email)?.Value ?? "": a fallback constant adds nobody's data
                    return FromCaller(coalesce.Value, visited, depth + 1)
                           && (coalesce.WhenNull.ConstantValue.HasValue || FromCaller(coalesce.WhenNull, visited, depth + 1));
                case IConditionalAccessInstanceOperation _:
                    for (var p = value.Parent; p != null; p = p.Parent)
                    {
                        if (p is IConditionalAccessOperation owner)
                        {
                            return FromCaller(owner.Operation, visited, depth + 1);
                        }
                    }

                    return false;
                case IPropertyReferenceOperation current when IsNamedCurrentUser(current):
                case IFieldReferenceOperation currentField when IsNamedCurrentUser(currentField):
                    // _workContext.CurrentCustomer, _currentUser: named for the signed-in account, as GetCurrentUser() is
                    return true;
                case IPropertyReferenceOperation property:
                    // user.Email, user.Profile.Phone: the record the member belongs to decides
                    return property.Instance != null && FromCaller(property.Instance, visited, depth + 1);
                case IFieldReferenceOperation field:
                    return field.Instance != null && !IsThis(field.Instance) && FromCaller(field.Instance, visited, depth + 1);
                case ILocalReferenceOperation local:
                    if (!visited.Add(local.Local))
                    {
                        return false;
                    }

                    // every value the local gets must be the caller's (a fallback lookup by id is someone else's)
                    var sources = LocalValueSources.ValuesOf(local.Local, local);
                    if (sources.Count == 0)
                    {
                        return false;
                    }

                    foreach (var source in sources)
                    {
                        if (!FromCaller(source, visited, depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                case IParameterReferenceOperation parameter:
                    return IsInjectedCaller(parameter.Parameter);
                case IObjectCreationOperation created when created.Initializer != null:
                    return BuiltFromRequest(created.Initializer) || KeysOf(Members(created.Initializer), visited, depth + 1) == Key.Callers;
                case IInvalidOperation unbound when unbound.Syntax is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Count > 0:
                    // _mediator.Send(new GetRegister { Customer = CurrentCustomer }) with MediatR not restored: the arguments decide
                    return KeysOf(Arguments(unbound, call), visited, depth + 1) == Key.Callers;
                case IInvocationOperation invocation:
                    if (IsCurrentUserMethod(invocation.TargetMethod.Name))
                    {
                        return true;
                    }

                    // a lookup keyed by the caller's identity, or a mapping of the caller's record (ForAPI(user), user.ToDto()):
                    // every argument that can carry a key must be the caller's (GetUser(idOrEmail, User) is someone else's)
                    var keys = KeysOf(Arguments(invocation), visited, depth + 1);
                    if (keys != Key.None)
                    {
                        return keys == Key.Callers;
                    }

                    // User.FindFirst("email"), User.GetEmail(): a claim read from the caller's own principal
                    if (invocation.Instance != null && IsCallerIdentity(invocation.Instance))
                    {
                        return true;
                    }

                    return invocation.Instance != null && !IsThis(invocation.Instance) && invocation.TargetMethod.Parameters.Length == 0
                           && FromCaller(invocation.Instance, visited, depth + 1);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Every value the action body returns answers the caller alone: an object whose text members are all the caller's
        /// own claims or record (skoruba's <c>Ok(new UserClaimsDto { UserName = User.GetUserName(), Email = User.GetUserEmail() })</c>
        /// behind [AllowAnonymous], judged blind), or one that carries no text at all (<c>new UserClaimsDto { IsAuthenticated = false }</c>
        /// for an anonymous caller). Any other return (a record looked up by a route id) makes it false.
        /// </summary>
        public static bool EveryReturnIsTheCallers(IOperation body)
        {
            var returns = 0;
            foreach (var operation in body.Descendants())
            {
                if (!(operation is IReturnOperation ret) || ret.ReturnedValue == null || InNestedFunction(ret, body))
                {
                    continue;
                }

                if (IsRedirect(ret.ReturnedValue))
                {
                    continue; // RedirectToRoute("HomePage"): a redirect carries no body
                }

                var value = ResponseValue(ret.ReturnedValue);
                // a created object must be filled from the caller's identity (not merely from the request: an echo of
                // posted values is not a "who am I" answer); anything else must be the caller's record
                var callers = value is IObjectCreationOperation created
                    ? created.Initializer != null && OnlyCallersText(created.Initializer)
                    : Is(value);
                if (!callers)
                {
                    return false;
                }

                returns++;
            }

            return returns > 0;
        }

        private static bool IsRedirect(IOperation value) =>
            LocalValueSources.Unwrap(value) is IInvocationOperation call
            && call.TargetMethod.Name is "Redirect" or "RedirectToRoute" or "RedirectToAction" or "RedirectToPage" or "LocalRedirect";

        // Ok(x), Json(x), View(x), View("name", x), new OkObjectResult(x): the object the result carries
        private static IOperation ResponseValue(IOperation value)
        {
            value = LocalValueSources.Unwrap(value);
            IOperation? carried = null;
            if (value is IInvocationOperation call && call.Arguments.Length == 1 && call.TargetMethod.Name is "Ok" or "Json" or "Accepted")
            {
                carried = call.Arguments[0].Value;
            }
            else if (value is IInvocationOperation view && view.TargetMethod.Name is "View" or "PartialView" && view.Arguments.Length > 0
                     && view.Arguments[view.Arguments.Length - 1].Value.Type?.SpecialType != SpecialType.System_String)
            {
                // the model, the last argument (View(model), View("Register", model)); View("Name") alone renders no model
                carried = view.Arguments[view.Arguments.Length - 1].Value;
            }
            else if (value is IObjectCreationOperation result && result.Arguments.Length == 1 && result.Type?.Name is "OkObjectResult" or "JsonResult")
            {
                carried = result.Arguments[0].Value;
            }

            return carried == null ? value : LocalValueSources.Unwrap(carried);
        }

        // an answer with no text at all (new UserClaimsDto { IsAuthenticated = false }) tells nobody anything
        private static bool OnlyCallersText(IObjectOrCollectionInitializerOperation initializer) =>
            TextMembersAll(initializer, Is, out _);

        private static bool InNestedFunction(IOperation operation, IOperation body)
        {
            for (var p = operation.Parent; p != null && p != body; p = p.Parent)
            {
                if (p is IAnonymousFunctionOperation || p is ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the values that key a result say about whose record the result is.</summary>
        internal enum Key
        {
            /// <summary>No value keys anything (constants, flags, ambient state).</summary>
            None,
            /// <summary>At least one value is the caller's and every other keys nothing.</summary>
            Callers,
            /// <summary>A value is someone else's key (a route id, a looked-up record, a request value).</summary>
            Other,
        }

        /// <summary>
        /// The one own-data check for the three places values key a result: a bound call's arguments (a lookup keyed by
        /// the caller's identity, <c>_users.QueryByIdAsync(_user.ID)</c>, or a mapping of the caller's record), an unbound
        /// call's arguments (<c>_mediator.Send(…)</c> with MediatR not restored) and a query or command object's members
        /// (grandnode's <c>new GetRegister { Customer = _contextAccessor.WorkContext.CurrentCustomer, Language = … }</c>,
        /// whose result — a form prefilled with the signed-in customer's data — goes back to that customer). A value that
        /// cannot carry a key is skipped: a constant, a flag, a cancellation token, a non-text member chain rooted in this
        /// object (the working language, the current store). Every other value must be the caller's (<see cref="FromCaller"/>);
        /// an object of values in it must itself carry the caller's record (<c>new GetOrder { OrderId = id }</c> is a key the
        /// handler looks anything up by). A value that is not an assignment or an argument is someone else's key.
        /// </summary>
        private static Key KeysOf(IEnumerable<IOperation?> values, HashSet<ILocalSymbol> visited, int depth)
        {
            var callers = 0;
            foreach (var value in values)
            {
                switch (KeyOf(value, visited, depth))
                {
                    case Key.Other:
                        return Key.Other;
                    case Key.Callers:
                        callers++;
                        break;
                }
            }

            return callers > 0 ? Key.Callers : Key.None;
        }

        private static Key KeyOf(IOperation? value, HashSet<ILocalSymbol> visited, int depth)
        {
            if (value == null)
            {
                return Key.Other; // an initializer entry that is no simple assignment
            }

            value = LocalValueSources.Unwrap(value);
            var type = value.Type;
            if (value.ConstantValue.HasValue || type?.Name == "CancellationToken")
            {
                return Key.None;
            }

            if (type?.SpecialType == SpecialType.System_Boolean)
            {
                // a flag keys nothing, unless the caller's own principal says it: oqtane's Authenticate() answers
                // new User { IsAuthenticated = User.Identity.IsAuthenticated, Username = "" } filled from the caller's claims
                return IsCallerIdentity(value) || FromCaller(value, visited, depth) ? Key.Callers : Key.None;
            }

            if (value is IObjectCreationOperation { Initializer: { } initializer })
            {
                return KeysOf(Members(initializer), visited, depth + 1) == Key.Callers ? Key.Callers : Key.Other;
            }

            if (IsCallerIdentity(value) || FromCaller(value, visited, depth))
            {
                return Key.Callers;
            }

            return IsAmbient(value) && type != null && type.SpecialType != SpecialType.System_String && type.SpecialType != SpecialType.System_Object
                ? Key.None
                : Key.Other;
        }

        // _contextAccessor.WorkContext.WorkingLanguage: a member chain rooted in this object's field or property
        private static bool IsAmbient(IOperation value)
        {
            for (var depth = 0; depth < MaxDepth; depth++)
            {
                switch (LocalValueSources.Unwrap(value))
                {
                    case IPropertyReferenceOperation property when property.Instance != null:
                        value = property.Instance;
                        continue;
                    case IFieldReferenceOperation field when field.Instance != null:
                        value = field.Instance;
                        continue;
                    case IInstanceReferenceOperation _:
                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }

        // the arguments a call was given (not the defaults the compiler filled in)
        private static IEnumerable<IOperation?> Arguments(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    yield return argument.Value;
                }
            }
        }

        // an unbound call's arguments: its children that are arguments of the call's syntax (not the receiver, _mediator)
        private static IEnumerable<IOperation?> Arguments(IInvalidOperation unbound, InvocationExpressionSyntax call)
        {
            foreach (var child in unbound.ChildOperations)
            {
                if (child.Syntax.Parent is ArgumentSyntax argument && argument.Parent == call.ArgumentList)
                {
                    yield return child;
                }
            }
        }

        // an object initializer's assigned values; any other entry (a collection element, a nested initializer) as null
        private static IEnumerable<IOperation?> Members(IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                yield return (member as ISimpleAssignmentOperation)?.Value;
            }
        }

        /// <summary>
        /// A record created here from the request: <c>new ApplicationUser { UserName = request.Email, Email = request.Email,
        /// Created = DateTimeOffset.UtcNow }</c> in btcpayserver's CreateUser, returned to the one who sent those values. Every
        /// text member is a constant or read from a parameter of the action (the request); one read from anything else
        /// (a looked-up record) makes it someone else's data.
        /// </summary>
        private static bool BuiltFromRequest(IObjectOrCollectionInitializerOperation initializer) =>
            TextMembersAll(initializer, ReadFromParameter, out var fromRequest) && fromRequest > 0;

        /// <summary>
        /// Every member the initializer sets is a simple assignment, and every text value among them (not a constant, not a
        /// non-string type) passes <paramref name="accept"/>; <paramref name="texts"/> counts those text values.
        /// </summary>
        private static bool TextMembersAll(IObjectOrCollectionInitializerOperation initializer, Func<IOperation, bool> accept, out int texts)
        {
            texts = 0;
            foreach (var member in initializer.Initializers)
            {
                if (!(member is ISimpleAssignmentOperation assignment))
                {
                    return false;
                }

                var value = LocalValueSources.Unwrap(assignment.Value);
                if (value.ConstantValue.HasValue || (value.Type != null && value.Type.SpecialType != SpecialType.System_String && value.Type.SpecialType != SpecialType.System_Object))
                {
                    continue;
                }

                if (!accept(value))
                {
                    return false;
                }

                texts++;
            }

            return true;
        }

        // request.Email, request.Profile.Name, email: a value the caller passed in
        private static bool ReadFromParameter(IOperation value)
        {
            for (var depth = 0; depth < MaxDepth; depth++)
            {
                switch (LocalValueSources.Unwrap(value))
                {
                    case IParameterReferenceOperation _:
                        return true;
                    case IPropertyReferenceOperation property when property.Instance != null:
                        value = property.Instance;
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }

        private static bool IsThis(IOperation operation) => operation is IInstanceReferenceOperation;

        // GetCurrentUser, GetCurrentUserAsync, GetMyProfile: the method's name says whose record it returns
        private static bool IsCurrentUserMethod(string name) =>
            name.StartsWith("GetCurrentUser", StringComparison.Ordinal) || name.StartsWith("GetMyProfile", StringComparison.Ordinal)
            || Array.IndexOf(SignedInUserMethods, name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name) >= 0;

        /// <summary>
        /// The signed-in account by another name: SimpleAdmin's (Snowy's) <c>GetLoginUser()</c>, and the login call itself,
        /// which answers with the record of the account that has just proved its password (oqtane's
        /// <c>_userManager.LoginUser(user, …)</c>; both judged blind). Exact names: <c>GetLoginUsers</c> or
        /// <c>LoginUserList</c> (who is online, for an administrator) are other people's records.
        /// </summary>
        private static readonly string[] SignedInUserMethods =
        {
            "GetLoginUser", "GetLoginUserInfo", "GetLoggedInUser", "GetSignedInUser", "GetCurrentLoginUser",
            "Login", "LoginUser", "SignIn", "SignInUser", "Authenticate", "AuthenticateUser",
        };

        /// <summary>
        /// The caller's identity: the request's <c>ClaimsPrincipal</c> (<c>User</c>, <c>HttpContext.User</c>), or the id of a
        /// current-user accessor (<c>_user.ID</c> of an <c>IHttpContextUser</c>, ABP's <c>CurrentUser.Id</c>).
        /// </summary>
        private static bool IsCallerIdentity(IOperation value)
        {
            value = LocalValueSources.Unwrap(value);
            if (RequestPrincipal.Is(value) || IsCallerIdGetter(value))
            {
                return true;
            }

            if (value is IPropertyReferenceOperation property && property.Instance != null && IsIdName(property.Property.Name))
            {
                return IsCurrentUserAccessor(property.Instance.Type) || IsNamedCurrentUser(property.Instance);
            }

            if (value is IConditionalAccessOperation access && access.WhenNotNull is IPropertyReferenceOperation inner && IsIdName(inner.Property.Name))
            {
                return IsCurrentUserAccessor(access.Operation.Type);
            }

            return false;
        }

        /// <summary>
        /// A parameter the request does not bind (<c>[BindNever]</c>) on an action whose filter attribute names the user it
        /// injects: bitwarden's <c>[InjectUser] GetLicenseAsync([BindNever] User user)</c>, where the filter loads the signed-in
        /// user from the claims principal. An attribute that injects anything else (<c>[InjectOrganization]</c>, loaded by a
        /// route id) or a bound parameter is not the caller.
        /// </summary>
        private static bool IsInjectedCaller(IParameterSymbol parameter)
        {
            if (!(parameter.ContainingSymbol is IMethodSymbol method) || !AttributeNames.Any(parameter.GetAttributes(), "BindNever"))
            {
                return false;
            }

            return InjectsUser(method.GetAttributes()) || (method.ContainingType != null && InjectsUser(method.ContainingType.GetAttributes()));
        }

        // [InjectUser], [InjectCurrentUser]: a filter named for putting the signed-in user into the action
        private static bool InjectsUser(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                var n = attribute.AttributeClass?.Name;
                if (n != null && n.StartsWith("Inject", StringComparison.Ordinal)
                    && (n.EndsWith("User", StringComparison.Ordinal) || n.EndsWith("UserAttribute", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>currentUser.FindUserId()</c>, <c>CurrentUser.GetId()</c>: the id getter of a current-user accessor, read by the
        /// call's syntax so that it holds when the accessor's package did not restore (lin-cms-dotnetcore's
        /// <c>ICurrentUser</c> from IGeekFan.FreeKit, judged blind: the call is unbound, its receiver's type an error type that
        /// still has its name) and for extension methods (ABP's <c>GetId()</c>). A getter with arguments, or on any other
        /// receiver, is not the caller.
        /// </summary>
        private static bool IsCallerIdGetter(IOperation value)
        {
            if (!(value is IInvocationOperation || value is IInvalidOperation) || !(value.Syntax is InvocationExpressionSyntax call)
                || call.ArgumentList.Arguments.Count != 0 || !(call.Expression is MemberAccessExpressionSyntax access))
            {
                return false;
            }

            var name = access.Name.Identifier.ValueText;
            if (!(name == "GetId" || name == "FindId" || name == "GetUserId" || name == "FindUserId"))
            {
                return false;
            }

            var receiver = access.Expression is MemberAccessExpressionSyntax qualified ? qualified.Name.Identifier.ValueText
                : (access.Expression as IdentifierNameSyntax)?.Identifier.ValueText;
            return (receiver != null && receiver.TrimStart('_').Equals("currentUser", StringComparison.OrdinalIgnoreCase))
                   || IsCurrentUserAccessor(value.SemanticModel?.GetTypeInfo(access.Expression).Type);
        }

        private static bool IsIdName(string name) =>
            name.Equals("Id", StringComparison.OrdinalIgnoreCase) || name.Equals("UserId", StringComparison.OrdinalIgnoreCase);

        // A field, property or local named currentUser/_currentUser/CurrentUser whose type does not say it (WaterCloud's
        // `public OperatorModel currentuser`, filled from the login cookie, judged blind): the name says whose id it holds.
        // CurrentCustomer is the same accessor in shops (grandnode's and nopCommerce's WorkContext.CurrentCustomer).
        private static bool IsNamedCurrentUser(IOperation instance)
        {
            string? name;
            switch (LocalValueSources.Unwrap(instance))
            {
                case IFieldReferenceOperation field: name = field.Field.Name; break;
                case IPropertyReferenceOperation property: name = property.Property.Name; break;
                case ILocalReferenceOperation local: name = local.Local.Name; break;
                default: return false;
            }

            name = name.TrimStart('_');
            return name.Equals("currentUser", StringComparison.OrdinalIgnoreCase) || name.Equals("currentCustomer", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsCurrentUserAccessor(ITypeSymbol? type)
        {
            var name = type?.Name;
            return name != null && (name.IndexOf("CurrentUser", StringComparison.Ordinal) >= 0 || name.IndexOf("ContextUser", StringComparison.Ordinal) >= 0
                                    || name.IndexOf("UserContext", StringComparison.Ordinal) >= 0);
        }
    }
}
