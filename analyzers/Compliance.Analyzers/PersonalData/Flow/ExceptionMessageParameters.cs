namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Linq;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// Whether a thrown exception's constructor argument can end up in its message (CMP3002). A library exception's
    /// constructor is assumed to put it there. When the constructor's source is in the compilation, the parameter must be
    /// passed on in <c>base(…)</c>/<c>this(…)</c>, or the type must override <c>Message</c>: bitwarden's SSO exceptions keep
    /// the user's e-mail in a property for the error page while their message names only the organisation (judged FP).
    /// </summary>
    internal static class ExceptionMessageParameters
    {
        public static bool MayReachMessage(IParameterSymbol? parameter)
        {
            if (parameter == null || !(parameter.ContainingSymbol is IMethodSymbol constructor) || constructor.MethodKind != MethodKind.Constructor
                || constructor.DeclaringSyntaxReferences.Length == 0 || OverridesMessage(constructor.ContainingType))
            {
                return true;
            }

            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                // a primary constructor (record or class) passes its parameters in the type's base list: not followed here
                if (!(reference.GetSyntax() is ConstructorDeclarationSyntax declaration))
                {
                    return true;
                }

                // no initializer is base(): the default message. Any mention in base(…)/this(…) counts (formatted, forwarded).
                if (declaration.Initializer != null && declaration.Initializer.ArgumentList.Arguments.Any(a => Mentions(a.Expression, parameter.Name)))
                {
                    return true;
                }
            }

            return false;
        }

        // The type or a base below System.Exception computes Message itself (possibly from what the constructor stored);
        // a base that did not bind (fallback compilation) may do so too.
        private static bool OverridesMessage(INamedTypeSymbol? type)
        {
            for (var t = type; t != null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                if (t.TypeKind == TypeKind.Error)
                {
                    // `: Exception` unbound because the project's implicit `using System;` is missing (a scan without the
                    // project file): that is System.Exception, whose Message is what base(…) got. Any other unbound base
                    // may compute Message itself.
                    return !SystemExceptionNames.Contains(t.Name);
                }

                if (t.ContainingNamespace?.ToDisplayString() == "System" && t.Name == "Exception")
                {
                    return false;
                }

                if (t.GetMembers("Message").OfType<IPropertySymbol>().Any(p => p.IsOverride))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly System.Collections.Generic.HashSet<string> SystemExceptionNames = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal)
        {
            "Exception", "ApplicationException", "InvalidOperationException", "ArgumentException", "UnauthorizedAccessException",
            "NotSupportedException", "SystemException",
        };

        private static bool Mentions(ExpressionSyntax expression, string name) =>
            expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name);
    }
}
