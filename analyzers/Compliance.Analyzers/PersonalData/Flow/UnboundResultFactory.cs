namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// <c>return Ok(new { c.Name, c.Mobile })</c> or <c>return Json(c, JsonRequestBehavior.AllowGet)</c> in a controller whose
    /// base class did not bind (an MVC 5 <c>Controller</c> or Web API 2 <c>ApiController</c> of System.Web, never restored
    /// on .NET): the result factory is an unbound call on <c>this</c>, but its arguments still bind. The payload is the
    /// first argument (Ok, Json, Content), or the last for the Created*/Accepted* factories, whose value comes after the
    /// location.
    /// </summary>
    internal static class UnboundResultFactory
    {
        public static IOperation? Payload(IInvalidOperation invalid)
        {
            if (!(invalid.Syntax is InvocationExpressionSyntax call) || !(call.Expression is IdentifierNameSyntax name)
                || call.ArgumentList.Arguments.Count == 0)
            {
                return null;
            }

            var method = name.Identifier.ValueText;
            ArgumentSyntax argument;
            switch (method)
            {
                case "Ok":
                case "Json":
                case "Content":
                    argument = call.ArgumentList.Arguments[0];
                    break;
                case "Created":
                case "CreatedAtAction":
                case "CreatedAtRoute":
                case "Accepted":
                case "AcceptedAtAction":
                case "AcceptedAtRoute":
                    argument = call.ArgumentList.Arguments[call.ArgumentList.Arguments.Count - 1];
                    break;
                default:
                    return null;
            }

            foreach (var child in invalid.ChildOperations)
            {
                if (child.Syntax == argument.Expression)
                {
                    return child;
                }

                if (child is IArgumentOperation bound && child.Syntax == argument)
                {
                    return bound.Value;
                }
            }

            return null;
        }
    }
}
