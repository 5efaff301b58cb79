namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using System.Runtime.CompilerServices;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// Intra-procedural, flow-insensitive backwards walk from a sink argument to the personal
    /// information it carries: through locals (all their assignments in the member),
    /// concatenation, interpolation, string.Format/Concat/Join, ToString() and string methods,
    /// encodings and plain hashes (a SHA-256 of a phone is not masking), conditional and
    /// coalesce operators, Select lambdas and object initialisers. It stops at masking helpers
    /// (flows marked masked), keyed HMACs, safe projections (Length, Count, last four
    /// characters, bool results) and constants. Depth- and size-limited; never throws on
    /// incomplete code (invalid operations simply yield nothing).
    /// </summary>
    internal sealed class PiiFlowTracer
    {
        private const int MaxDepth = 48;
        private const int MaxFlows = 16;
        private const int MaxVisits = 4000;
        private int visits;

        private readonly PiiCompilationContext context;
        private readonly PiiOptions options;
        private readonly HashSet<ILocalSymbol> visitingLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        private readonly List<PiiFlow> flows = new List<PiiFlow>();
        private SyntaxNode? sinkNode;

        public PiiFlowTracer(PiiCompilationContext context, PiiOptions options, IMethodSymbol? probe = null)
        {
            this.context = context;
            this.options = options;
            Probe = probe;
        }

        public PiiOptions Options => options;

        internal PiiCompilationContext Context => context;

        /// <summary>
        /// A helper whose parameters are being followed (<see cref="HelperSinks"/>): a reference to one of its parameters is
        /// a flow of its own (<see cref="HelperSinks.ProbeSymbol"/>), whatever the parameter is called.
        /// </summary>
        internal IMethodSymbol? Probe { get; }

        /// <summary>How many more helper levels a probe may follow (<see cref="HelperSinks"/>: a log class's Info → its private Write).</summary>
        internal int ProbeLevels { get; set; }

        /// <summary>
        /// Traces <paramref name="value"/>. <paramref name="hint"/> is a name the value is bound to
        /// (a template placeholder {Phone}, a [LoggerMessage] parameter, a response property or a
        /// telemetry key): when it names PII, an otherwise unknown value counts as that PII.
        /// <paramref name="serialize"/> means the whole object is written (JSON, destructuring, CSV
        /// records), so PII properties of its type count.
        /// </summary>
        public List<PiiFlow> Trace(IOperation? value, SyntaxNode sink, string? hint = null, bool serialize = false, bool masked = false)
        {
            flows.Clear();
            visitingLocals.Clear();
            visits = 0;
            sinkNode = sink;
            if (value != null)
            {
                Hint? h = null;
                if (hint != null && options.Names.TryClassify(hint, null, out var category))
                {
                    h = new Hint(hint, category);
                }

                Visit(value, h, serialize, masked, 0, null);
            }

            return new List<PiiFlow>(flows);
        }

        private sealed class Hint
        {
            public Hint(string name, PiiCategory category)
            {
                Name = name;
                Category = category;
            }

            public string Name { get; }
            public PiiCategory Category { get; }
        }

        private void Add(PiiCategory category, bool classified, string symbol, IOperation origin, SyntaxNode? carrier, bool masked)
        {
            if (flows.Count >= MaxFlows)
            {
                return;
            }

            var carrierNode = carrier ?? (IsInsideSink(origin.Syntax) ? origin.Syntax : null);
            foreach (var f in flows)
            {
                if (f.Origin == origin.Syntax && f.Masked == masked && f.Symbol == symbol)
                {
                    return;
                }
            }

            flows.Add(new PiiFlow(category, classified, symbol, origin.Syntax, carrierNode, masked));
        }

        private bool IsInsideSink(SyntaxNode node) => sinkNode != null && sinkNode.SyntaxTree == node.SyntaxTree && sinkNode.Span.Contains(node.Span);

        private static SyntaxNode? CarrierFor(IOperation op, SyntaxNode? carrier, Func<SyntaxNode, bool> insideSink) =>
            carrier ?? (insideSink(op.Syntax) ? op.Syntax : null);

        private void Visit(IOperation? op, Hint? hint, bool serialize, bool masked, int depth, SyntaxNode? carrier)
        {
            // bounded work per sink argument, whatever the shape of the member
            if (op == null || depth > MaxDepth || flows.Count >= MaxFlows || ++visits > MaxVisits)
            {
                return;
            }

            // a request's body or form read whole (RawRequestPayload), before the type check: a form collection is a framework type
            if (RawRequestPayload.Of(op, FindDefinitions) is string payload)
            {
                Add(PiiCategory.Other, false, payload, op, carrier, masked);
                if (flows.Count > 0 && flows[flows.Count - 1].Symbol == payload)
                {
                    flows[flows.Count - 1].RawPayload = true;
                }

                return;
            }

            if (op.ConstantValue.HasValue || !PiiCompilationContext.CanHoldPii(op.Type))
            {
                return;
            }

            // logger.LogDebug("Loaded {Patient}", patient), "card " + card: the object is written as its own ToString() override
            // returns it (a serialised object is judged by its members instead)
            if (!serialize && (op is ILocalReferenceOperation || op is IParameterReferenceOperation || op is IMemberReferenceOperation || op is IInvocationOperation)
                && op.Type != null && context.ToStringOverrides.GetOrAdd(op.Type, FindToStringOverride) is IMethodSymbol toString)
            {
                VisitHelperReturns(toString, null, masked, depth, carrier ?? CarrierFor(op, null, IsInsideSink) ?? op.Syntax);
            }

            // a raw row whose split columns this member stores as personal data (SplitRowFields)
            if ((op is ILocalReferenceOperation || op is IArrayElementReferenceOperation) && op.Type?.SpecialType == SpecialType.System_String
                && SplitRowFields.Find(op.Syntax, options) is SplitRowFields.Field row)
            {
                Add(row.Category, false, row.Symbol, op, carrier ?? CarrierFor(op, null, IsInsideSink), masked);
            }

            switch (op)
            {
                case IConversionOperation conversion:
                    Visit(conversion.Operand, hint, serialize, masked, depth + 1, carrier);
                    return;
                case IParenthesizedOperation parenthesized:
                    Visit(parenthesized.Operand, hint, serialize, masked, depth + 1, carrier);
                    return;
                case IAwaitOperation awaited:
                    Visit(awaited.Operation, hint, serialize, masked, depth + 1, carrier);
                    return;
                case IArgumentOperation argument:
                    Visit(argument.Value, hint, serialize, masked, depth + 1, carrier);
                    return;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation)
                        {
                            Visit(interpolation.Expression, null, false, masked, depth + 1, carrier);
                        }
                        else if (part is IInterpolatedStringAppendOperation append && append.AppendCall is IInvocationOperation appendCall)
                        {
                            // interpolated string handlers (Debug.WriteLineIf, StringBuilder.Append($"…")): AppendFormatted(value)
                            foreach (var argument in appendCall.Arguments)
                            {
                                Visit(argument.Value, null, false, masked, depth + 1, carrier);
                            }
                        }
                    }

                    return;
                case IInterpolatedStringHandlerCreationOperation handler:
                    Visit(handler.Content, hint, false, masked, depth + 1, carrier);
                    return;
                case IBinaryOperation binary:
                    if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
                    {
                        Visit(binary.LeftOperand, hint, false, masked, depth + 1, carrier);
                        Visit(binary.RightOperand, hint, false, masked, depth + 1, carrier);
                    }

                    return;
                case IConditionalOperation conditional:
                    Visit(conditional.WhenTrue, hint, serialize, masked, depth + 1, carrier);
                    Visit(conditional.WhenFalse, hint, serialize, masked, depth + 1, carrier);
                    return;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, hint, serialize, masked, depth + 1, carrier);
                    Visit(coalesce.WhenNull, hint, serialize, masked, depth + 1, carrier);
                    return;
                case IConditionalAccessOperation conditionalAccess:
                    Visit(conditionalAccess.WhenNotNull, hint, serialize, masked, depth + 1, carrier ?? CarrierFor(conditionalAccess, null, IsInsideSink));
                    return;
                case IConditionalAccessInstanceOperation instance:
                    // receiver of ?. : find the conditional access that owns it
                    for (var p = instance.Parent; p != null; p = p.Parent)
                    {
                        if (p is IConditionalAccessOperation owner)
                        {
                            Visit(owner.Operation, hint, serialize, masked, depth + 1, carrier);
                            break;
                        }
                    }

                    return;
                case ILocalReferenceOperation local:
                    VisitLocal(local, hint, serialize, masked, depth, carrier);
                    return;
                case IParameterReferenceOperation parameter when Probe != null && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, Probe):
                    Add(PiiCategory.Other, false, HelperSinks.ProbeSymbol(parameter.Parameter.Ordinal, serialize), parameter, carrier, masked);
                    return;
                case IParameterReferenceOperation parameter:
                    VisitSymbolLeaf(parameter, parameter.Parameter, null, hint, serialize, masked, carrier);
                    return;
                case IFieldReferenceOperation field:
                    VisitMember(field, field.Field, field.Instance, hint, serialize, masked, depth, carrier);
                    return;
                case IPropertyReferenceOperation property:
                    VisitMember(property, property.Property, property.Instance, hint, serialize, masked, depth, carrier);
                    return;
                case IInvocationOperation invocation:
                    VisitInvocation(invocation, hint, serialize, masked, depth, carrier);
                    return;
                case IArrayCreationOperation array:
                    if (array.Initializer != null)
                    {
                        foreach (var element in array.Initializer.ElementValues)
                        {
                            Visit(element, null, serialize, masked, depth + 1, carrier);
                        }
                    }

                    return;
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation assignment && assignment.Target is IPropertyReferenceOperation target)
                        {
                            Visit(assignment.Value, HintFor(target.Property.Name, null), false, masked, depth + 1, carrier);
                        }
                    }

                    return;
                case IObjectCreationOperation creation:
                    if (creation.Initializer != null)
                    {
                        foreach (var initializer in creation.Initializer.Initializers)
                        {
                            if (initializer is ISimpleAssignmentOperation assignment && assignment.Target is IMemberReferenceOperation target)
                            {
                                if (options.Names.IsOrganisationContact(target.Member.Name, creation.Type?.Name))
                                {
                                    // new WarehouseVm { Phone = address.Phone }: the organisation's published contact
                                    continue;
                                }

                                Visit(assignment.Value, HintFor(target.Member.Name, creation.Type?.Name), false, masked, depth + 1, carrier);
                            }
                        }
                    }

                    // new string(chars), new StringBuilder(phone): the argument flows on
                    if (creation.Type?.SpecialType == SpecialType.System_String || creation.Type?.Name == "StringBuilder" || creation.Type?.Name == "KeyValuePair")
                    {
                        foreach (var argument in creation.Arguments)
                        {
                            Visit(argument.Value, null, false, masked, depth + 1, carrier);
                        }
                    }

                    return;
                case IArrayElementReferenceOperation element:
                    Visit(element.ArrayReference, hint, serialize, masked, depth + 1, carrier);
                    return;
                case IAssignmentOperation assignmentExpression:
                    Visit(assignmentExpression.Value, hint, serialize, masked, depth + 1, carrier);
                    return;
                case ILiteralOperation _:
                case IDefaultValueOperation _:
                case ITypeOfOperation _:
                case INameOfOperation _:
                case ISizeOfOperation _:
                case IIsPatternOperation _:
                case IIsTypeOperation _:
                    return;
                case IInvalidOperation invalid when IsUnboundAppend(invalid):
                    // an unresolved Append (IsUnboundAppend): the builder and the arguments flow on, as for a resolved one
                    foreach (var child in invalid.ChildOperations)
                    {
                        Visit(child, null, false, masked, depth + 1, carrier);
                    }

                    return;
                case IInvalidOperation invalid:
                    VisitUnboundMember(invalid, hint, masked, carrier);
                    return;
            }

            if (op.Kind == OperationKind.ImplicitIndexerReference)
            {
                // phone[^4..] and name[..1] are safe projections; other slices keep the value
                if (!IsLastFourRange(op))
                {
                    foreach (var child in op.ChildOperations)
                    {
                        Visit(child, hint, serialize, masked, depth + 1, carrier);
                        break;
                    }
                }

                return;
            }

            if (hint != null && op.Type?.SpecialType == SpecialType.System_String)
            {
                Add(hint.Category, false, "{" + hint.Name + "}", op, carrier, masked);
            }
        }

        /// <summary>
        /// <c>owner.Mobile</c> where the receiver's type did not bind (an ORM query, a gRPC message or a logging
        /// package that was not restored): the member's name is the only evidence, as for a local. The receiver
        /// gives the context only when its type name or its own name is a person word (Courier.IdCardNo,
        /// patient.Name); otherwise the bare member name is the symbol, so ambiguous words (Name, Address) stay
        /// low precision. Unbound calls (a masking helper from a missing package) are not guessed at.
        /// </summary>
        private void VisitUnboundMember(IInvalidOperation invalid, Hint? hint, bool masked, SyntaxNode? carrier)
        {
            if (!(invalid.Syntax is MemberAccessExpressionSyntax access) || access.Parent is InvocationExpressionSyntax call && call.Expression == access)
            {
                return;
            }

            var member = access.Name.Identifier.ValueText;
            string? owner = null;
            var receiverKnown = false;
            foreach (var child in invalid.ChildOperations)
            {
                // the receiver must be a variable of this code (a local, parameter, field or property whose type did not
                // bind) or such a member chain; an unknown identifier is broken code, not an unrestored package
                if (child.Syntax == access.Expression && (child is ILocalReferenceOperation || child is IParameterReferenceOperation
                    || child is IMemberReferenceOperation || child is IInstanceReferenceOperation || child is IInvalidOperation && child.Syntax is MemberAccessExpressionSyntax))
                {
                    receiverKnown = true;
                    var typeName = child.Type?.Name;
                    owner = !string.IsNullOrEmpty(typeName) ? typeName : null;
                }
            }

            if (!receiverKnown)
            {
                return;
            }

            var receiverName = RightmostName(access.Expression);
            var symbol = member;
            foreach (var candidate in new[] { owner, receiverName })
            {
                if (!string.IsNullOrEmpty(candidate) && PiiSinkAnalyzerBase.HasPersonWord(candidate!))
                {
                    symbol = candidate + "." + member;
                    break;
                }
            }

            if (options.Names.IsOrganisationContact(member, owner) || options.Names.IsOrganisationContact(member, receiverName))
            {
                return; // vendor.Email, store.Phone: an organisation's contact, whatever placeholder it is bound to
            }

            if (options.Names.TryClassify(member, owner, out var category))
            {
                if (NamesFixedText(access, member))
                {
                    return;
                }

                Add(category, false, symbol, invalid, carrier ?? CarrierFor(invalid, null, IsInsideSink), masked);
            }
            else if (hint != null && !PiiNameClassifier.NamesMachineAddress(member))
            {
                Add(hint.Category, false, "{" + hint.Name + "}", invalid, carrier ?? CarrierFor(invalid, null, IsInsideSink), masked);
            }
        }

        private Hint? HintFor(string name, string? context) =>
            options.Names.TryClassify(name, context, out var category) ? new Hint(name, category) : null;

        private void VisitLocal(ILocalReferenceOperation reference, Hint? hint, bool serialize, bool masked, int depth, SyntaxNode? carrier)
        {
            var local = reference.Local;
            var nextCarrier = carrier ?? CarrierFor(reference, null, IsInsideSink);
            var definitions = FindDefinitions(reference, local);
            var ownHint = HintFor(local.Name, null);
            if (ownHint != null && IsFilePath(reference, local, definitions))
            {
                // fullName = Path.Combine(dir, file): the name of a file, not of a person (Zr.Admin.NET, Kavita)
                ownHint = null;
            }

            ownHint = ownHint ?? hint;
            if (!visitingLocals.Add(local))
            {
                return;
            }

            try
            {
                if (definitions.Count == 0)
                {
                    // foreach variables, out vars, pattern variables: only the name tells
                    if (ownHint != null && PiiCompilationContext.CanHoldPii(local.Type))
                    {
                        Add(ownHint.Category, false, local.Name, reference, nextCarrier, masked);
                    }
                    else if (serialize || IsRecordLike(local.Type))
                    {
                        AddTypeMembers(local.Type, reference, nextCarrier, masked, serialize);
                    }

                    return;
                }

                foreach (var definition in definitions)
                {
                    Visit(definition, ownHint, serialize, masked, depth + 1, nextCarrier);
                }
            }
            finally
            {
                visitingLocals.Remove(local);
            }
        }

        private static readonly HashSet<string> FileSystemTypes = new HashSet<string>(StringComparer.Ordinal) { "File", "Directory", "Path", "FileInfo", "DirectoryInfo" };

        /// <summary>
        /// A local that holds a file-system path: one of its values comes from System.IO.Path (Combine, Join,
        /// GetFullPath…), or it is passed to a File/Directory/Path method (File.Exists(fullName), also through
        /// System.IO.Abstractions' fileSystem.File.Exists). Its name says nothing about a person then.
        /// </summary>
        private static bool IsFilePath(IOperation reference, ILocalSymbol local, List<IOperation> definitions)
        {
            foreach (var definition in definitions)
            {
                if (Unwrap(definition) is IInvocationOperation call && call.TargetMethod.ContainingType?.Name == "Path"
                    && call.TargetMethod.ContainingNamespace?.ToDisplayString() == "System.IO")
                {
                    return true;
                }
            }

            var root = reference;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            foreach (var node in root.Syntax.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access
                    && FileSystemTypes.Contains(RightmostName(access.Expression)))
                {
                    foreach (var argument in invocation.ArgumentList.Arguments)
                    {
                        if (argument.Expression is IdentifierNameSyntax id && id.Identifier.ValueText == local.Name)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The receiver names a type of this compilation whose member of that name is fixed message text
        /// (<see cref="ResourceTextMembers"/>), though the access did not bind: duplicati's
        /// <c>Strings.MicrosoftGroup.MissingGroupIdAndEmailAddress</c>, where one project's class <c>Backend.Strings</c> and the
        /// others' namespace <c>Backend.Strings</c> collide in a merged fallback compilation. Every type of that name must agree.
        /// </summary>
        private bool NamesFixedText(MemberAccessExpressionSyntax access, string member)
        {
            var typeName = RightmostName(access.Expression);
            if (string.IsNullOrEmpty(typeName))
            {
                return false;
            }

            var found = false;
            foreach (var symbol in context.Compilation.GetSymbolsWithName(typeName, SymbolFilter.Type))
            {
                if (!(symbol is INamedTypeSymbol type))
                {
                    continue;
                }

                foreach (var candidate in type.GetMembers(member))
                {
                    if (!ResourceTextMembers.IsFixedText(candidate))
                    {
                        return false;
                    }

                    found = true;
                }
            }

            return found;
        }

        private static string RightmostName(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case IdentifierNameSyntax id: return id.Identifier.ValueText;
                case MemberAccessExpressionSyntax member: return member.Name.Identifier.ValueText;
                default: return string.Empty;
            }
        }

        // Definitions of every local of an operation block, computed once per block root.
        private static readonly ConditionalWeakTable<IOperation, Dictionary<ILocalSymbol, List<IOperation>>> DefinitionCache =
            new ConditionalWeakTable<IOperation, Dictionary<ILocalSymbol, List<IOperation>>>();

        /// <summary>All values assigned to a local in its member (initializer, =, ??=, +=, foreach collection).</summary>
        internal static List<IOperation> FindDefinitions(IOperation reference, ILocalSymbol local)
        {
            var root = reference;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            var all = DefinitionCache.GetValue(root, BuildDefinitions);
            return all.TryGetValue(local, out var list) ? list : new List<IOperation>();
        }

        private static Dictionary<ILocalSymbol, List<IOperation>> BuildDefinitions(IOperation root)
        {
            var result = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            void Add(ILocalSymbol local, IOperation value)
            {
                if (!result.TryGetValue(local, out var list))
                {
                    result[local] = list = new List<IOperation>();
                }

                if (list.Count < 16)
                {
                    list.Add(value);
                }
            }

            foreach (var op in root.Descendants())
            {
                switch (op)
                {
                    case IVariableDeclaratorOperation declarator:
                        var init = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                        if (init != null)
                        {
                            Add(declarator.Symbol, init.Value);
                        }

                        break;
                    case IAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target:
                        Add(target.Local, assignment.Value);
                        break;
                    case IForEachLoopOperation loop when loop.LoopControlVariable is IVariableDeclaratorOperation control:
                        Add(control.Symbol, loop.Collection);
                        break;
                    case IOperation append when IsBuilderWriteOp(append) && !(append.Parent is IOperation outer && IsBuilderWriteOp(outer) && BuilderReceiver(outer) == append)
                                                && BuilderLocal(append) is ILocalSymbol builder:
                        // sb.Append(phone) writes into the builder that sb.ToString() later reads; a fluent chain
                        // (sb.Append(name).Append(',').Append(card)) is one definition, its outermost call, whose visit walks the chain
                        Add(builder, append);
                        break;
                    case IInvocationOperation add when IsStringCollectionWrite(add, out var collection):
                        // lines.Add($"{c.Name},{c.Mobile}") fills the list that File.WriteAllLines(path, lines) later writes
                        Add(collection, add.Arguments[add.Arguments.Length - 1].Value);
                        break;
                }
            }

            return result;
        }

        /// <summary><c>list.Add(text)</c>, <c>Insert(i, text)</c>, <c>AddRange(texts)</c> on a local collection of strings.</summary>
        private static bool IsStringCollectionWrite(IInvocationOperation invocation, out ILocalSymbol collection)
        {
            collection = null!;
            var name = invocation.TargetMethod.Name;
            if (!(invocation.Instance is ILocalReferenceOperation local) || !(local.Type is INamedTypeSymbol type) || type.TypeArguments.Length != 1
                || type.TypeArguments[0].SpecialType != SpecialType.System_String || invocation.Arguments.Length == 0
                || !(name == "Add" && invocation.Arguments.Length == 1 || name == "AddRange" && invocation.Arguments.Length == 1 || name == "Insert" && invocation.Arguments.Length == 2))
            {
                return false;
            }

            collection = local.Local;
            return true;
        }

        private static bool IsBuilderWrite(IInvocationOperation invocation) =>
            invocation.TargetMethod.ContainingType?.Name == "StringBuilder"
            && (invocation.TargetMethod.Name.StartsWith("Append", StringComparison.Ordinal) || invocation.TargetMethod.Name == "Insert");

        private static bool IsAppendName(string name) => name.StartsWith("Append", StringComparison.Ordinal) || name == "Insert";

        /// <summary>
        /// <c>sb.Append(row.IdCardNo)</c> left unresolved because the argument's type did not bind (an entity from an unrestored
        /// repository package): the receiver is still a StringBuilder, and the call still writes its arguments into it.
        /// </summary>
        private static bool IsUnboundAppend(IInvalidOperation invalid) =>
            invalid.Syntax is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax member && IsAppendName(member.Name.Identifier.ValueText)
            && BuilderReceiver(invalid)?.Type?.Name == "StringBuilder";

        private static bool IsBuilderWriteOp(IOperation op) =>
            op is IInvocationOperation invocation ? IsBuilderWrite(invocation) : op is IInvalidOperation invalid && IsUnboundAppend(invalid);

        /// <summary>The builder an Append call writes into: the instance of a resolved call, the receiver operand of an unresolved one.</summary>
        private static IOperation? BuilderReceiver(IOperation append)
        {
            if (append is IInvocationOperation invocation)
            {
                return invocation.Instance;
            }

            if (append.Syntax is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax member)
            {
                foreach (var child in append.ChildOperations)
                {
                    if (child.Syntax == member.Expression)
                    {
                        return child;
                    }
                }
            }

            return null;
        }

        /// <summary>The local a StringBuilder write chain starts from (sb in sb.Append(a).Append(b)), if any.</summary>
        private static ILocalSymbol? BuilderLocal(IOperation append)
        {
            var instance = BuilderReceiver(append);
            while (instance != null && IsBuilderWriteOp(instance))
            {
                instance = BuilderReceiver(instance);
            }

            return instance is ILocalReferenceOperation builder && builder.Type?.Name == "StringBuilder" ? builder.Local : null;
        }

        private void VisitSymbolLeaf(IOperation reference, ISymbol symbol, string? context, Hint? hint, bool serialize, bool masked, SyntaxNode? carrier)
        {
            var type = (symbol as IParameterSymbol)?.Type ?? (symbol as IPropertySymbol)?.Type ?? (symbol as IFieldSymbol)?.Type;
            if (!PiiCompilationContext.CanHoldPii(type))
            {
                return;
            }

            var classified = PiiCompilationContext.HasClassificationAttribute(symbol, options);
            var display = context == null ? symbol.Name : context + "." + symbol.Name;
            if (options.Names.TryClassify(symbol.Name, context, out var category) && !classified && (symbol is IPropertySymbol || symbol is IFieldSymbol)
                && !options.Names.IsListedWord(symbol.Name) && OrganisationRecords.IsOrganisations(symbol.Name, category, symbol.ContainingType))
            {
                // dispatch.customer_name where the customer records are a company's (OrganisationRecords)
                return;
            }

            if (options.Names.TryClassify(symbol.Name, context, out category) || classified)
            {
                var before = flows.Count;
                Add(category, classified, display, reference, carrier, masked);
                MarkNameOnlyOwner(before, symbol);
                return;
            }

            if (hint != null && type != null && (type.SpecialType == SpecialType.System_String || IsScalar(type)) && !PiiNameClassifier.NamesMachineAddress(symbol.Name)
                && !options.Names.IsOrganisationContact(symbol.Name, context))
            {
                Add(hint.Category, false, "{" + hint.Name + "}", reference, carrier, masked);
                return;
            }

            if (serialize || IsRecordLike(type))
            {
                AddTypeMembers(type, reference, carrier, masked, serialize);
            }
        }

        private void VisitMember(IOperation reference, ISymbol member, IOperation? instance, Hint? hint, bool serialize, bool masked, int depth, SyntaxNode? carrier)
        {
            var type = member is IPropertySymbol p ? p.Type : (member as IFieldSymbol)?.Type;
            if (instance != null && (member.Name == "Length" || member.Name == "Count" || member.Name == "HasValue"))
            {
                // safe projection
                return;
            }

            var containing = member.ContainingType;
            if (instance != null && member.Name == "Message" && member is IPropertySymbol && PiiCompilationContext.DerivesFromName(containing, "System.Exception"))
            {
                // ex.Message of an exception thrown elsewhere with personal data in its message (PersonalExceptionMessages)
                if (PersonalExceptionMessages.MessageOf(reference, instance, this.context, FindDefinitions) is PiiFlow thrown)
                {
                    var flow = new PiiFlow(thrown.Category, thrown.Classified, thrown.Symbol, reference.Syntax, carrier ?? CarrierFor(reference, null, IsInsideSink), masked)
                    {
                        OwnerHasOnlyName = thrown.OwnerHasOnlyName,
                        OwnerHoldsIdentityDocument = thrown.OwnerHoldsIdentityDocument,
                        RawPayload = thrown.RawPayload,
                        OwnerIsGameAvatar = thrown.OwnerIsGameAvatar,
                        IsUniqueHandle = thrown.IsUniqueHandle,
                    };
                    var known = false;
                    foreach (var f in flows)
                    {
                        known |= f.Origin == flow.Origin && f.Symbol == flow.Symbol && f.Masked == masked;
                    }

                    if (!known && flows.Count < MaxFlows)
                    {
                        flows.Add(flow);
                    }
                }

                return;
            }

            if (containing != null && (containing.SpecialType == SpecialType.System_String || PiiCompilationContext.Namespace(containing).StartsWith("System", StringComparison.Ordinal) && containing.Name != "KeyValuePair"))
            {
                // members of framework types (DateTime.Year, Uri.Host…) project a value; only Value-like members pass it on
                if (instance != null && (member.Name == "Value" || member.Name == "Date"))
                {
                    Visit(instance, hint, serialize, masked, depth + 1, carrier);
                }

                return;
            }

            if (ResourceTextMembers.IsFixedText(member))
            {
                // Strings.MissingGroupIdAndEmailAddress: a message text, the same for everyone
                return;
            }

            var context = containing?.Name;
            var classified = PiiCompilationContext.HasClassificationAttribute(member, options);
            if (PiiCompilationContext.CanHoldPii(type) && (classified || options.Names.TryClassify(member.Name, context, out _)))
            {
                VisitSymbolLeaf(reference, member, context, hint, serialize, masked, carrier);
                return;
            }

            // phone.Value, phoneNumber.Number: a scalar member of a PII-named value object
            if (instance != null && type != null && (type.SpecialType == SpecialType.System_String || IsScalar(type))
                && (member.Name == "Value" || member.Name == "Number" || member.Name == "Text" || member.Name == "Raw"))
            {
                Visit(instance, hint, serialize, masked, depth + 1, carrier);
                return;
            }

            VisitSymbolLeaf(reference, member, context, hint, serialize, masked, carrier);
        }

        private static bool IsScalar(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Int32: case SpecialType.System_Int64: case SpecialType.System_UInt64:
                case SpecialType.System_Decimal: case SpecialType.System_DateTime: case SpecialType.System_Char:
                    return true;
            }

            return type.Name == "DateOnly" || type.Name == "DateTimeOffset";
        }

        /// <summary>Records and anonymous types print their members in ToString().</summary>
        private static bool IsRecordLike(ITypeSymbol? type) => type != null && (type.IsRecord || type.IsAnonymousType);

        /// <summary>Adds the PII members of a serialised object's type (element type for collections).</summary>
        private void AddTypeMembers(ITypeSymbol? type, IOperation reference, SyntaxNode? carrier, bool masked, bool serialize)
        {
            foreach (var (property, category, classified) in PiiTypeMembers.Find(type, options))
            {
                var before = flows.Count;
                Add(category, classified, property.ContainingType.Name + "." + property.Name, reference, carrier, masked);
                MarkNameOnlyOwner(before, property);
            }
        }

        /// <summary>
        /// Marks a just-added flow by what else its member's type holds: no other personal data (<see cref="PiiFlow.OwnerHasOnlyName"/>)
        /// or an identity document (<see cref="PiiFlow.OwnerHoldsIdentityDocument"/>).
        /// </summary>
        private void MarkNameOnlyOwner(int before, ISymbol member)
        {
            if (flows.Count <= before || member.ContainingType == null || !(member is IPropertySymbol || member is IFieldSymbol))
            {
                return;
            }

            var flow = flows[flows.Count - 1];
            if (flow.Classified || flow.Category.IsSensitive())
            {
                return;
            }

            flow.OwnerIsGameAvatar = flow.Category == PiiCategory.Name && GameAvatarTypes.IsAvatar(member.ContainingType);
            flow.IsUniqueHandle = flow.Category == PiiCategory.Name && member.Name == "Name" && context.UniqueNameOwners.Contains(member.ContainingType.Name);
            if (!ownerShapes.TryGetValue(member.ContainingType, out var shape))
            {
                shape = (true, false);
                foreach (var (_, category, classified) in PiiTypeMembers.Find(member.ContainingType, options))
                {
                    shape.OnlyName &= category == PiiCategory.Name && !classified;
                    // an ID card or passport number says whose record it is; a bank card may be a company's account (a refund
                    // batch's payee), so it does not
                    shape.IdentityDocument |= category == PiiCategory.IdNumber || category == PiiCategory.Passport;
                }

                ownerShapes[member.ContainingType] = shape;
            }

            flow.OwnerHasOnlyName = flow.Category == PiiCategory.Name && shape.OnlyName;
            flow.OwnerHoldsIdentityDocument = shape.IdentityDocument;
        }

        // What a member's type holds besides the member (one look per type and tracer: a destructured record asks per member).
        private readonly Dictionary<ITypeSymbol, (bool OnlyName, bool IdentityDocument)> ownerShapes =
            new Dictionary<ITypeSymbol, (bool OnlyName, bool IdentityDocument)>(SymbolEqualityComparer.Default);

        private void VisitInvocation(IInvocationOperation invocation, Hint? hint, bool serialize, bool masked, int depth, SyntaxNode? carrier)
        {
            var method = invocation.TargetMethod;
            var name = method.Name;
            var containing = method.ContainingType;
            var containingName = containing?.Name;

            if (options.Sanitizers.IsSanitizer(name, containing?.ToDisplayString()) || IsKeyedHash(invocation))
            {
                VisitArguments(invocation, hint, masked: true, depth, carrier, includeInstance: true);
                return;
            }

            if (containing?.SpecialType == SpecialType.System_String)
            {
                if (method.IsStatic)
                {
                    // string.Format/Concat/Join/Create: every argument flows
                    VisitArguments(invocation, hint, masked, depth, carrier, includeInstance: false);
                    return;
                }

                if (name == "Substring" && IsSafeSubstring(invocation))
                {
                    return;
                }

                Visit(invocation.Instance, hint, false, masked, depth + 1, carrier);
                return;
            }

            if (name == "ToString" || name == "ToUpper" || name == "ToLower" || name == "ToUpperInvariant" || name == "ToLowerInvariant" || name == "Trim" || name == "AsSpan")
            {
                if (invocation.Instance != null)
                {
                    Visit(invocation.Instance, hint, false, masked, depth + 1, carrier);
                }
                else if (invocation.Arguments.Length > 0)
                {
                    Visit(invocation.Arguments[0].Value, hint, false, masked, depth + 1, carrier);
                }

                return;
            }

            var ns = PiiCompilationContext.Namespace(containing);
            if (containingName == "Convert" || containingName == "BitConverter" || containingName == "Encoding" || PiiCompilationContext.DerivesFromSimpleName(containing, "Encoding")
                || containingName == "StringBuilder" || IsPlainHash(invocation))
            {
                // encodings and unkeyed hashes keep the data (a hash of a phone number is reversible by enumeration)
                VisitArguments(invocation, hint, masked, depth, carrier, includeInstance: true);
                return;
            }

            if ((containingName == "JsonSerializer" || containingName == "JsonConvert") && (name.StartsWith("Serialize", StringComparison.Ordinal)))
            {
                if (invocation.Arguments.Length > 0)
                {
                    Visit(invocation.Arguments[0].Value, null, true, masked, depth + 1, carrier);
                }

                return;
            }

            if (ns == "System.Linq" || containingName == "Enumerable" || containingName == "Queryable")
            {
                if (name == "Select" || name == "SelectMany")
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (Unwrap(argument.Value) is IAnonymousFunctionOperation lambda)
                        {
                            VisitLambdaReturns(lambda, hint, serialize, masked, depth, carrier);
                        }
                    }

                    return;
                }

                if (invocation.Arguments.Length > 0 && (name.StartsWith("To", StringComparison.Ordinal) || name.StartsWith("First", StringComparison.Ordinal)
                    || name.StartsWith("Single", StringComparison.Ordinal) || name.StartsWith("Last", StringComparison.Ordinal) || name == "Where"
                    || name == "OrderBy" || name == "Take" || name == "Skip" || name == "AsEnumerable" || name == "Distinct"))
                {
                    Visit(invocation.Arguments[0].Value, hint, serialize, masked, depth + 1, carrier);
                }

                return;
            }

            // GetPhone(), GetPhoneNumberAsync(): the method's name says what it returns
            if (PiiCompilationContext.CanHoldPii(invocation.Type) && options.Names.TryClassify(name, containingName, out var category) && !method.ReturnsVoid)
            {
                Add(category, false, (containingName != null ? containingName + "." : string.Empty) + name + "()", invocation, carrier, masked);
                return;
            }

            // GetDomain(email), EmailDomainOf(address): the part after '@' is an organisation's domain, not the person's address
            if (NamesADomain(name))
            {
                return;
            }

            // var msg = Describe(user); logger.LogInformation(msg): a string built by a helper of this compilation carries
            // what the helper's return values carry
            if (invocation.Type?.SpecialType == SpecialType.System_String && VisitHelperReturns(method, hint, masked, depth, carrier ?? invocation.Syntax))
            {
                return;
            }

            if (hint != null && (invocation.Type?.SpecialType == SpecialType.System_String) && !PiiNameClassifier.NamesMachineAddress(name))
            {
                Add(hint.Category, false, "{" + hint.Name + "}", invocation, carrier, masked);
                return;
            }

            if (serialize || IsRecordLike(invocation.Type))
            {
                AddTypeMembers(UnwrapTask(invocation.Type), invocation, carrier, masked, serialize);
            }
        }

        /// <summary>The source ToString() override of a class or struct (records print their members and are judged so), or null.</summary>
        private static readonly Func<ITypeSymbol, IMethodSymbol?> FindToStringOverride = ToStringOverride;

        private static IMethodSymbol? ToStringOverride(ITypeSymbol type)
        {
            if (type.SpecialType != SpecialType.None || type.IsRecord || type.IsAnonymousType
                || !(type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct))
            {
                return null;
            }

            for (var t = type; t != null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (var member in t.GetMembers("ToString"))
                {
                    if (member is IMethodSymbol method && method.IsOverride && method.Parameters.Length == 0)
                    {
                        return method.DeclaringSyntaxReferences.Length == 1 ? method : null;
                    }
                }
            }

            return null;
        }

        private static bool NamesADomain(string methodName)
        {
            foreach (var token in PiiNameClassifier.Tokenize(methodName))
            {
                if (token == "domain" || token == "domains")
                {
                    return true;
                }
            }

            return false;
        }

        private readonly HashSet<IMethodSymbol> visitingMethods = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        /// <summary>Helpers larger than this are not followed: message builders are small, and the work stays bounded.</summary>
        private const int MaxHelperLength = 1500;

        private bool VisitHelperReturns(IMethodSymbol method, Hint? hint, bool masked, int depth, SyntaxNode carrier)
        {
            var definition = method.OriginalDefinition;
            if (definition.MethodKind != MethodKind.Ordinary || definition.IsAbstract || definition.IsExtern || definition.DeclaringSyntaxReferences.Length != 1
                || depth > MaxDepth / 2 || visitingMethods.Contains(definition))
            {
                return false;
            }

            var reference = definition.DeclaringSyntaxReferences[0];
            if (reference.Span.Length > MaxHelperLength || !context.Compilation.ContainsSyntaxTree(reference.SyntaxTree)
                || !(reference.GetSyntax() is MethodDeclarationSyntax declaration) || (declaration.Body == null && declaration.ExpressionBody == null))
            {
                return false;
            }

            var body = context.Compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(declaration);
            if (body == null)
            {
                return false;
            }

            var before = flows.Count;
            var returns = 0;
            var fixedTexts = 0;
            var texts = new HashSet<object?>();
            visitingMethods.Add(definition);
            try
            {
                foreach (var op in body.Descendants())
                {
                    if (op is IReturnOperation ret && ret.ReturnedValue != null && Enclosing(ret) == null && !InLocalFunction(ret, body))
                    {
                        returns++;
                        fixedTexts += IsFixedText(ret.ReturnedValue, texts) ? 1 : 0;
                        Visit(ret.ReturnedValue, hint, false, masked, depth + 1, carrier);
                    }
                }
            }
            finally
            {
                visitingMethods.Remove(definition);
            }

            // GetStatus(bool enabled) => enabled ? "enabled" : "disabled" under an {Email} placeholder (Exceptionless's
            // start-up summary, judged blind): every return is text the helper itself fixes, so the placeholder's name
            // describes a setting, and nobody's data can come out of the call. Two texts at least: a choice, not a stub's "".
            return flows.Count > before || (hint != null && returns > 0 && fixedTexts == returns && texts.Count >= 2);
        }

        // "enabled", cond ? "on" : "off": text chosen among the helper's own constants
        private static bool IsFixedText(IOperation value, HashSet<object?> texts)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            switch (value)
            {
                case var _ when value.ConstantValue.HasValue:
                    texts.Add(value.ConstantValue.Value);
                    return true;
                case IConditionalOperation conditional:
                    return conditional.WhenFalse != null && IsFixedText(conditional.WhenTrue, texts) && IsFixedText(conditional.WhenFalse, texts);
                default:
                    return false;
            }
        }

        private static bool InLocalFunction(IOperation op, IOperation root)
        {
            for (var p = op.Parent; p != null && p != root; p = p.Parent)
            {
                if (p is ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private void VisitLambdaReturns(IAnonymousFunctionOperation lambda, Hint? hint, bool serialize, bool masked, int depth, SyntaxNode? carrier)
        {
            foreach (var op in lambda.Body.Descendants())
            {
                if (op is IReturnOperation ret && ret.ReturnedValue != null && Enclosing(ret) == lambda)
                {
                    Visit(ret.ReturnedValue, hint, serialize, masked, depth + 1, carrier);
                }
            }
        }

        internal static IAnonymousFunctionOperation? Enclosing(IOperation op)
        {
            for (var p = op.Parent; p != null; p = p.Parent)
            {
                if (p is IAnonymousFunctionOperation f)
                {
                    return f;
                }

                if (p is ILocalFunctionOperation)
                {
                    return null;
                }
            }

            return null;
        }

        internal static IOperation Unwrap(IOperation op)
        {
            while (true)
            {
                switch (op)
                {
                    case IConversionOperation c: op = c.Operand; continue;
                    case IDelegateCreationOperation d: op = d.Target; continue;
                    case IParenthesizedOperation p: op = p.Operand; continue;
                    default: return op;
                }
            }
        }

        internal static ITypeSymbol? UnwrapTask(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol named && named.IsGenericType && named.TypeArguments.Length == 1
                && (named.Name == "Task" || named.Name == "ValueTask" || named.Name == "ActionResult" || named.Name == "Ok"))
            {
                return named.TypeArguments[0];
            }

            return type;
        }

        private void VisitArguments(IInvocationOperation invocation, Hint? hint, bool masked, int depth, SyntaxNode? carrier, bool includeInstance)
        {
            if (includeInstance && invocation.Instance != null)
            {
                Visit(invocation.Instance, hint, false, masked, depth + 1, carrier);
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation array && array.Initializer != null)
                {
                    foreach (var element in array.Initializer.ElementValues)
                    {
                        Visit(element, hint, false, masked, depth + 1, carrier);
                    }
                }
                else
                {
                    Visit(argument.Value, hint, false, masked, depth + 1, carrier);
                }
            }
        }

        /// <summary>HMAC with a key (new HMACSHA256(key).ComputeHash, HMACSHA256.HashData(key, data)) pseudonymises.</summary>
        private bool IsKeyedHash(IInvocationOperation invocation)
        {
            var containing = invocation.Instance?.Type as INamedTypeSymbol ?? invocation.TargetMethod.ContainingType;
            if (containing == null)
            {
                return false;
            }

            if (containing.Name.StartsWith("HMAC", StringComparison.Ordinal)
                || PiiCompilationContext.DerivesFrom(containing, context.KeyedHashAlgorithm, "System.Security.Cryptography.KeyedHashAlgorithm"))
            {
                return invocation.TargetMethod.Name.StartsWith("HashData", StringComparison.Ordinal)
                    || invocation.TargetMethod.Name.StartsWith("ComputeHash", StringComparison.Ordinal)
                    || invocation.TargetMethod.Name.StartsWith("TryHashData", StringComparison.Ordinal);
            }

            return false;
        }

        private bool IsPlainHash(IInvocationOperation invocation)
        {
            var containing = invocation.TargetMethod.ContainingType;
            if (containing == null)
            {
                return false;
            }

            return PiiCompilationContext.DerivesFrom(containing, context.HashAlgorithm, "System.Security.Cryptography.HashAlgorithm")
                || containing.Name == "SHA256" || containing.Name == "SHA1" || containing.Name == "MD5" || containing.Name == "SHA512" || containing.Name == "SHA384"
                || containing.Name == "CryptographicOperations" || containing.Name == "Sm3";
        }

        /// <summary>x.Substring(x.Length - n) and x.Substring(i, n) with n ≤ 4 show at most four characters.</summary>
        private static bool IsSafeSubstring(IInvocationOperation invocation)
        {
            var args = invocation.Arguments;
            if (args.Length == 2)
            {
                return args[1].Value.ConstantValue.HasValue && args[1].Value.ConstantValue.Value is int n && n <= 4;
            }

            if (args.Length == 1 && Unwrap(args[0].Value) is IBinaryOperation minus && minus.OperatorKind == BinaryOperatorKind.Subtract
                && minus.RightOperand.ConstantValue.HasValue && minus.RightOperand.ConstantValue.Value is int k && k <= 4
                && Unwrap(minus.LeftOperand) is IPropertyReferenceOperation length && length.Property.Name == "Length")
            {
                return true;
            }

            return false;
        }

        private static int? IntConstant(IOperation operand)
        {
            var value = Unwrap(operand).ConstantValue;
            return value.HasValue && value.Value is int n ? n : (int?)null;
        }

        private static bool IsLastFourRange(IOperation implicitIndexer)
        {
            foreach (var child in implicitIndexer.ChildOperations)
            {
                if (Unwrap(child) is IRangeOperation range && range.RightOperand == null && range.LeftOperand != null
                    && Unwrap(range.LeftOperand) is IUnaryOperation hat && hat.OperatorKind == UnaryOperatorKind.Hat
                    && hat.Operand.ConstantValue.HasValue && hat.Operand.ConstantValue.Value is int n && n <= 4)
                {
                    return true;
                }

                // name[..1] (the surname alone), phone[..3]: a short prefix keeps as little as the last four do
                if (Unwrap(child) is IRangeOperation prefix && prefix.RightOperand != null
                    && (prefix.LeftOperand == null || IntConstant(prefix.LeftOperand) == 0)
                    && IntConstant(prefix.RightOperand) is int end && end > 0 && end <= 4)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
