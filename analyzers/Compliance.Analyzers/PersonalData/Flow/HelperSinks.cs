namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Concurrent;
    using System.Collections.Generic;
    using System.Runtime.CompilerServices;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// The code's own logging helpers: an <c>ILogger</c> extension method or a static log class whose body is only logging
    /// and whose parameters reach a log call inside it (<c>log.RiderJoined(name, mobile)</c> =&gt; <c>log.LogInformation("… {Name} {Mobile}", name, mobile)</c>).
    /// A call site passes its arguments on to that log, so personal data among them is reported at the call too: the caller
    /// chose to pass it (a helper with a safe parameter name would otherwise hide it). Logs only — a helper that throws or
    /// writes a file is judged where it does so. Helpers are followed one level deep and only when small (as
    /// <see cref="PiiFlowTracer"/> follows helper returns); one summary per method and compilation.
    /// </summary>
    internal static class HelperSinks
    {
        /// <summary>Helpers larger than this are not followed: log helpers are small, and the work stays bounded.</summary>
        private const int MaxHelperLength = 1500;

        private const string ProbePrefix = "\u0001param#";

        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, Forward[]>> Summaries =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, Forward[]>>();

        /// <summary>A parameter of the helper that reaches a log unmasked.</summary>
        internal readonly struct Forward
        {
            public Forward(int ordinal, bool serialize)
            {
                Ordinal = ordinal;
                Serialize = serialize;
            }

            public int Ordinal { get; }

            /// <summary>The helper writes the whole object (<c>{@Rider}</c>, JSON): its type's personal data counts.</summary>
            public bool Serialize { get; }
        }

        /// <summary>The symbol a probing tracer gives a flow from the helper's parameter (never shown: probe flows stay in here).</summary>
        internal static string ProbeSymbol(int ordinal, bool serialize) => ProbePrefix + ordinal + (serialize ? "@" : string.Empty);

        /// <summary>The parameters of <paramref name="method"/> that reach a log inside it unmasked (empty for most methods).</summary>
        public static Forward[] Of(IMethodSymbol method, PiiFlowTracer caller)
        {
            if (caller.Probe != null)
            {
                return Array.Empty<Forward>(); // one level: a helper's own helper calls are not followed
            }

            var definition = method.OriginalDefinition;
            if (definition.MethodKind != MethodKind.Ordinary || definition.IsAbstract || definition.IsExtern || definition.Parameters.Length == 0
                || definition.DeclaringSyntaxReferences.Length != 1)
            {
                return Array.Empty<Forward>();
            }

            var compilation = caller.Context.Compilation;
            var cache = Summaries.GetValue(compilation, _ => new ConcurrentDictionary<IMethodSymbol, Forward[]>(SymbolEqualityComparer.Default));
            if (cache.TryGetValue(definition, out var known))
            {
                return known;
            }

            var summary = Summarise(definition, caller);
            cache.TryAdd(definition, summary);
            return summary;
        }

        /// <summary>
        /// A helper whose whole body is logging: an expression body that is a log call, or a block of log calls (locals and
        /// <c>if</c>s around them allowed). A service method that also queries, sends or returns (FindByMobileAsync logging
        /// what it looked up) is not a log helper: its own log line is reported there, and its callers pass data for
        /// another purpose.
        /// </summary>
        private static bool IsLogOnly(MethodDeclarationSyntax declaration)
        {
            if (declaration.ExpressionBody != null)
            {
                return IsLogCall(declaration.ExpressionBody.Expression);
            }

            return declaration.Body != null && IsLogOnly(declaration.Body.Statements, out var logs) && logs > 0;
        }

        private static bool IsLogOnly(SyntaxList<StatementSyntax> statements, out int logs)
        {
            logs = 0;
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case ExpressionStatementSyntax expression when IsLogCall(expression.Expression):
                        logs++;
                        break;
                    case LocalDeclarationStatementSyntax _:
                        break;
                    case IfStatementSyntax branch when IsLogOnlyStatement(branch.Statement, ref logs) && (branch.Else == null || IsLogOnlyStatement(branch.Else.Statement, ref logs)):
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        private static bool IsLogOnlyStatement(StatementSyntax statement, ref int logs)
        {
            if (statement is BlockSyntax block)
            {
                var ok = IsLogOnly(block.Statements, out var inner);
                logs += inner;
                return ok;
            }

            var list = SyntaxFactory.SingletonList(statement);
            var single = IsLogOnly(list, out var one);
            logs += one;
            return single;
        }

        /// <summary>A call whose method name says it logs: Log…, the shape names of log libraries, Write/WriteLine.</summary>
        private static bool IsLogCall(ExpressionSyntax expression)
        {
            while (expression is AwaitExpressionSyntax awaited)
            {
                expression = awaited.Expression;
            }

            if (expression is ConditionalAccessExpressionSyntax conditional)
            {
                expression = conditional.WhenNotNull;
            }

            if (!(expression is InvocationExpressionSyntax call))
            {
                return false;
            }

            var name = call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            return name.StartsWith("Log", StringComparison.Ordinal) || name == "Write" || name == "WriteLine" || PiiSinkFinder.IsShapeLogMethod(name);
        }

        private static Forward[] Summarise(IMethodSymbol definition, PiiFlowTracer caller)
        {
            var compilation = caller.Context.Compilation;
            var reference = definition.DeclaringSyntaxReferences[0];
            if (reference.Span.Length > MaxHelperLength || !compilation.ContainsSyntaxTree(reference.SyntaxTree)
                || !(reference.GetSyntax() is MethodDeclarationSyntax declaration) || !IsLogOnly(declaration))
            {
                return Array.Empty<Forward>();
            }

            var body = compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(declaration);
            if (body == null)
            {
                return Array.Empty<Forward>();
            }

            var probe = new PiiFlowTracer(caller.Context, caller.Options, definition);
            var hits = new List<PiiSinkHit>();
            foreach (var op in body.Descendants())
            {
                PiiSinkFinder.Find(op, probe, hits);
            }

            var forwards = new SortedDictionary<int, bool>();
            foreach (var hit in hits)
            {
                if (hit.Kind != PiiSinkKind.Log)
                {
                    continue;
                }

                foreach (var flow in hit.Flows)
                {
                    if (flow.Masked || !flow.Symbol.StartsWith(ProbePrefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var serialize = flow.Symbol.EndsWith("@", StringComparison.Ordinal);
                    var ordinal = int.Parse(flow.Symbol.Substring(ProbePrefix.Length).TrimEnd('@'), System.Globalization.CultureInfo.InvariantCulture);
                    forwards.TryGetValue(ordinal, out var already);
                    forwards[ordinal] = already || serialize;
                }
            }

            var result = new Forward[forwards.Count];
            var i = 0;
            foreach (var pair in forwards)
            {
                result[i++] = new Forward(pair.Key, pair.Value);
            }

            return result;
        }
    }
}
