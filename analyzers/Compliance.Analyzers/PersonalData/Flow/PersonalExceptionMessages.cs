namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using System.Linq;
    using Compliance.Analyzers.Common;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// <c>ex.Message</c> read where the exception was thrown elsewhere: the message is personal data when this compilation
    /// throws the exception's type with personal data in its message (a throw CMP3002 reports at precision medium or above:
    /// <c>throw new InsuranceException($"… {request.PatientName} {request.InsuranceNo}")</c>). A handler that answers the
    /// message to the caller (<c>ProblemDetails.Detail = ex.Message</c>, <c>Problem(detail: ex.Message)</c>) then sends it
    /// to whoever made the request. Which throws can reach the handler:
    /// <list type="bullet">
    /// <item>a type declared in this compilation (the application's own exception): every throw of it or of a subtype;</item>
    /// <item>a library type (FormatException, InvalidOperationException) caught by <c>catch (T ex)</c>: only throws in a
    /// method the try block calls, as these types are thrown for many unrelated reasons;</item>
    /// <item><c>System.Exception</c> itself: only in a global handler (an exception filter's <c>context.Exception</c>, an
    /// exception handler feature's <c>Error</c>, <c>IExceptionHandler.TryHandleAsync</c>'s parameter, a middleware's catch
    /// around <c>next(…)</c>): every unhandled exception of the application reaches it. A local <c>catch (Exception)</c> is
    /// left alone (what its try block throws is not followed).</item>
    /// </list>
    /// Computed once per compilation, on first use; a throw whose own message reads an exception's message is not
    /// followed further.
    /// </summary>
    internal static class PersonalExceptionMessages
    {
        internal sealed class Thrown
        {
            public Thrown(ITypeSymbol type, IMethodSymbol? thrower, PiiFlow flow)
            {
                Type = type;
                Thrower = thrower;
                Flow = flow;
            }

            public ITypeSymbol Type { get; }
            public IMethodSymbol? Thrower { get; }
            public PiiFlow Flow { get; }
        }

        [ThreadStatic]
        private static bool computing;

        /// <summary>Throws of this compilation whose message carries personal data (precision not low), in source order.</summary>
        public static List<Thrown> Find(PiiCompilationContext context)
        {
            var found = new List<Thrown>();
            if (context.IsTestProject)
            {
                return found; // a test's thrown sample data is no application's message
            }

            computing = true;
            try
            {
                foreach (var tree in context.Compilation.SyntaxTrees)
                {
                    if (PathFolders.IsTest(tree.FilePath))
                    {
                        continue; // a test's throw (a fallback compilation holds the test projects too) never reaches the app's handlers
                    }

                    SemanticModel? model = null;
                    // the throws only, found by their keyword in the text: a walk of every node of the compilation cost more
                    // than the throws' own checks (docs/precision.md, "Fifteenth session, cost11")
                    foreach (var keyword in Common.SourceLookup.KeywordTokens(tree, "throw", SyntaxKind.ThrowKeyword))
                    {
                        var node = keyword.Parent!;
                        var created = node is ThrowStatementSyntax statement ? statement.Expression : (node as ThrowExpressionSyntax)?.Expression;
                        if (!(created is BaseObjectCreationExpressionSyntax creation) || creation.ArgumentList == null
                            || creation.ArgumentList.Arguments.All(a => a.Expression is LiteralExpressionSyntax))
                        {
                            continue;
                        }

                        model ??= context.Compilation.GetSemanticModel(tree);
                        if (!(model.GetOperation(node) is IThrowOperation thrown) || !(PiiFlowTracer.Unwrap(thrown.Exception!) is IObjectCreationOperation op) || op.Type == null)
                        {
                            continue;
                        }

                        var hits = new List<PiiSinkHit>();
                        PiiSinkFinder.FindInThrow(thrown, new PiiFlowTracer(context, context.OptionsFor(tree)), hits);
                        foreach (var hit in hits)
                        {
                            if (hit.HasUnmasked && PiiSinkAnalyzerBase.Reported(hit) is PiiFlow flow && !flow.Masked
                                && PiiSinkAnalyzerBase.PrecisionFor(flow, PiiSinkKind.Exception) != "low")
                            {
                                found.Add(new Thrown(op.Type, model.GetEnclosingSymbol(node.SpanStart) as IMethodSymbol, flow));
                                break;
                            }
                        }
                    }
                }
            }
            finally
            {
                computing = false;
            }

            return found;
        }

        /// <summary>The throw whose personal data <paramref name="instance"/>'s <c>Message</c> may carry, or null.</summary>
        public static PiiFlow? MessageOf(IOperation messageReference, IOperation instance, PiiCompilationContext context, Func<IOperation, ILocalSymbol, List<IOperation>> definitions)
        {
            if (computing)
            {
                return null;
            }

            instance = Receiver(instance);
            var type = NarrowedType(messageReference, instance) ?? instance.Type;
            if (type == null || type.TypeKind == TypeKind.Error)
            {
                return null;
            }

            var isException = type.SpecialType == SpecialType.None && type.Name == "Exception" && PiiCompilationContext.Namespace(type) == "System";
            var declaredHere = type.DeclaringSyntaxReferences.Length > 0;
            List<IMethodSymbol>? called = null;
            if (isException)
            {
                if (!IsUnhandled(instance, definitions, 0))
                {
                    return null;
                }
            }
            else if (!declaredHere)
            {
                if (!(instance is ILocalReferenceOperation local) || !(CatchOf(local.Local) is CatchClauseSyntax clause) || !(clause.Parent is TryStatementSyntax tryStatement))
                {
                    return null;
                }

                called = CalledMethods(tryStatement.Block, messageReference);
            }

            foreach (var thrown in context.ThrowsWithPersonalData)
            {
                if (PiiCompilationContext.DerivesFrom(thrown.Type, type as INamedTypeSymbol, PiiCompilationContext.FullName(type))
                    && (called == null || thrown.Thrower != null && called.Any(m => SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, thrown.Thrower.OriginalDefinition))))
                {
                    return thrown.Flow;
                }
            }

            return null;
        }

        private static IOperation Receiver(IOperation instance)
        {
            instance = PiiFlowTracer.Unwrap(instance);
            if (instance is IConditionalAccessInstanceOperation)
            {
                for (var p = instance.Parent; p != null; p = p.Parent)
                {
                    if (p is IConditionalAccessOperation owner)
                    {
                        return PiiFlowTracer.Unwrap(owner.Operation);
                    }
                }
            }

            return instance;
        }

        // context.Exception is InsuranceException ? context.Exception.Message : "…": the type the condition checked
        private static ITypeSymbol? NarrowedType(IOperation messageReference, IOperation instance)
        {
            var text = instance.Syntax.ToString();
            var child = messageReference;
            for (var p = messageReference.Parent; p != null && !(p is IMethodBodyOperation) && !(p is IAnonymousFunctionOperation); child = p, p = p.Parent)
            {
                if (p is IConditionalOperation conditional && conditional.WhenTrue == child)
                {
                    var checkedValue = conditional.Condition switch
                    {
                        IIsTypeOperation isType => (isType.ValueOperand, isType.TypeOperand),
                        IIsPatternOperation { Pattern: ITypePatternOperation t } pattern => (pattern.Value, t.MatchedType),
                        IIsPatternOperation { Pattern: IDeclarationPatternOperation d } pattern => (pattern.Value, d.MatchedType),
                        _ => ((IOperation?)null, (ITypeSymbol?)null),
                    };
                    if (checkedValue.Item1 != null && checkedValue.Item2 != null && PiiFlowTracer.Unwrap(checkedValue.Item1).Syntax.ToString() == text)
                    {
                        return checkedValue.Item2;
                    }
                }
            }

            return null;
        }

        private static readonly HashSet<string> HandlerMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "OnException", "OnExceptionAsync", "TryHandleAsync", "HandleExceptionAsync", "HandleException",
        };

        /// <summary>An exception that can be any the application did not handle: what a global handler receives.</summary>
        private static bool IsUnhandled(IOperation instance, Func<IOperation, ILocalSymbol, List<IOperation>> definitions, int depth)
        {
            switch (instance)
            {
                case IConditionalAccessOperation conditional:
                    return IsUnhandled(PiiFlowTracer.Unwrap(conditional.WhenNotNull), definitions, depth);
                case IPropertyReferenceOperation property:
                    // ExceptionContext.Exception, IExceptionHandlerFeature.Error
                    return property.Property.Name == "Exception" || property.Property.Name == "Error";
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter.ContainingSymbol is IMethodSymbol method && HandlerMethods.Contains(method.Name);
                case ILocalReferenceOperation local:
                    if (CatchOf(local.Local) is CatchClauseSyntax clause)
                    {
                        // a middleware: try { await next(context); } catch (Exception ex) { … }
                        return clause.Parent is TryStatementSyntax tryStatement && tryStatement.Block.DescendantNodes().OfType<InvocationExpressionSyntax>()
                            .Any(i => IsNextCall(i.Expression));
                    }

                    return depth < 2 && definitions(local, local.Local).Any(d => IsUnhandled(Receiver(d), definitions, depth + 1));
                default:
                    return false;
            }
        }

        private static bool IsNextCall(ExpressionSyntax callee)
        {
            var name = callee is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : (callee as IdentifierNameSyntax)?.Identifier.ValueText;
            return name == "next" || name == "_next" || name == "Next" || name == "Invoke" && callee is MemberAccessExpressionSyntax m && m.Expression.ToString().TrimStart('_').Equals("next", StringComparison.OrdinalIgnoreCase);
        }

        private static CatchClauseSyntax? CatchOf(ILocalSymbol local)
        {
            foreach (var reference in local.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is CatchDeclarationSyntax declaration && declaration.Parent is CatchClauseSyntax clause)
                {
                    return clause;
                }
            }

            return null;
        }

        private static List<IMethodSymbol> CalledMethods(BlockSyntax block, IOperation anyOperation)
        {
            var methods = new List<IMethodSymbol>();
            var model = anyOperation.SemanticModel;
            if (model == null || model.SyntaxTree != block.SyntaxTree)
            {
                return methods;
            }

            foreach (var invocation in block.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method)
                {
                    methods.Add(method);
                }
            }

            return methods;
        }
    }
}
