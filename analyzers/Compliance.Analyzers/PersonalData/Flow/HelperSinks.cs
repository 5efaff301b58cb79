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
    /// writes a file is judged where it does so, except a helper named for logging (<c>LogHelper.WriteLog</c>,
    /// <c>FileLog.Info</c>) whose body appends its line to a log file: that file is the log. Helpers are followed two levels
    /// deep (a log class's <c>Info</c> calling its private <c>Write</c>) and only when small (as <see cref="PiiFlowTracer"/>
    /// follows helper returns); one summary per method, level and compilation.
    /// </summary>
    internal static class HelperSinks
    {
        /// <summary>Helpers larger than this are not followed: log helpers are small, and the work stays bounded.</summary>
        private const int MaxHelperLength = 1500;

        private const string ProbePrefix = "\u0001param#";

        /// <summary>Helper levels followed from a call site: the helper, and the helpers it calls.</summary>
        private const int MaxLevels = 2;

        // One table per level: a summary that may follow one more helper differs from one that may not, and which level
        // asks first must not change the result (deterministic output).
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, Forward[]>[]> Summaries =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, Forward[]>[]>();

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
            var levels = caller.Probe == null ? MaxLevels : caller.ProbeLevels - 1;
            if (levels <= 0)
            {
                return Array.Empty<Forward>(); // a helper's helper's calls are not followed
            }

            var definition = method.OriginalDefinition;
            if (definition.MethodKind != MethodKind.Ordinary || definition.IsAbstract || definition.IsExtern || definition.Parameters.Length == 0
                || definition.DeclaringSyntaxReferences.Length != 1)
            {
                return Array.Empty<Forward>();
            }

            var compilation = caller.Context.Compilation;
            var tables = Summaries.GetValue(compilation, _ => new[]
            {
                new ConcurrentDictionary<IMethodSymbol, Forward[]>(SymbolEqualityComparer.Default),
                new ConcurrentDictionary<IMethodSymbol, Forward[]>(SymbolEqualityComparer.Default),
            });
            var cache = tables[levels - 1];
            if (cache.TryGetValue(definition, out var known))
            {
                return known;
            }

            var summary = Summarise(definition, caller, levels);
            cache.TryAdd(definition, summary);
            return summary;
        }

        /// <summary>
        /// A helper whose whole body is logging: an expression body that is a log call, or a block of log calls (locals,
        /// <c>if</c>s, <c>lock</c>, <c>using</c> and <c>try</c> around them allowed). A service method that also queries, sends or
        /// returns (FindByMobileAsync logging what it looked up) is not a log helper: its own log line is reported there, and
        /// its callers pass data for another purpose. A file append counts as logging only in a helper named for logging.
        /// </summary>
        private static bool IsLogOnly(MethodDeclarationSyntax declaration, bool logNamed)
        {
            var delegates = DefinedLoggers(declaration);
            if (declaration.ExpressionBody != null)
            {
                return IsLogCall(declaration.ExpressionBody.Expression, delegates) || logNamed && IsFileWrite(declaration.ExpressionBody.Expression);
            }

            var logs = 0;
            return declaration.Body != null && IsLogOnly(declaration.Body.Statements, logNamed, delegates, ref logs) && logs > 0;
        }

        /// <summary>
        /// The fields of the helper's own type that hold a <c>LoggerMessage.Define</c> delegate
        /// (<c>static readonly Action&lt;ILogger, string, Exception?&gt; _issued = LoggerMessage.Define&lt;string&gt;(…)</c>): the
        /// usual wrapper <c>Issued(this ILogger l, string holder) =&gt; _issued(l, holder, null)</c> is a log call by another name.
        /// </summary>
        private static HashSet<string> DefinedLoggers(MethodDeclarationSyntax declaration)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (!(declaration.Parent is TypeDeclarationSyntax type))
            {
                return names;
            }

            foreach (var member in type.Members)
            {
                if (!(member is FieldDeclarationSyntax field))
                {
                    continue;
                }

                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Initializer?.Value is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax access
                        && access.Name.Identifier.ValueText == "Define"
                        && (access.Expression as SimpleNameSyntax ?? (access.Expression as MemberAccessExpressionSyntax)?.Name)?.Identifier.ValueText == "LoggerMessage")
                    {
                        names.Add(variable.Identifier.ValueText);
                    }
                }
            }

            return names;
        }

        private static bool IsLogOnly(SyntaxList<StatementSyntax> statements, bool logNamed, HashSet<string> delegates, ref int logs)
        {
            foreach (var statement in statements)
            {
                if (!IsLogOnlyStatement(statement, logNamed, delegates, ref logs))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLogOnlyStatement(StatementSyntax statement, bool logNamed, HashSet<string> delegates, ref int logs)
        {
            switch (statement)
            {
                case BlockSyntax block:
                    return IsLogOnly(block.Statements, logNamed, delegates, ref logs);
                case ExpressionStatementSyntax expression when IsLogCall(expression.Expression, delegates) || logNamed && IsFileWrite(expression.Expression):
                    logs++;
                    return true;
                case ExpressionStatementSyntax expression:
                    return logNamed && IsLogHousekeeping(expression.Expression);
                case LocalDeclarationStatementSyntax _:
                case EmptyStatementSyntax _:
                    return true;
                case ReturnStatementSyntax ret:
                    return ret.Expression == null; // if (!Enabled) return;
                case IfStatementSyntax branch:
                    return IsLogOnlyStatement(branch.Statement, logNamed, delegates, ref logs) && (branch.Else == null || IsLogOnlyStatement(branch.Else.Statement, logNamed, delegates, ref logs));
                case LockStatementSyntax locked:
                    return IsLogOnlyStatement(locked.Statement, logNamed, delegates, ref logs);
                case UsingStatementSyntax used:
                    return IsLogOnlyStatement(used.Statement, logNamed, delegates, ref logs);
                case TryStatementSyntax attempt:
                    // a log helper swallows its own I/O failures; the catch may log or do nothing
                    if (!IsLogOnly(attempt.Block.Statements, logNamed, delegates, ref logs) || attempt.Finally != null && !IsLogOnly(attempt.Finally.Block.Statements, logNamed, delegates, ref logs))
                    {
                        return false;
                    }

                    foreach (var handler in attempt.Catches)
                    {
                        if (!IsLogOnly(handler.Block.Statements, logNamed, delegates, ref logs))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A method or its type named for logging: LogHelper, FileLog, WriteLog, Logger, LoggingUtil.</summary>
        private static bool IsLogNamed(IMethodSymbol method)
        {
            foreach (var name in new[] { method.Name, method.ContainingType?.Name ?? string.Empty })
            {
                foreach (var word in Detection.PiiNameClassifier.Tokenize(name))
                {
                    if (word == "log" || word == "logs" || word == "logger" || word == "logging" || word == "nlog" || word == "logfile")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>File.AppendAllText(path, line), File.AppendAllLinesAsync(…), File.WriteAllText(…): the log file's write.</summary>
        private static bool IsFileWrite(ExpressionSyntax expression)
        {
            var name = CalledName(expression);
            return name.StartsWith("AppendAll", StringComparison.Ordinal) || name.StartsWith("WriteAll", StringComparison.Ordinal);
        }

        /// <summary>What a file log does around its write: create the folder, flush or close the writer.</summary>
        private static bool IsLogHousekeeping(ExpressionSyntax expression)
        {
            var name = CalledName(expression);
            return name == "CreateDirectory" || name == "Flush" || name == "FlushAsync" || name == "Close" || name == "Dispose";
        }

        private static string CalledName(ExpressionSyntax expression)
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
                return string.Empty;
            }

            return call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
        }

        /// <summary>A call whose method name says it logs: Log…, the shape names of log libraries, Write/WriteLine.</summary>
        private static bool IsLogCall(ExpressionSyntax expression, HashSet<string> delegates)
        {
            var name = CalledName(expression);
            return name.StartsWith("Log", StringComparison.Ordinal) || name == "Write" || name == "WriteLine" || PiiSinkFinder.IsShapeLogMethod(name)
                || delegates.Contains(name);
        }

        private static Forward[] Summarise(IMethodSymbol definition, PiiFlowTracer caller, int levels)
        {
            var compilation = caller.Context.Compilation;
            var reference = definition.DeclaringSyntaxReferences[0];
            var logNamed = IsLogNamed(definition);
            if (reference.Span.Length > MaxHelperLength || !compilation.ContainsSyntaxTree(reference.SyntaxTree)
                || !(reference.GetSyntax() is MethodDeclarationSyntax declaration) || !IsLogOnly(declaration, logNamed))
            {
                return Array.Empty<Forward>();
            }

            var body = compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(declaration);
            if (body == null)
            {
                return Array.Empty<Forward>();
            }

            var probe = new PiiFlowTracer(caller.Context, caller.Options, definition) { ProbeLevels = levels };
            var hits = new List<PiiSinkHit>();
            foreach (var op in body.Descendants())
            {
                PiiSinkFinder.Find(op, probe, hits);
            }

            var forwards = new SortedDictionary<int, bool>();
            foreach (var hit in hits)
            {
                if (hit.Kind != PiiSinkKind.Log && !(logNamed && hit.Kind == PiiSinkKind.File))
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
