using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Candidates
{
    /// <summary>
    /// Tokens without which a method of a non-controller type cannot hold a personal-data sink of
    /// PersonalData/Flow/PiiSinkFinder.cs (logs, exceptions, files, telemetry): the member is a
    /// candidate for the PII rules only if personal data and one of these meet in it. Deliberately
    /// wide (any identifier containing "log", every Write…); a sink added to PiiSinkFinder must add its
    /// name here, or the candidate-vs-whole-compilation tests fail on its test snippet.
    /// </summary>
    internal static class PiiSinkTokens
    {
        private static readonly HashSet<string> Names = new HashSet<string>(StringComparer.Ordinal)
        {
            // loggers by shape (ShapeLogMethods; their Log/Console prefixed and Async forms through IsLogMethodName), Console/Debug/Trace, Serilog enrichment
            "Verbose", "Debug", "Information", "Info", "Warning", "Warn", "Error", "Fatal", "Critical", "Trace",
            "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat", "ConditionalDebug", "ConditionalTrace",
            "Console", "PushProperty", "ForContext", "BeginScope", "Invoke", "CreateProperty", "AddPropertyIfAbsent", "AddOrUpdateProperty",

            // exceptions: ControllerBase/Results.Problem, ProblemDetails initialisers
            "Problem", "ValidationProblem", "ProblemDetails", "Detail", "Title", "Instance",

            // telemetry: Activity tags and baggage, TagList, metrics with tags
            "SetTag", "AddTag", "SetBaggage", "AddBaggage", "TagList", "ActivityTagsCollection", "KeyValuePair",

            // files: NPOI spreadsheet cells (row.CreateCell(i).SetCellValue(…))
            "SetCellValue",

            // minimal-API handlers (MapGet… are CandidateRuleNames already)
            "Map", "MapMethods",
        };

        public static bool IsSink(SyntaxToken token, CandidateVocabulary vocabulary)
        {
            if (token.IsKind(SyntaxKind.ThrowKeyword))
            {
                return true;
            }

            if (!token.IsKind(SyntaxKind.IdentifierToken))
            {
                return false;
            }

            var name = token.ValueText;
            if (Names.Contains(name) || name.IndexOf("log", StringComparison.OrdinalIgnoreCase) >= 0
                || name.StartsWith("Write", StringComparison.Ordinal) || name.StartsWith("AppendAll", StringComparison.Ordinal)
                || vocabulary.IsLogMethod(name) || PersonalData.Flow.PiiSinkFinder.IsLogMethodName(name))
            {
                return true;
            }

            // TagList.Add(key, value), Counter.Add(delta, tags…), Histogram.Record(value, tags…): with tags only
            return (name == "Add" || name == "Record") && !IsCallWithFewerThanTwoArguments(token);
        }

        private static bool IsCallWithFewerThanTwoArguments(SyntaxToken token)
        {
            SyntaxNode? callee = token.Parent;
            if (callee?.Parent is MemberAccessExpressionSyntax access && access.Name == callee || callee?.Parent is MemberBindingExpressionSyntax)
            {
                callee = callee.Parent;
            }

            return callee?.Parent is InvocationExpressionSyntax call && call.Expression == callee && call.ArgumentList.Arguments.Count < 2;
        }
    }
}
