namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// A source-generated <c>[LoggerMessage]</c> method: its template is the place where personal data is put into the
    /// log, for every call site at once (the call sites are sinks of PiiSinkFinder too). A placeholder bound to a parameter
    /// named for personal data (or classified) is a log hit on the attribute. Read from syntax, so it works whether or not
    /// the logging package and its source generator ran.
    /// </summary>
    internal static class LoggerMessageTemplates
    {
        public static PiiSinkHit? Find(IMethodSymbol method, PiiOptions options, System.Threading.CancellationToken ct)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (!(reference.GetSyntax(ct) is MethodDeclarationSyntax declaration) || declaration.Body != null || declaration.ExpressionBody != null)
                {
                    continue;
                }

                foreach (var list in declaration.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        var name = attribute.Name is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : (attribute.Name as SimpleNameSyntax)?.Identifier.ValueText;
                        if ((name == "LoggerMessage" || name == "LoggerMessageAttribute") && Template(attribute) is string template)
                        {
                            var flows = Flows(method, template, attribute, options);
                            PiiSinkFinder.DropUnreportedPasswords(PiiSinkKind.Log, flows);
                            return flows.Count > 0 ? new PiiSinkHit(PiiSinkKind.Log, attribute, "LoggerMessage", flows) : null;
                        }
                    }
                }
            }

            return null;
        }

        // Message = "…" (named), or the positional string: LoggerMessage(eventId, level, "…") / LoggerMessage(level, "…")
        private static string? Template(AttributeSyntax attribute)
        {
            if (attribute.ArgumentList == null)
            {
                return null;
            }

            string? positional = null;
            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                if (!(argument.Expression is LiteralExpressionSyntax literal) || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                if (argument.NameEquals?.Name.Identifier.ValueText == "Message" || argument.NameColon?.Name.Identifier.ValueText == "message")
                {
                    return literal.Token.ValueText;
                }

                if (argument.NameEquals == null && argument.NameColon == null)
                {
                    positional = literal.Token.ValueText;
                }
            }

            return positional;
        }

        private static List<PiiFlow> Flows(IMethodSymbol method, string template, AttributeSyntax attribute, PiiOptions options)
        {
            var flows = new List<PiiFlow>();
            foreach (var (placeholder, _) in PiiSinkFinder.TemplateNames(template))
            {
                if (placeholder == null)
                {
                    continue;
                }

                foreach (var parameter in method.Parameters)
                {
                    if (!string.Equals(parameter.Name, placeholder, StringComparison.OrdinalIgnoreCase) || !PiiCompilationContext.CanHoldPii(parameter.Type))
                    {
                        continue;
                    }

                    // a classified parameter ([PiiData] string phone) is redacted by the logging generator's redactor
                    if (!PiiCompilationContext.HasClassificationAttribute(parameter, options) && options.Names.TryClassify(parameter.Name, null, out var category))
                    {
                        var origin = parameter.DeclaringSyntaxReferences.Length > 0 ? parameter.DeclaringSyntaxReferences[0].GetSyntax() : attribute;
                        flows.Add(new PiiFlow(category, false, "{" + placeholder + "}", origin, null, masked: false));
                    }
                }
            }

            return flows;
        }
    }
}
