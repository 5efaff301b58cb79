namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using System.Text.RegularExpressions;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// Recognises sinks — logging calls, thrown exceptions and ProblemDetails, endpoint return
    /// values, file writes, telemetry tags — and traces what reaches them. Framework APIs are
    /// matched by type and method name so that logging libraries (Serilog, NLog, log4net) and
    /// fallback compilations without every reference still work.
    /// </summary>
    internal static class PiiSinkFinder
    {
        private static readonly Regex Placeholder = new Regex(@"(?<!\{)\{([@$]?)([^{}:,]+)(?:[,:][^{}]*)?\}", RegexOptions.CultureInvariant);

        private static readonly HashSet<string> ShapeLogMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Verbose", "Debug", "Information", "Info", "Warning", "Warn", "Error", "Fatal", "Critical", "Trace", "Write", "Log",
            "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat", "ConditionalDebug", "ConditionalTrace",
        };

        /// <summary>A method name log libraries use (Information, InfoFormat, Warn…).</summary>
        internal static bool IsShapeLogMethod(string name) => ShapeLogMethods.Contains(name);

        /// <summary>Sinks an operation is (empty for most operations).</summary>
        public static void Find(IOperation operation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    FindInInvocation(invocation, tracer, hits);
                    break;
                case IThrowOperation thrown:
                    FindInThrow(thrown, tracer, hits);
                    break;
                case IObjectCreationOperation creation:
                    FindInObjectCreation(creation, tracer, hits);
                    break;
                case IReturnOperation ret:
                    PiiResponseSinks.Find(ret, tracer, hits);
                    break;
                case IInvalidOperation invalid when invalid.Syntax is InvocationExpressionSyntax call:
                    FindInUnresolvedLogCall(invalid, call, tracer, hits);
                    break;
                case ISimpleAssignmentOperation assignment when IsSpreadsheetCellValue(assignment.Target.Syntax):
                    AddHit(hits, PiiSinkKind.File, assignment.Syntax, "worksheet cell", tracer.Trace(assignment.Value, assignment.Syntax));
                    break;
            }
        }

        /// <summary>
        /// A spreadsheet export's cell, by syntax (the Excel package often does not restore): ClosedXML's
        /// <c>ws.Cell(r, c).Value = …</c> and EPPlus' <c>ws.Cells[r, c].Value = …</c>. The workbook is a file handed on.
        /// </summary>
        private static bool IsSpreadsheetCellValue(SyntaxNode target)
        {
            if (!(target is MemberAccessExpressionSyntax member) || member.Name.Identifier.ValueText != "Value")
            {
                return false;
            }

            switch (member.Expression)
            {
                case InvocationExpressionSyntax cell when cell.ArgumentList.Arguments.Count == 2 && cell.Expression is MemberAccessExpressionSyntax m:
                    return m.Name.Identifier.ValueText == "Cell";
                case ElementAccessExpressionSyntax cells when cells.ArgumentList.Arguments.Count == 2 && cells.Expression is MemberAccessExpressionSyntax m:
                    return m.Name.Identifier.ValueText == "Cells";
                default:
                    return false;
            }
        }

        /// <summary>
        /// Fallback compilations (a logging package that did not restore) leave log calls unbound.
        /// Match them by shape — a log method name on a receiver named like a logger — with the
        /// arguments the compiler could still bind. Reduced precision, but PII is not missed.
        /// </summary>
        private static void FindInUnresolvedLogCall(IInvalidOperation invalid, InvocationExpressionSyntax call, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            if (call.Expression is MemberBindingExpressionSyntax binding)
            {
                // activity?.SetTag(…) reaches here as a member binding
                FindInUnresolvedTag(invalid, call, binding.Name.Identifier.ValueText, tracer, hits);
                return;
            }

            if (!(call.Expression is MemberAccessExpressionSyntax access))
            {
                return;
            }

            var name = access.Name.Identifier.ValueText;
            var receiver = access.Expression.ToString().Replace("this.", string.Empty).TrimStart('_').ToLowerInvariant();
            var loggerReceiver = receiver == "log" || receiver == "logger" || receiver.EndsWith("logger", StringComparison.Ordinal) || receiver.EndsWith(".log", StringComparison.Ordinal);

            // Serilog enrichment without the package: LogContext.PushProperty("Phone", phone), Log.ForContext("Phone", phone)
            if ((name == "PushProperty" && (receiver == "logcontext" || receiver.EndsWith(".logcontext", StringComparison.Ordinal))
                 || name == "ForContext" && (loggerReceiver || HasLoggerTypeName(invalid, access.Expression)))
                && call.ArgumentList.Arguments.Count >= 2)
            {
                FindInUnresolvedEnrichment(invalid, call, tracer, hits, access.Expression.ToString() + "." + name);
                return;
            }

            if (FindInUnresolvedTag(invalid, call, name, tracer, hits))
            {
                return;
            }

            // Azure Functions' HttpResponseData without the worker package: resp.WriteStringAsync(text),
            // resp.WriteAsJsonAsync(body) write the response body
            if ((name == "WriteStringAsync" || name == "WriteAsJsonAsync") && call.ArgumentList.Arguments.Count >= 1)
            {
                foreach (var child in invalid.ChildOperations)
                {
                    if (child.Syntax == call.ArgumentList.Arguments[0].Expression)
                    {
                        AddHit(hits, PiiSinkKind.Response, call, "HttpResponseData." + name, tracer.Trace(child, call, serialize: name == "WriteAsJsonAsync"));
                    }
                }

                return;
            }

            // NPOI without the package: row.CreateCell(3).SetCellValue(u.Mobile) (the bound form is matched in FindInInvocation)
            if (name == "SetCellValue" && call.ArgumentList.Arguments.Count == 1)
            {
                foreach (var child in invalid.ChildOperations)
                {
                    if (child.Syntax == call.ArgumentList.Arguments[0].Expression)
                    {
                        AddHit(hits, PiiSinkKind.File, call, "spreadsheet cell", tracer.Trace(child, call));
                    }
                }

                return;
            }

            // CsvHelper without the package: csv.WriteField(o.Mobile), csv.WriteRecords(rows) on a receiver named or typed as a
            // CSV writer (an unbound CsvWriter); the bound form is matched in FindInInvocation
            if ((name == "WriteField" || name == "WriteRecord" || name == "WriteRecords") && call.ArgumentList.Arguments.Count >= 1
                && (receiver.Contains("csv") || HasReceiverTypeName(invalid, access.Expression, n => n == "CsvWriter" || n == "IWriter" || n == "IWriterRow")))
            {
                foreach (var child in invalid.ChildOperations)
                {
                    if (child.Syntax == call.ArgumentList.Arguments[0].Expression)
                    {
                        AddHit(hits, PiiSinkKind.File, call, "CsvWriter." + name, tracer.Trace(child, call, serialize: name != "WriteField"));
                    }
                }

                return;
            }

            // a project's own log object by its name (_errorLog, LogHelper, _logManager), its method by a log method name
            // (the receiver's text is read only for a log method name: this runs for every unbound call)
            var loggerCall = loggerReceiver && (ShapeLogMethods.Contains(name) || name.StartsWith("Log", StringComparison.Ordinal) && name.Length > 3 || IsZLoggerMethod(name));
            if (!loggerCall && !(IsLogMethodName(name) && IsOwnLogReceiver(access.Expression)))
            {
                return;
            }

            string? template = null;
            var values = new List<IOperation>();
            foreach (var child in invalid.ChildOperations)
            {
                if (child.Syntax == access.Expression || !call.ArgumentList.Span.Contains(child.Syntax.Span))
                {
                    continue;
                }

                if (template == null && values.Count == 0 && ConstantString(child) is string constant)
                {
                    template = constant;
                    continue;
                }

                values.Add(child);
            }

            TraceBoundValues(call, invalid, tracer, hits, name, template, values);
        }

        /// <summary>
        /// A receiver named as a project's own log object: <c>_errorLog</c>, <c>LogHelper</c>, <c>this._logManager</c>,
        /// <c>XTrace</c>, and a log type's static instance (<c>LogProvider.Provider</c>, <c>AppLog.Instance</c>): the type's name.
        /// </summary>
        private static bool IsOwnLogReceiver(ExpressionSyntax receiver)
        {
            if (receiver is MemberAccessExpressionSyntax member && IsStaticInstanceName(member.Name.Identifier.ValueText)
                && (member.Expression is IdentifierNameSyntax || member.Expression is MemberAccessExpressionSyntax))
            {
                receiver = member.Expression;
            }

            return (receiver is IdentifierNameSyntax || receiver is MemberAccessExpressionSyntax)
                && IsLoggerTypeName(Capitalised(receiver.ToString().Replace("this.", string.Empty).TrimStart('_')));
        }

        /// <summary>The property through which a type hands out its shared instance (LogProvider.Provider, Foo.Instance).</summary>
        private static bool IsStaticInstanceName(string name) =>
            name == "Provider" || name == "Instance" || name == "Current" || name == "Default";

        /// <summary>The last segment of a receiver text (<c>Foo.errorLog</c> → ErrorLog), capitalised as a type name.</summary>
        private static string Capitalised(string receiver)
        {
            var dot = receiver.LastIndexOf('.');
            var last = dot >= 0 ? receiver.Substring(dot + 1) : receiver;
            return last.Length == 0 ? last : char.ToUpperInvariant(last[0]) + last.Substring(1);
        }

        /// <summary>
        /// Cysharp's ZLogger: <c>logger.ZLogInformation($"… {owner.Mobile}")</c> is an ILogger extension whose interpolated
        /// string handler puts the holes into the event (ZLog, ZLogTrace … ZLogCritical).
        /// </summary>
        private static bool IsZLoggerMethod(string name) =>
            name == "ZLog" || name == "ZLogTrace" || name == "ZLogDebug" || name == "ZLogInformation" || name == "ZLogWarning" || name == "ZLogError" || name == "ZLogCritical";

        /// <summary>A receiver declared as a logger whose package did not restore (a field of error type ILogger/ILog/Logger).</summary>
        private static bool HasLoggerTypeName(IInvalidOperation invalid, ExpressionSyntax receiver) =>
            HasReceiverTypeName(invalid, receiver, n => n == "ILog" || n.EndsWith("Logger", StringComparison.Ordinal));

        /// <summary>The unbound call's receiver has a type (often an error type of a package that did not restore) of that name.</summary>
        private static bool HasReceiverTypeName(IInvalidOperation invalid, ExpressionSyntax receiver, Func<string, bool> isName)
        {
            // the receiver sits under the unbound method group (an operation of kind None), not directly under the call
            foreach (var child in invalid.Descendants())
            {
                if (child.Syntax == receiver && child.Type?.Name is string n && isName(n))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An unbound PushProperty/ForContext: the value argument is traced under the property's name (the first, a constant).</summary>
        /// <summary>
        /// activity?.SetTag("passenger.phone", msg.PassengerPhone): an argument of unbound type (a message of a package that
        /// did not restore) makes the whole call unbound, though its receiver is System.Diagnostics.Activity.
        /// </summary>
        private static bool FindInUnresolvedTag(IInvalidOperation invalid, InvocationExpressionSyntax call, string name, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            if ((name == "SetTag" || name == "AddTag" || name == "SetBaggage" || name == "AddBaggage") && IsActivity(invalid.Type)
                && call.ArgumentList.Arguments.Count >= 2)
            {
                FindInUnresolvedEnrichment(invalid, call, tracer, hits, "Activity." + name, PiiSinkKind.Telemetry);
                return true;
            }

            return false;
        }

        private static bool IsActivity(ITypeSymbol? type) =>
            type != null && type.Name == "Activity" && PiiCompilationContext.Namespace(type) == "System.Diagnostics";

        private static void FindInUnresolvedEnrichment(IInvalidOperation invalid, InvocationExpressionSyntax call, PiiFlowTracer tracer, List<PiiSinkHit> hits, string sinkName,
            PiiSinkKind kind = PiiSinkKind.Log)
        {
            IOperation? key = null;
            IOperation? value = null;
            foreach (var child in invalid.ChildOperations)
            {
                if (child.Syntax == call.ArgumentList.Arguments[0].Expression)
                {
                    key = child;
                }
                else if (child.Syntax == call.ArgumentList.Arguments[1].Expression)
                {
                    value = child;
                }
            }

            var name = ConstantString(key);
            if (name != null && value != null)
            {
                AddHit(hits, kind, call, sinkName, tracer.Trace(value, call, name));
            }
        }

        private static void AddHit(List<PiiSinkHit> hits, PiiSinkKind kind, SyntaxNode node, string sinkName, List<PiiFlow> flows)
        {
            DropUnreportedPasswords(kind, flows);
            if (flows.Count == 0)
            {
                return;
            }

            // activity?.SetTag(…): report the whole conditional access, not the member binding
            while (node.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == node)
            {
                node = access;
            }

            foreach (var existing in hits)
            {
                if (existing.Node == node && existing.Kind == kind)
                {
                    existing.Flows.AddRange(flows);
                    return;
                }
            }

            hits.Add(new PiiSinkHit(kind, node, sinkName, flows));
        }

        /// <summary>Drops the password flows the sink does not report (<see cref="PlaintextPassword.IsReported"/>).</summary>
        internal static void DropUnreportedPasswords(PiiSinkKind kind, List<PiiFlow> flows) =>
            flows.RemoveAll(f => f.Category == PiiCategory.Password && !PlaintextPassword.IsReported(kind, f) || f.RawPayload && !RawRequestPayload.IsReportedAt(kind));

        private static void FindInInvocation(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type == null)
            {
                return;
            }

            var typeName = type.Name;
            var ns = PiiCompilationContext.Namespace(type);
            var name = method.Name;

            // ILogger extension methods: LogInformation("… {Phone}", phone)
            if (typeName == "LoggerExtensions" && ns == "Microsoft.Extensions.Logging" && (name.StartsWith("Log", StringComparison.Ordinal) || name == "BeginScope"))
            {
                TraceTemplateCall(invocation, tracer, hits, PiiSinkKind.Log, name, "message", "args");
                return;
            }

            // [LoggerMessage] partial methods: arguments bound to the template by parameter name
            if (AttributeNames.Any(method.GetAttributes(), "LoggerMessage"))
            {
                TraceLoggerMessageMethod(invocation, tracer, hits);
                return;
            }

            // LoggerMessage.Define<T…>(…) delegates: logX(logger, phone, null)
            if (name == "Invoke" && type.TypeKind == TypeKind.Delegate && method.Parameters.Length > 0 && method.Parameters[0].Type.Name == "ILogger")
            {
                TraceDefinedLogger(invocation, tracer, hits);
                return;
            }

            if (ns == "ZLogger" && IsZLoggerMethod(name))
            {
                TraceAllArguments(invocation, tracer, hits, PiiSinkKind.Log, name);
                return;
            }

            if (typeName == "Console" && ns == "System" && (name == "Write" || name == "WriteLine"))
            {
                TraceAllArguments(invocation, tracer, hits, PiiSinkKind.Log, "Console." + name);
                return;
            }

            if ((typeName == "Debug" || typeName == "Trace") && ns == "System.Diagnostics")
            {
                TraceAllArguments(invocation, tracer, hits, PiiSinkKind.Log, typeName + "." + name);
                return;
            }

            // TextWriter: Console.Out/Error are logs, anything else (StreamWriter, File.CreateText) is a file
            if (PiiCompilationContext.DerivesFromName(type, "System.IO.TextWriter") && name.StartsWith("Write", StringComparison.Ordinal))
            {
                if (typeName == "StringWriter")
                {
                    return;
                }

                var kind = IsConsoleStream(invocation.Instance) || IsLogNamedWriter(invocation.Instance) ? PiiSinkKind.Log : PiiSinkKind.File;
                TraceAllArguments(invocation, tracer, hits, kind, (kind == PiiSinkKind.Log ? "Console." : typeName + ".") + name);
                return;
            }

            // ctx.Response.WriteAsync($"… {idCard}"): the text is the response body
            if (typeName == "HttpResponseWritingExtensions" && name == "WriteAsync")
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "text")
                    {
                        AddHit(hits, PiiSinkKind.Response, invocation.Syntax, "HttpResponse.WriteAsync", tracer.Trace(argument.Value, invocation.Syntax));
                    }
                }

                return;
            }

            // ctx.Response.WriteAsJsonAsync(entity): the object is serialised as the response body
            if (typeName == "HttpResponseJsonExtensions" && name == "WriteAsJsonAsync")
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "value")
                    {
                        AddHit(hits, PiiSinkKind.Response, invocation.Syntax, "HttpResponse.WriteAsJsonAsync", tracer.Trace(argument.Value, invocation.Syntax, serialize: true));
                    }
                }

                return;
            }

            if (typeName == "File" && ns == "System.IO" && (name.StartsWith("WriteAll", StringComparison.Ordinal) || name.StartsWith("AppendAll", StringComparison.Ordinal)))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter != null && argument.Parameter.Ordinal > 0 && argument.Parameter.Type.Name != "Encoding" && argument.Parameter.Type.Name != "CancellationToken")
                    {
                        AddHit(hits, PiiSinkKind.File, invocation.Syntax, "File." + name, tracer.Trace(argument.Value, invocation.Syntax));
                    }
                }

                return;
            }

            // NPOI (and spreadsheet APIs of its shape): row.CreateCell(3).SetCellValue(u.Mobile) writes a cell of an exported workbook
            if (name == "SetCellValue" && invocation.Arguments.Length == 1)
            {
                AddHit(hits, PiiSinkKind.File, invocation.Syntax, "spreadsheet cell", tracer.Trace(invocation.Arguments[0].Value, invocation.Syntax));
                return;
            }

            // CsvHelper by shape: csv.WriteField(c.Phone), csv.WriteRecords(customers)
            if ((typeName == "CsvWriter" || typeName == "IWriter" || typeName == "IWriterRow") && name.StartsWith("Write", StringComparison.Ordinal))
            {
                var serialize = name.StartsWith("WriteRecord", StringComparison.Ordinal);
                foreach (var argument in invocation.Arguments)
                {
                    AddHit(hits, PiiSinkKind.File, invocation.Syntax, "CsvWriter." + name, tracer.Trace(argument.Value, invocation.Syntax, serialize: serialize));
                }

                return;
            }

            if (ns == "System.Diagnostics" && ((typeName == "Activity" && (name == "SetTag" || name == "AddTag" || name == "SetBaggage" || name == "AddBaggage"))
                || ((typeName == "TagList" || typeName == "ActivityTagsCollection") && name == "Add")))
            {
                TraceTag(invocation, tracer, hits, typeName + "." + name);
                return;
            }

            if (ns == "System.Diagnostics.Metrics" && (name == "Add" || name == "Record"))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (PiiFlowTracer.Unwrap(argument.Value) is IObjectCreationOperation kv && kv.Type?.Name == "KeyValuePair" && kv.Arguments.Length == 2)
                    {
                        var key = kv.Arguments[0].Value.ConstantValue.HasValue ? kv.Arguments[0].Value.ConstantValue.Value as string : null;
                        AddHit(hits, PiiSinkKind.Telemetry, invocation.Syntax, typeName + "." + name, tracer.Trace(kv.Arguments[1].Value, invocation.Syntax, key));
                    }
                }

                return;
            }

            // ControllerBase.Problem(detail: …), Results.Problem(…), TypedResults.Problem(…)
            if ((name == "Problem" || name == "ValidationProblem") && (typeName == "ControllerBase" || typeName == "Results" || typeName == "TypedResults"))
            {
                foreach (var argument in invocation.Arguments)
                {
                    var pname = argument.Parameter?.Name;
                    if (pname == "detail" || pname == "title" || pname == "instance")
                    {
                        AddHit(hits, PiiSinkKind.Exception, invocation.Syntax, typeName + "." + name, tracer.Trace(argument.Value, invocation.Syntax));
                    }
                }

                return;
            }

            // logger.BeginScope(new Dictionary<string, object> { ["Mobile"] = m.Mobile }): every event of the scope carries the entries
            if (name == "BeginScope" && ns == "Microsoft.Extensions.Logging" && typeName != "LoggerExtensions" && invocation.Arguments.Length == 1)
            {
                TraceScopeState(invocation, tracer, hits);
                return;
            }

            // Serilog enricher: propertyFactory.CreateProperty("Phone", user.Phone) adds the value to every event it enriches
            if (name == "CreateProperty" && ns.StartsWith("Serilog", StringComparison.Ordinal) && invocation.Arguments.Length >= 2
                && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
            {
                AddHit(hits, PiiSinkKind.Log, invocation.Syntax, "ILogEventPropertyFactory.CreateProperty",
                    tracer.Trace(invocation.Arguments[1].Value, invocation.Syntax, ConstantString(invocation.Arguments[0].Value)));
                return;
            }

            // Serilog enrichment: LogContext.PushProperty("Phone", phone), logger.ForContext("Phone", phone) — every later
            // event of the scope carries the value, so it is logged as surely as a template argument.
            if ((name == "PushProperty" && typeName == "LogContext" || name == "ForContext") && ns.StartsWith("Serilog", StringComparison.Ordinal)
                && invocation.Arguments.Length >= 2 && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
            {
                var key = ConstantString(invocation.Arguments[0].Value);

                // destructureObjects: true writes the whole object's properties (a user attached to the scope), as {@User}
                var destructure = false;
                foreach (var argument in invocation.Arguments)
                {
                    destructure |= argument.Parameter?.Name == "destructureObjects" && argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is true;
                }

                AddHit(hits, PiiSinkKind.Log, invocation.Syntax, typeName + "." + name, tracer.Trace(invocation.Arguments[1].Value, invocation.Syntax, key, serialize: destructure));
                return;
            }

            // Serilog, NLog, log4net and home-grown loggers by shape: a log method name (Info, LogError, ConsoleWarn,
            // ErrorAsync) on a type named for logging (ILogManager, IErrorLog, LogHelper), or a method named Log that takes a message
            if (IsLogMethodName(name) && IsLoggerType(type, invocation.Instance?.Type) || IsMessageLogMethod(method, ns))
            {
                TraceShapeLogCall(invocation, tracer, hits);
                return;
            }

            // the code's own log helpers (log.RiderJoined(rider.Name, rider.Mobile)): what the helper logs, the call logs
            if (method.DeclaringSyntaxReferences.Length == 1)
            {
                TraceHelperCall(invocation, tracer, hits);
            }
        }

        private static void TraceHelperCall(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            var forwards = HelperSinks.Of(invocation.TargetMethod, tracer);
            if (forwards.Length == 0)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter == null)
                {
                    continue;
                }

                foreach (var forward in forwards)
                {
                    if (forward.Ordinal != argument.Parameter.Ordinal)
                    {
                        continue;
                    }

                    foreach (var value in ArgumentValues(argument))
                    {
                        AddHit(hits, PiiSinkKind.Log, invocation.Syntax, invocation.TargetMethod.Name, tracer.Trace(value, invocation.Syntax, serialize: forward.Serialize));
                    }
                }
            }
        }

        /// <summary>A scope state written as a dictionary (indexer or Add initializers) is traced entry by entry, each under its key.</summary>
        private static void TraceScopeState(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            var state = PiiFlowTracer.Unwrap(invocation.Arguments[0].Value);
            if (!(state is IObjectCreationOperation creation) || creation.Initializer == null)
            {
                AddHit(hits, PiiSinkKind.Log, invocation.Syntax, "ILogger.BeginScope", tracer.Trace(invocation.Arguments[0].Value, invocation.Syntax));
                return;
            }

            foreach (var entry in creation.Initializer.Initializers)
            {
                switch (entry)
                {
                    // reported at the entry that carries the value (a scope of several entries says which one), as a
                    // response DTO is reported at its member
                    case ISimpleAssignmentOperation assignment when assignment.Target is IPropertyReferenceOperation indexer && indexer.Arguments.Length == 1:
                        TraceScopeEntry(hits, tracer, assignment.Syntax, ConstantString(indexer.Arguments[0].Value), assignment.Value);
                        break;
                    case IInvocationOperation add when add.Arguments.Length == 2:
                        TraceScopeEntry(hits, tracer, add.Syntax, ConstantString(add.Arguments[0].Value), add.Arguments[1].Value);
                        break;
                }
            }
        }

        /// <summary>A scope entry under its key; a key "@User" asks the provider (Serilog's) to destructure the whole object.</summary>
        private static void TraceScopeEntry(List<PiiSinkHit> hits, PiiFlowTracer tracer, SyntaxNode node, string? key, IOperation value)
        {
            var destructure = key != null && key.StartsWith("@", StringComparison.Ordinal);
            AddHit(hits, PiiSinkKind.Log, node, "ILogger.BeginScope", tracer.Trace(value, node, destructure ? key!.Substring(1) : key, serialize: destructure));
        }

        /// <summary>
        /// A TextWriter handed in as the log (Azure WebJobs' <c>TextWriter log</c> parameter, a <c>_log</c> field): a log, not a file.
        /// </summary>
        private static bool IsLogNamedWriter(IOperation? instance)
        {
            string? name;
            switch (instance == null ? null : PiiFlowTracer.Unwrap(instance))
            {
                case IParameterReferenceOperation p: name = p.Parameter.Name; break;
                case IFieldReferenceOperation f: name = f.Field.Name; break;
                case IPropertyReferenceOperation pr when pr.Instance == null || pr.Instance is IInstanceReferenceOperation: name = pr.Property.Name; break;
                default: return false;
            }

            name = name.TrimStart('_');
            return string.Equals(name, "log", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "logger", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsConsoleStream(IOperation? instance) =>
            instance != null && PiiFlowTracer.Unwrap(instance) is IPropertyReferenceOperation p && p.Property.ContainingType?.Name == "Console";

        /// <summary>
        /// A method name loggers use: the shape names (Info, Error, Log, Write…), WriteLine, and the same level words behind a
        /// Log or Console prefix (LogError, ConsoleInfo), each also with an Async suffix (nopCommerce's InformationAsync).
        /// Login/Logout are no level words, so they never match.
        /// </summary>
        internal static bool IsLogMethodName(string name)
        {
            if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5)
            {
                name = name.Substring(0, name.Length - 5);
            }

            if (ShapeLogMethods.Contains(name) || name == "WriteLine")
            {
                return true;
            }

            foreach (var prefix in LogMethodPrefixes)
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && ShapeLogMethods.Contains(name.Substring(prefix.Length)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A type named for logging: ILogger/Logger/ILog/LogManager as before, and a project's own log API — a name that,
        /// without a role suffix (Manager, Helper, Service, Util…), ends in Log, Logger, Logging or Log4Net: ILogManager,
        /// IErrorLog, TextLog, LogHelper, NLogHelper, Log4NetHelper, ILoggerService, LogProvider — or in Trace (XTrace,
        /// TraceHelper; not StackTrace). "Log" must start a word (Catalog,
        /// Dialog and Blog do not match). A log entity (AuditLog with columns) matches too, but it has no log-named method.
        /// </summary>
        internal static bool IsLoggerTypeName(string n)
        {
            if (n == "ILogger" || n == "Logger" || n == "ILog" || n == "Log" || n.EndsWith("Logger", StringComparison.Ordinal) || n == "LogManager")
            {
                return true;
            }

            foreach (var role in LoggerRoleSuffixes)
            {
                if (n.Length > role.Length && n.EndsWith(role, StringComparison.Ordinal))
                {
                    n = n.Substring(0, n.Length - role.Length);
                    break;
                }
            }

            // a trace facade (NewLife's XTrace, a TraceHelper) writes the application's log too (System.Diagnostics.Trace is
            // matched by namespace before; a StackTrace has no log method)
            return n.EndsWith("Log", StringComparison.Ordinal) || n.EndsWith("Logger", StringComparison.Ordinal)
                || n.EndsWith("Logging", StringComparison.Ordinal) || n.EndsWith("Log4Net", StringComparison.OrdinalIgnoreCase)
                || (n.EndsWith("Trace", StringComparison.Ordinal) && n != "StackTrace");
        }

        // Write + level word: WriteLog, WriteInfo, WriteError (Chinese helpers' names), only on a type named for logging
        private static readonly string[] LogMethodPrefixes = { "Log", "Console", "Write" };

        private static readonly string[] LoggerRoleSuffixes =
        {
            "Manager", "Helper", "Helpers", "Service", "Util", "Utils", "Utility", "Wrapper", "Facade", "Writer", "Provider",
        };

        /// <summary>Parameter names that carry a log line's text (the template of a home-grown logger).</summary>
        private static bool IsMessageParameterName(string name) =>
            name == "message" || name == "msg" || name == "messageTemplate" || name == "template" || name == "format" || name == "text"
            || name == "logMessage" || name == "content" || name == "logContent";

        /// <summary>
        /// A project's own method named Log (or LogAsync) that takes a message: <c>executionContext.Log(…, message)</c>,
        /// <c>ModManager.Log(message, level)</c>. Whatever its type is called, the name and the message say it writes a log.
        /// Not WriteLog on a type not named for logging: it is as often an audit row's insert (an SSO log entity with the
        /// user's name in its own column); what its body logs is followed instead. Not the framework's (Math.Log takes no text).
        /// </summary>
        private static bool IsMessageLogMethod(IMethodSymbol method, string ns)
        {
            if (method.Name != "Log" && method.Name != "LogAsync" || ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Microsoft", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.SpecialType == SpecialType.System_String && IsMessageParameterName(parameter.Name))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsLoggerType(INamedTypeSymbol type, ITypeSymbol? instanceType)
        {
            foreach (var t in new[] { (ITypeSymbol?)type, instanceType })
            {
                if (t == null)
                {
                    continue;
                }

                var ns = PiiCompilationContext.Namespace(t);
                if (ns.StartsWith("Serilog", StringComparison.Ordinal) || ns.StartsWith("NLog", StringComparison.Ordinal) || ns.StartsWith("log4net", StringComparison.Ordinal))
                {
                    return true;
                }

                if (IsLoggerTypeName(t.Name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Names bound to positional arguments by a message template ("{Phone}" → Phone, "{0}" → null).</summary>
        internal static List<(string? Name, bool Destructure)> TemplateNames(string? template)
        {
            var names = new List<(string?, bool)>();
            if (string.IsNullOrEmpty(template))
            {
                return names;
            }

            foreach (Match m in Placeholder.Matches(template!))
            {
                var n = m.Groups[2].Value.Trim();
                var isIndex = n.Length > 0 && char.IsDigit(n[0]);
                names.Add((isIndex ? null : n, m.Groups[1].Value == "@"));
            }

            return names;
        }

        private static string? ConstantString(IOperation? op) =>
            op != null && op.ConstantValue.HasValue ? op.ConstantValue.Value as string : null;

        /// <summary>Template call: the message (interpolated or not) and the args, each bound to its placeholder.</summary>
        private static void TraceTemplateCall(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits, PiiSinkKind kind, string sinkName, string messageParameter, string argsParameter)
        {
            string? template = null;
            IArgumentOperation? args = null;
            foreach (var argument in invocation.Arguments)
            {
                var pname = argument.Parameter?.Name;
                if (pname == messageParameter)
                {
                    template = ConstantString(argument.Value);
                    if (template == null)
                    {
                        AddHit(hits, kind, invocation.Syntax, sinkName, tracer.Trace(argument.Value, invocation.Syntax));
                    }
                }
                else if (pname == argsParameter)
                {
                    args = argument;
                }
                else if (pname == "state")
                {
                    AddHit(hits, kind, invocation.Syntax, sinkName, tracer.Trace(argument.Value, invocation.Syntax));
                }
            }

            if (args != null)
            {
                TraceBoundValues(invocation, tracer, hits, kind, sinkName, template, ArgumentValues(args));
            }
        }

        private static List<IOperation> ArgumentValues(IArgumentOperation args)
        {
            var values = new List<IOperation>();
            if (PiiFlowTracer.Unwrap(args.Value) is IArrayCreationOperation array && (args.ArgumentKind == ArgumentKind.ParamArray || array.Initializer != null))
            {
                if (array.Initializer != null)
                {
                    values.AddRange(array.Initializer.ElementValues);
                }
            }
            else
            {
                values.Add(args.Value);
            }

            return values;
        }

        private static void TraceBoundValues(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits, PiiSinkKind kind, string sinkName, string? template, List<IOperation> values)
        {
            var names = TemplateNames(template);
            for (var i = 0; i < values.Count; i++)
            {
                var bound = i < names.Count ? names[i] : (null, false);
                AddHit(hits, kind, invocation.Syntax, sinkName, tracer.Trace(values[i], invocation.Syntax, bound.Item1, serialize: bound.Item2));
            }
        }

        private static void TraceBoundValues(SyntaxNode sink, IOperation _, PiiFlowTracer tracer, List<PiiSinkHit> hits, string sinkName, string? template, List<IOperation> values)
        {
            var names = TemplateNames(template);
            for (var i = 0; i < values.Count; i++)
            {
                var bound = i < names.Count ? names[i] : (null, false);
                AddHit(hits, PiiSinkKind.Log, sink, sinkName, tracer.Trace(values[i], sink, bound.Item1, serialize: bound.Item2));
            }
        }

        private static void TraceAllArguments(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits, PiiSinkKind kind, string sinkName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_Boolean)
                {
                    continue;
                }

                foreach (var value in ArgumentValues(argument))
                {
                    AddHit(hits, kind, invocation.Syntax, sinkName, tracer.Trace(value, invocation.Syntax));
                }
            }
        }

        private static void TraceShapeLogCall(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            var sinkName = (invocation.Instance?.Type?.Name ?? invocation.TargetMethod.ContainingType.Name) + "." + invocation.TargetMethod.Name;
            string? template = null;
            var values = new List<IOperation>();

            // the text parameter named as such (Log(level, source, function, message, args)) is the template wherever it stands;
            // otherwise the first string before any value, as log libraries order them
            IParameterSymbol? messageParameter = null;
            foreach (var p in invocation.TargetMethod.Parameters)
            {
                if (p.Type.SpecialType == SpecialType.System_String && IsMessageParameterName(p.Name))
                {
                    messageParameter = p;
                    break;
                }
            }

            foreach (var argument in invocation.Arguments)
            {
                var ptype = argument.Parameter?.Type;
                if (ptype == null || PiiCompilationContext.DerivesFromName(ptype, "System.Exception") || ptype.TypeKind == TypeKind.Enum
                    || ptype.Name == "IFormatProvider" || ptype.Name == "LogLevel" || ptype.Name == "LogEventLevel")
                {
                    continue;
                }

                // the logging class passes itself as the source (ILogManager.Log(level, this, …)): a category, not data
                if (PiiFlowTracer.Unwrap(argument.Value) is IInstanceReferenceOperation)
                {
                    continue;
                }

                if (template == null && (messageParameter != null ? SymbolEqualityComparer.Default.Equals(argument.Parameter, messageParameter)
                        : values.Count == 0 && ptype.SpecialType == SpecialType.System_String))
                {
                    template = ConstantString(argument.Value);
                    if (template == null)
                    {
                        AddHit(hits, PiiSinkKind.Log, invocation.Syntax, sinkName, tracer.Trace(argument.Value, invocation.Syntax));
                        template = string.Empty;
                    }

                    continue;
                }

                values.AddRange(ArgumentValues(argument));
            }

            TraceBoundValues(invocation, tracer, hits, PiiSinkKind.Log, sinkName, template, values);
        }

        private static void TraceLoggerMessageMethod(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            foreach (var argument in invocation.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter == null)
                {
                    continue;
                }

                var ptype = parameter.Type;
                if (ptype.Name == "ILogger" || ptype.Name == "LogLevel" || PiiCompilationContext.DerivesFromName(ptype, "System.Exception"))
                {
                    continue;
                }

                // A classification attribute on the parameter makes the generator redact the value.
                var redacted = false;
                foreach (var a in parameter.GetAttributes())
                {
                    if (PiiCompilationContext.IsClassificationAttribute(a.AttributeClass, tracer.Options))
                    {
                        redacted = true;
                    }
                }

                AddHit(hits, PiiSinkKind.Log, invocation.Syntax, invocation.TargetMethod.Name, tracer.Trace(argument.Value, invocation.Syntax, parameter.Name, masked: redacted));
            }
        }

        private static void TraceDefinedLogger(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            var receiver = invocation.Instance == null ? null : PiiFlowTracer.Unwrap(invocation.Instance);
            ISymbol? field = (receiver as IFieldReferenceOperation)?.Field ?? (ISymbol?)(receiver as IPropertyReferenceOperation)?.Property;
            if (field == null)
            {
                return;
            }

            string? template = null;
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                foreach (var call in syntax.DescendantNodes())
                {
                    if (call is InvocationExpressionSyntax defineCall && defineCall.Expression.ToString().Contains("Define"))
                    {
                        foreach (var arg in defineCall.ArgumentList.Arguments)
                        {
                            if (arg.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                            {
                                template = literal.Token.ValueText;
                            }
                        }
                    }
                }
            }

            if (template == null)
            {
                return;
            }

            var values = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                var ptype = argument.Parameter?.Type;
                if (ptype == null || ptype.Name == "ILogger" || PiiCompilationContext.DerivesFromName(ptype, "System.Exception"))
                {
                    continue;
                }

                values.Add(argument.Value);
            }

            TraceBoundValues(invocation, tracer, hits, PiiSinkKind.Log, field.Name, template, values);
        }

        private static void TraceTag(IInvocationOperation invocation, PiiFlowTracer tracer, List<PiiSinkHit> hits, string sinkName)
        {
            string? key = null;
            foreach (var argument in invocation.Arguments)
            {
                var pname = argument.Parameter?.Name;
                if (pname == "key")
                {
                    key = ConstantString(argument.Value);
                }
            }

            foreach (var argument in invocation.Arguments)
            {
                var pname = argument.Parameter?.Name;
                if (pname == "value")
                {
                    AddHit(hits, PiiSinkKind.Telemetry, invocation.Syntax, sinkName, tracer.Trace(argument.Value, invocation.Syntax, key));
                }
                else if (pname == "tag" && PiiFlowTracer.Unwrap(argument.Value) is IObjectCreationOperation kv && kv.Arguments.Length == 2)
                {
                    AddHit(hits, PiiSinkKind.Telemetry, invocation.Syntax, sinkName, tracer.Trace(kv.Arguments[1].Value, invocation.Syntax, ConstantString(kv.Arguments[0].Value)));
                }
            }
        }

        internal static void FindInThrow(IThrowOperation thrown, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            if (SystemAccountGuard.OnlyForSystemAccount(thrown.Syntax))
            {
                return; // thrown only for the product's own built-in account: not a person
            }

            var exception = thrown.Exception == null ? null : PiiFlowTracer.Unwrap(thrown.Exception);
            if (exception is IInvalidOperation unbound && unbound.Syntax is ObjectCreationExpressionSyntax unboundCreation
                && RightmostTypeName(unboundCreation.Type).EndsWith("Exception", StringComparison.Ordinal))
            {
                // throw new RpcException(new Status(code, $"… {phone}")) without the RPC package: the exception type did not
                // bind, so its arguments (and those of a status object built inside them) are traced as they are
                FindInUnboundThrowArguments(unbound, thrown, RightmostTypeName(unboundCreation.Type), tracer, hits, 0);
                return;
            }

            if (!(exception is IObjectCreationOperation creation))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                var ptype = argument.Parameter?.Type;
                if (ptype == null || PiiCompilationContext.DerivesFromName(ptype, "System.Exception") || !ExceptionMessageParameters.MayReachMessage(argument.Parameter))
                {
                    continue;
                }

                AddHit(hits, PiiSinkKind.Exception, thrown.Syntax, creation.Type?.Name ?? "throw", tracer.Trace(argument.Value, thrown.Syntax));
            }

            if (creation.Initializer != null)
            {
                foreach (var initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation assignment)
                    {
                        AddHit(hits, PiiSinkKind.Exception, thrown.Syntax, creation.Type?.Name ?? "throw", tracer.Trace(assignment.Value, thrown.Syntax));
                    }
                }
            }
        }

        private static void FindInUnboundThrowArguments(IInvalidOperation creation, IThrowOperation thrown, string typeName, PiiFlowTracer tracer, List<PiiSinkHit> hits, int depth)
        {
            foreach (var child in creation.ChildOperations)
            {
                if (child is IInvalidOperation nested && nested.Syntax is ObjectCreationExpressionSyntax && depth < 2)
                {
                    FindInUnboundThrowArguments(nested, thrown, typeName, tracer, hits, depth + 1);
                }
                else if (child.Type == null || !PiiCompilationContext.DerivesFromName(child.Type, "System.Exception"))
                {
                    AddHit(hits, PiiSinkKind.Exception, thrown.Syntax, typeName, tracer.Trace(child, thrown.Syntax));
                }
            }
        }

        private static string RightmostTypeName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            SimpleNameSyntax n => n.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            _ => string.Empty,
        };

        private static void FindInObjectCreation(IObjectCreationOperation creation, PiiFlowTracer tracer, List<PiiSinkHit> hits)
        {
            var type = creation.Type;
            if (type == null || creation.Initializer == null || !PiiCompilationContext.DerivesFromSimpleName(type, "ProblemDetails"))
            {
                return;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment && assignment.Target is IPropertyReferenceOperation target
                    && (target.Property.Name == "Detail" || target.Property.Name == "Title" || target.Property.Name == "Instance"))
                {
                    AddHit(hits, PiiSinkKind.Exception, assignment.Syntax, type.Name + "." + target.Property.Name, tracer.Trace(assignment.Value, assignment.Syntax));
                }
            }
        }
    }
}
