namespace Compliance.Analyzers.PersonalData
{
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>CMP3004: personal information written to a file — File.WriteAll*/AppendAll*, StreamWriter/TextWriter.Write*, CSV writers, spreadsheet cells.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalDataWrittenToFileAnalyzer : PiiSinkAnalyzerBase
    {
        private protected override PiiSinkKind? SinkKind => PiiSinkKind.File;
        private protected override DiagnosticDescriptor Rule => PersonalDataDescriptors.PersonalDataWrittenToFile;
        private protected override OperationKind[] OperationKinds => new[] { OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.Invalid };

        /// <summary>
        /// An export built row by row in a StringBuilder and written once is reported where the person enters the rows
        /// (<c>sb.Append(holder.CardNo)</c>), not at the single write many lines below: that append is the line to mask,
        /// and the write is kept as an additional location. Files only: a log message built in a builder is one event,
        /// reported at its log call as before. Only within one member: a row a helper method built is reported at the write.
        /// </summary>
        private protected override SyntaxNode? ReportAt(PiiSinkHit hit, PiiFlow reported)
        {
            var origin = reported.Origin;
            return origin.SyntaxTree == hit.Node.SyntaxTree && !hit.Node.Span.Contains(origin.Span) && EntersBuilder(origin)
                   && Member(origin) == Member(hit.Node)
                ? origin
                : null;
        }

        // a row built by a helper method (string BuildLabel(...)) is reported at the write that calls it: the helper may serve other, safe uses
        private static SyntaxNode? Member(SyntaxNode node)
        {
            for (var n = node.Parent; n != null; n = n.Parent)
            {
                if (n is MemberDeclarationSyntax || n is LocalFunctionStatementSyntax)
                {
                    return n;
                }
            }

            return null;
        }

        /// <summary>The value is inside an argument of an Append/AppendLine/AppendFormat/Insert call of its statement (string.Join(…) inside AppendLine too).</summary>
        private static bool EntersBuilder(SyntaxNode origin)
        {
            for (var node = origin.Parent; node != null && !(node is StatementSyntax); node = node.Parent)
            {
                if (node is ArgumentSyntax && node.Parent?.Parent is InvocationExpressionSyntax call
                    && call.Expression is MemberAccessExpressionSyntax member)
                {
                    var name = member.Name.Identifier.ValueText;
                    if (name == "Append" || name == "AppendLine" || name == "AppendFormat" || name == "Insert")
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
