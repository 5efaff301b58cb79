namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// The raw payload of an HTTP request: the body read whole (<c>new StreamReader(Request.Body).ReadToEndAsync()</c>,
    /// <c>request.Content.ReadAsStringAsync()</c> of an <c>HttpRequestMessage</c>) or the posted form whole
    /// (<c>Request.Form</c>, <c>await req.ReadFormAsync()</c>). A request carries what the person typed into it — the
    /// registration, the order, the card — so a log or log file that records the payload records their personal data, whatever
    /// the variable is called (<c>body</c>, <c>raw</c>). Reported at logs and files only: echoing a body back or parsing it
    /// is judged by its parsed members. One field read by key (<c>Request.Form["mobile"]</c>) is judged by its key, as before;
    /// a response body (<c>response.Content</c>) is what a service answered, not what a person sent.
    /// </summary>
    internal static class RawRequestPayload
    {
        internal const string BodySymbol = "HttpRequest.Body";
        internal const string FormSymbol = "HttpRequest.Form";
        internal const string ContentSymbol = "HttpRequestMessage.Content";

        /// <summary>Whether a sink of this kind reports a raw payload (logs and files keep it; responses and exceptions are judged otherwise).</summary>
        internal static bool IsReportedAt(PiiSinkKind kind) => kind == PiiSinkKind.Log || kind == PiiSinkKind.File;

        /// <summary>The payload <paramref name="op"/> reads whole, or null (most operations; cheap checks first).</summary>
        internal static string? Of(IOperation op, Func<IOperation, ILocalSymbol, System.Collections.Generic.List<IOperation>> definitions) => Of(op, definitions, 0);

        private static string? Of(IOperation op, Func<IOperation, ILocalSymbol, System.Collections.Generic.List<IOperation>> definitions, int depth)
        {
            if (depth > 4)
            {
                return null;
            }

            switch (op)
            {
                case IAwaitOperation awaited:
                    return Of(awaited.Operation, definitions, depth + 1);
                case IConversionOperation conversion:
                    return Of(conversion.Operand, definitions, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Of(parenthesized.Operand, definitions, depth + 1);
                case IInvocationOperation call:
                    return OfCall(call, definitions, depth);
                case IPropertyReferenceOperation property when property.Property.Name == "Form" && IsHttpRequest(property.Instance?.Type):
                    return FormSymbol;
                case ILocalReferenceOperation local when local.Type == null || !PiiCompilationContext.CanHoldPii(local.Type) || local.Type.TypeKind == TypeKind.Error:
                    // var form = await req.ReadFormAsync(): a form collection is not a value the tracer follows by itself
                    foreach (var definition in definitions(local, local.Local))
                    {
                        if (Of(definition, definitions, depth + 1) is string found)
                        {
                            return found;
                        }
                    }

                    return null;
                case IInvalidOperation invalid:
                    return OfUnbound(invalid.Syntax);
                default:
                    return null;
            }
        }

        private static string? OfCall(IInvocationOperation call, Func<IOperation, ILocalSymbol, System.Collections.Generic.List<IOperation>> definitions, int depth)
        {
            var name = call.TargetMethod.Name;
            switch (name)
            {
                case "ReadFormAsync":
                    return IsHttpRequest(call.Instance?.Type) || call.Arguments.Length > 0 && IsHttpRequest(call.Arguments[0].Value.Type) ? FormSymbol : null;
                case "ReadToEnd":
                case "ReadToEndAsync":
                    return call.Instance != null && ReaderOverRequestBody(call.Instance, definitions) ? BodySymbol : null;
                case "ReadAsStringAsync":
                    // request.Content.ReadAsStringAsync(): the content of a request message (a Web API 2 action's or a handler's)
                    return call.Instance is IPropertyReferenceOperation content && content.Property.Name == "Content"
                           && content.Instance?.Type?.Name == "HttpRequestMessage" ? ContentSymbol : null;
                case "ToString":
                    // Request.Form.ToString() of System.Web: the whole form, url-encoded
                    return call.Instance != null && Of(call.Instance, definitions, depth + 1) == FormSymbol ? FormSymbol : null;
                default:
                    return null;
            }
        }

        /// <summary>new StreamReader(context.Request.Body) — directly or through the local it was stored in.</summary>
        private static bool ReaderOverRequestBody(IOperation reader, Func<IOperation, ILocalSymbol, System.Collections.Generic.List<IOperation>> definitions)
        {
            reader = PiiFlowTracer.Unwrap(reader);
            if (reader is ILocalReferenceOperation local)
            {
                foreach (var definition in definitions(local, local.Local))
                {
                    if (PiiFlowTracer.Unwrap(definition) is IObjectCreationOperation created && IsReaderOverRequestBody(created))
                    {
                        return true;
                    }
                }

                return false;
            }

            return reader is IObjectCreationOperation creation && IsReaderOverRequestBody(creation);
        }

        private static bool IsReaderOverRequestBody(IObjectCreationOperation creation)
        {
            if (creation.Type?.Name != "StreamReader" || creation.Arguments.Length == 0)
            {
                return false;
            }

            var stream = PiiFlowTracer.Unwrap(creation.Arguments[0].Value);
            if (stream is IPropertyReferenceOperation body)
            {
                return (body.Property.Name == "Body" || body.Property.Name == "InputStream") && IsHttpRequest(body.Instance?.Type);
            }

            return stream is IInvalidOperation unbound && IsRequestMember(unbound.Syntax, "Body", "InputStream");
        }

        /// <summary>Without the web framework's reference (System.Web in a fallback compilation): Request.Form, Request.Form.ToString().</summary>
        private static string? OfUnbound(SyntaxNode syntax)
        {
            if (syntax is InvocationExpressionSyntax call && call.ArgumentList.Arguments.Count == 0
                && call.Expression is MemberAccessExpressionSyntax toString && toString.Name.Identifier.ValueText == "ToString")
            {
                syntax = toString.Expression;
            }

            return IsRequestMember(syntax, "Form") ? FormSymbol : null;
        }

        /// <summary><c>Request.Form</c>, <c>HttpContext.Current.Request.Form</c>, <c>req.Body</c>: a member of something named the request.</summary>
        private static bool IsRequestMember(SyntaxNode syntax, string member, string? other = null)
        {
            if (!(syntax is MemberAccessExpressionSyntax access))
            {
                return false;
            }

            var name = access.Name.Identifier.ValueText;
            if (name != member && name != other)
            {
                return false;
            }

            var receiver = access.Expression switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText,
                MemberAccessExpressionSyntax inner => inner.Name.Identifier.ValueText,
                _ => string.Empty,
            };
            return receiver == "Request" || receiver == "request" || receiver == "req" || receiver == "_request";
        }

        /// <summary>ASP.NET Core's HttpRequest, classic ASP.NET's HttpRequest/HttpRequestBase/HttpRequestWrapper.</summary>
        private static bool IsHttpRequest(ITypeSymbol? type)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                if (t.Name == "HttpRequest" || t.Name == "HttpRequestBase")
                {
                    var ns = PiiCompilationContext.Namespace(t);
                    return ns == "Microsoft.AspNetCore.Http" || ns == "System.Web";
                }
            }

            return false;
        }
    }
}
