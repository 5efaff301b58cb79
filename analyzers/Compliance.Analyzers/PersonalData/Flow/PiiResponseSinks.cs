namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// Responses: values returned from controller actions and minimal-API handlers. Each member
    /// initialiser of a returned DTO/anonymous object that carries PII unmasked is a sink; an
    /// entity returned whole is a sink at the returned expression.
    /// </summary>
    internal static class PiiResponseSinks
    {
        private static readonly HashSet<string> ResultFactories = new HashSet<string>(StringComparer.Ordinal)
        {
            "Ok", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction", "AcceptedAtRoute", "Json", "FromResult", "Content",
            // downloads built in memory: File(bytes, "text/csv", name), Results.Text(csv, "text/csv"), Results.Bytes(bytes);
            // a file path or a stream is not read (its content was written, and judged, elsewhere)
            "File", "Text", "Bytes",
            // Web API 2: Request.CreateResponse(HttpStatusCode.OK, value) (an extension method of HttpRequestMessage)
            "CreateResponse",
        };

        private static readonly HashSet<string> MapMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete", "MapMethods", "Map",
        };

        public static void Find(IReturnOperation ret, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            if (ret.ReturnedValue == null || !IsEndpointReturn(ret))
            {
                return;
            }

            Response(ret.ReturnedValue, tracer, hits, 0);
        }

        private static bool IsEndpointReturn(IReturnOperation ret)
        {
            var lambda = PiiFlowTracer.Enclosing(ret);
            if (lambda != null)
            {
                // app.MapGet("/x", (…) => …): the lambda is an argument of a Map* call
                for (var p = lambda.Parent; p != null; p = p.Parent)
                {
                    if (p is IInvocationOperation map)
                    {
                        return MapMethods.Contains(map.TargetMethod.Name);
                    }

                    if (!(p is IConversionOperation || p is IDelegateCreationOperation || p is IArgumentOperation))
                    {
                        return false;
                    }
                }

                return false;
            }

            for (var p = ret.Parent; p != null; p = p.Parent)
            {
                if (p is ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return IsAction(ret.SemanticModel?.GetEnclosingSymbol(ret.Syntax.SpanStart) as IMethodSymbol);
        }

        /// <summary>A controller action: a public instance method of a controller, not marked [NonAction].</summary>
        private static bool IsAction(IMethodSymbol? method)
        {
            if (method == null || method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }

            foreach (var a in method.GetAttributes())
            {
                if (a.AttributeClass?.Name == "NonActionAttribute")
                {
                    return false;
                }
            }

            var type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            // an Azure Functions HTTP trigger ([HttpTrigger] HttpRequest/HttpRequestData req) is an endpoint; the
            // attribute may not bind when the worker package did not restore, so its name decides
            foreach (var parameter in method.Parameters)
            {
                foreach (var a in parameter.GetAttributes())
                {
                    if (a.AttributeClass?.Name == "HttpTriggerAttribute" || a.AttributeClass?.Name == "HttpTrigger")
                    {
                        return true;
                    }
                }
            }

            if (PiiCompilationContext.DerivesFromSimpleName(type, "ControllerBase") || type.Name.EndsWith("Controller", StringComparison.Ordinal))
            {
                return true;
            }

            // a Razor Pages handler (OnGet, OnPostAsync, OnGetLookupAsync) answers the request as an action does: what it
            // returns as a JsonResult or ContentResult is the response body
            if (IsPageHandlerName(method.Name) && PiiCompilationContext.DerivesFromSimpleName(type, "PageModel"))
            {
                return true;
            }

            for (var t = type; t != null; t = t.BaseType)
            {
                foreach (var a in t.GetAttributes())
                {
                    if (a.AttributeClass?.Name == "ApiControllerAttribute" || a.AttributeClass?.Name == "ControllerAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static readonly string[] PageHandlerVerbs = { "OnGet", "OnPost", "OnPut", "OnDelete", "OnPatch" };

        /// <summary>Razor Pages handler names: On{Verb}[Handler][Async].</summary>
        private static bool IsPageHandlerName(string name)
        {
            foreach (var verb in PageHandlerVerbs)
            {
                if (name.StartsWith(verb, StringComparison.Ordinal) && (name.Length == verb.Length || char.IsUpper(name[verb.Length])))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Response(IOperation value, PiiFlowTracer tracer, List<PiiSinkHit> hits, int depth)
        {
            if (depth > 4)
            {
                return;
            }

            value = PiiFlowTracer.Unwrap(value);
            switch (value)
            {
                case IAwaitOperation awaited:
                    Response(awaited.Operation, tracer, hits, depth + 1);
                    return;
                case IConditionalOperation conditional when conditional.WhenFalse != null:
                    // x is null ? NotFound() : Ok(x): each branch is a response of its own
                    Response(conditional.WhenTrue, tracer, hits, depth + 1);
                    Response(conditional.WhenFalse, tracer, hits, depth + 1);
                    return;
                case IInvocationOperation forwarded when ForwardsToAnotherAction(forwarded):
                    // PostProfile(model) => await PutProfile(model) (a deprecated alias): the other action's own returns
                    // are responses themselves, judged there once (the caller's own record there is no disclosure here)
                    return;
                case IInvocationOperation invocation when ResultFactories.Contains(invocation.TargetMethod.Name):
                    // the value argument: named "value"/"data"/"result", else the last object argument
                    IOperation? payload = null;
                    foreach (var argument in invocation.Arguments)
                    {
                        var pname = argument.Parameter?.Name;
                        if (pname == "value" || pname == "data" || pname == "result" || pname == "content" || pname == "fileContents" || pname == "contents")
                        {
                            payload = argument.Value;
                        }
                    }

                    if (payload != null)
                    {
                        Response(payload, tracer, hits, depth + 1);
                    }

                    return;
                case IInvocationOperation wrapper when WrapsPayload(wrapper):
                    // return SUCCESS(list), Success(total, rows), Result.Success().SetData(users), pagination.setData(rows): the
                    // code's own result helper puts its argument into the body, as Ok(value) does
                    foreach (var argument in wrapper.Arguments)
                    {
                        var argumentValue = PiiFlowTracer.Unwrap(argument.Value);
                        if (!argumentValue.ConstantValue.HasValue && argumentValue.Type != null && argumentValue.Type.SpecialType != SpecialType.System_String
                            && PiiCompilationContext.CanHoldPii(argumentValue.Type))
                        {
                            Response(argumentValue, tracer, hits, depth + 1);
                        }
                    }

                    if (wrapper.Instance != null && PiiFlowTracer.Unwrap(wrapper.Instance) is IInvocationOperation chained && WrapsPayload(chained))
                    {
                        Response(chained, tracer, hits, depth + 1);
                    }

                    return;
                case IInvocationOperation select when (select.TargetMethod.Name == "Select" || select.TargetMethod.Name.StartsWith("To", StringComparison.Ordinal)) && select.Arguments.Length > 0:
                    foreach (var argument in select.Arguments)
                    {
                        if (PiiFlowTracer.Unwrap(argument.Value) is IAnonymousFunctionOperation lambda)
                        {
                            foreach (var op in lambda.Body.Descendants())
                            {
                                if (op is IReturnOperation inner && inner.ReturnedValue != null && PiiFlowTracer.Enclosing(inner) == lambda)
                                {
                                    Response(inner.ReturnedValue, tracer, hits, depth + 1);
                                }
                            }

                            return;
                        }
                    }

                    Response(select.Arguments[0].Value, tracer, hits, depth + 1);
                    return;
                case IObjectCreationOperation creation when creation.Type != null && (creation.Type.Name.EndsWith("Result", StringComparison.Ordinal)) && creation.Arguments.Length > 0:
                    // new OkObjectResult(dto), new JsonResult(dto)
                    Response(creation.Arguments[creation.Arguments.Length - 1].Value, tracer, hits, depth + 1);
                    return;
                case IAnonymousObjectCreationOperation anonymous:
                    var anonymousHolders = IssuedTokenResponse.HoldersIn(anonymous.Initializers);
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation assignment && assignment.Target is IPropertyReferenceOperation target)
                        {
                            Member(assignment.Syntax, target.Property.Name, assignment.Value, tracer, hits, depth, anonymousHolders);
                        }
                    }

                    return;
                case IObjectCreationOperation problem when PiiCompilationContext.DerivesFromSimpleName(problem.Type, "ProblemDetails"):
                    // reported as CMP3002 at the same initializer: the more specific rule wins
                    return;
                case IObjectCreationOperation dto:
                    foreach (var argument in dto.Arguments)
                    {
                        if (argument.Parameter != null)
                        {
                            Member(argument.Syntax, argument.Parameter.Name, argument.Value, tracer, hits, depth);
                        }
                    }

                    if (dto.Initializer != null)
                    {
                        var holders = IssuedTokenResponse.HoldersIn(dto.Initializer.Initializers);
                        foreach (var initializer in dto.Initializer.Initializers)
                        {
                            if (initializer is ISimpleAssignmentOperation assignment && assignment.Target is IMemberReferenceOperation target
                                && !tracer.Options.Names.IsOrganisationContact(target.Member.Name, dto.Type?.Name))
                            {
                                // new WarehouseVm { Phone = … }: an organisation's published contact is skipped above
                                Member(assignment.Syntax, target.Member.Name, assignment.Value, tracer, hits, depth, holders);
                            }
                        }
                    }

                    return;
                case IParameterReferenceOperation parameter when EchoedInput.IsCallersOwnInput(parameter):
                    // return Json(model): the form the caller posted, answered back to the caller; what the action put into
                    // it (model.Email = other.Email) is a response member of its own
                    foreach (var op in Common.LocalValueSources.Root(parameter).Descendants())
                    {
                        if (op is ISimpleAssignmentOperation set && set.Target is IMemberReferenceOperation member && member.Instance is IParameterReferenceOperation owner
                            && SymbolEqualityComparer.Default.Equals(owner.Parameter, parameter.Parameter))
                        {
                            Member(set.Syntax, member.Member.Name, set.Value, tracer, hits, depth);
                        }
                    }

                    return;
                case ILocalReferenceOperation local:
                    // var dto = new CustomerDto { … }; dto.Phone = …; return Ok(dto);
                    var root = (IOperation)local;
                    while (root.Parent != null)
                    {
                        root = root.Parent;
                    }

                    // dto.Token = await _tokens.CreateToken(user): the dto answers user
                    var localHolders = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var op in root.Descendants())
                    {
                        if (op is ISimpleAssignmentOperation issued && issued.Target is IMemberReferenceOperation tokenMember && tokenMember.Instance is ILocalReferenceOperation dtoLocal
                            && SymbolEqualityComparer.Default.Equals(dtoLocal.Local, local.Local))
                        {
                            IssuedTokenResponse.AddHolders(tokenMember.Member.Name, issued.Value, localHolders);
                        }
                    }

                    var found = false;
                    foreach (var op in root.Descendants())
                    {
                        if (op is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) && declarator.Initializer != null)
                        {
                            found = true;
                            Response(declarator.Initializer.Value, tracer, hits, depth + 1);
                        }
                        else if (op is ISimpleAssignmentOperation set && set.Target is IMemberReferenceOperation member && member.Instance is ILocalReferenceOperation owner
                                 && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local))
                        {
                            Member(set.Syntax, member.Member.Name, set.Value, tracer, hits, depth, localHolders);
                        }
                        else if (op is IInvocationOperation fill && fill.Instance is ILocalReferenceOperation filled && SymbolEqualityComparer.Default.Equals(filled.Local, local.Local)
                                 && FillsPayload(fill))
                        {
                            // var response = ResponseModelFactory.CreateResultInstance; response.SetData(list); return Ok(response): the
                            // envelope's payload was put in by a call on it
                            foreach (var argument in fill.Arguments)
                            {
                                var argumentValue = PiiFlowTracer.Unwrap(argument.Value);
                                if (!argumentValue.ConstantValue.HasValue && argumentValue.Type != null && argumentValue.Type.SpecialType != SpecialType.System_String
                                    && PiiCompilationContext.CanHoldPii(argumentValue.Type))
                                {
                                    Response(argumentValue, tracer, hits, depth + 1);
                                }
                            }
                        }
                    }

                    if (!found)
                    {
                        Whole(value, tracer, hits);
                    }

                    return;
                default:
                    Whole(value, tracer, hits);
                    return;
            }
        }

        private static readonly HashSet<string> WrapperWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "success", "succeed", "ok", "data", "page", "paged", "result", "response", "json",
        };

        private static readonly string[] ResultTypeWords = { "Result", "Response", "CallBack", "Callback", "Json", "Return" };

        /// <summary>
        /// A result helper of the code (not a framework factory): named for wrapping a payload (<c>SUCCESS</c>, <c>Success</c>,
        /// <c>SetData</c>, <c>PageData</c>, <c>ToResponse</c>) and returning a result type (<c>IActionResult</c>, <c>ApiResult</c>,
        /// <c>AjaxResult</c>, <c>WebApiCallBack</c>) or a bare object (<c>SoulPage.setData</c>). A service call (<c>GetUser(id)</c>,
        /// <c>InsertUser(user)</c>) is not one: what it returns is judged as the returned value.
        /// </summary>
        private static bool WrapsPayload(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.ReturnsVoid || invocation.Arguments.Length == 0 && invocation.Instance == null)
            {
                return false;
            }

            // RedirectToPage("Detail", new { id = r.ResidentId }) names a page, not a payload: its route values go to a
            // Location header, no body (heldout9's Admit.cshtml.cs, sixteenth session)
            if (method.Name.IndexOf("Redirect", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            var named = false;
            foreach (var token in PiiNameClassifier.Tokenize(method.Name))
            {
                named |= WrapperWords.Contains(token);
            }

            if (!named)
            {
                return false;
            }

            var type = PiiFlowTracer.UnwrapTask(invocation.Type);
            if (type == null || type.SpecialType == SpecialType.System_Object)
            {
                return true;
            }

            // a typed page or result (PagedResult<UserDto>) says what it carries: it is the returned value, judged whole
            if (type.SpecialType != SpecialType.None || !SymbolEqualityComparer.Default.Equals(PiiTypeMembers.PayloadType(type), type))
            {
                return false;
            }

            // the controller's own helper (this.SUCCESS), a static factory (ApiResult.Success) or a fluent result (Result.Success().SetData):
            // a call on a service (_users.GetResult(query)) answers what the service returns
            var receiver = invocation.Instance == null ? null : PiiFlowTracer.Unwrap(invocation.Instance);
            if (receiver != null && !(receiver is IInstanceReferenceOperation) && !(receiver.Type != null && NamesResult(receiver.Type.Name)))
            {
                return false;
            }

            for (var t = type; t != null; t = t.BaseType)
            {
                if (NamesResult(t.Name))
                {
                    return true;
                }
            }

            foreach (var i in type.AllInterfaces)
            {
                if (NamesResult(i.Name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A call that puts the payload into a result envelope held in a local: named for it (<c>SetData</c>, <c>SetResult</c>,
        /// <c>SetPage</c>) on a type named as a result or response (<c>ResponseResultModel</c>, <c>ApiResult</c>).
        /// </summary>
        private static bool FillsPayload(IInvocationOperation invocation)
        {
            var type = invocation.Instance?.Type;
            if (type == null || !invocation.TargetMethod.Name.StartsWith("Set", StringComparison.Ordinal) || invocation.Arguments.Length == 0)
            {
                return false;
            }

            var named = false;
            foreach (var token in PiiNameClassifier.Tokenize(invocation.TargetMethod.Name))
            {
                named |= WrapperWords.Contains(token) || token == "rows" || token == "items" || token == "list";
            }

            if (!named)
            {
                return false;
            }

            for (var t = type; t != null; t = t.BaseType)
            {
                if (NamesResult(t.Name))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool NamesResult(string typeName)
        {
            foreach (var word in ResultTypeWords)
            {
                if (typeName.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ForwardsToAnotherAction(IInvocationOperation invocation)
        {
            var target = invocation.TargetMethod;
            if (!(invocation.Instance is IInstanceReferenceOperation) || target.DeclaringSyntaxReferences.Length == 0 || !IsAction(target))
            {
                return false;
            }

            var caller = invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart) as IMethodSymbol;
            return caller != null && !SymbolEqualityComparer.Default.Equals(caller, target.OriginalDefinition);
        }

        /// <summary>
        /// A response property: PII when its name or its value says so, unless masked, or unless it is the own
        /// data of the account the same response issues a token to (<see cref="IssuedTokenResponse"/>).
        /// </summary>
        private static void Member(SyntaxNode node, string propertyName, IOperation value, PiiFlowTracer tracer, List<PiiSinkHit> hits, int depth, HashSet<string>? tokenHolders = null)
        {
            if (IssuedTokenResponse.ReadsHolder(value, tokenHolders) || CallerOwnRecord.Is(value) || CallerFilteredCopy.Is(value, tracer.Options))
            {
                return;
            }

            var inner = PiiFlowTracer.Unwrap(value);
            if (inner is IAnonymousObjectCreationOperation || (inner is IObjectCreationOperation c && c.Initializer != null))
            {
                Response(inner, tracer, hits, depth + 1);
                return;
            }

            var flows = tracer.Trace(value, node, propertyName);
            if (flows.Count > 0)
            {
                AddHit(hits, node, flows);
            }
        }

        /// <summary>An entity or DTO returned whole: its PII properties are serialised.</summary>
        private static void Whole(IOperation value, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            if (CallerOwnRecord.Is(value) || CallerFilteredCopy.Is(value, tracer.Options) || AnswersInputModel(value))
            {
                return;
            }

            var flows = tracer.Trace(value, value.Syntax, serialize: true);
            if (flows.Count > 0)
            {
                AddHit(hits, value.Syntax, flows);
            }
        }

        /// <summary>
        /// The rows answered are of a type named as an input model (<c>SysUserImportInput</c>, <c>CreateUserInput</c>, inside an
        /// import preview or result envelope): by its own words it is what the caller submitted — the rows of the file the same
        /// administrator just uploaded — echoed back, not records read for them (SimpleAdmin's user import, orgcust).
        /// </summary>
        private static bool AnswersInputModel(IOperation value)
        {
            var payload = PiiTypeMembers.PayloadType(value.Type);
            if (payload == null || payload.SpecialType != SpecialType.None || SymbolEqualityComparer.Default.Equals(payload, value.Type))
            {
                return false;
            }

            var words = Detection.PiiNameClassifier.Tokenize(payload.Name);
            return words.Count > 1 && words[words.Count - 1] == "input";
        }

        private static void AddHit(List<PiiSinkHit> hits, SyntaxNode node, List<PiiFlow> flows)
        {
            PiiSinkFinder.DropUnreportedPasswords(PiiSinkKind.Response, flows);
            if (flows.Count == 0)
            {
                return;
            }

            foreach (var existing in hits)
            {
                if (existing.Node == node && existing.Kind == PiiSinkKind.Response)
                {
                    existing.Flows.AddRange(flows);
                    return;
                }
            }

            hits.Add(new PiiSinkHit(PiiSinkKind.Response, node, "response", flows));
        }
    }
}
