namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using System.Linq;
    using System.Runtime.CompilerServices;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// A helper that copies a record for the caller and adds its personal members only when the caller may see them
    /// (oqtane's <c>UserController.Filter(User user)</c>, judged blind: a new User with id, user name and display name, and
    /// <c>if (IsAuthorized(User, …, RoleNames.Admin) || GetUser(User).UserId == user.UserId) { filtered.Email = user.Email; … }</c>).
    /// The action decides per caller what leaves, which is the minimisation the response rules ask for. Recognised by shape:
    /// every return is one local (or null) made by <c>new T()</c>; a member of it is set inside an <c>if</c> whose condition
    /// reads the request's principal (<c>User</c>, <c>HttpContext.User</c>); outside such an <c>if</c> it gets only constants
    /// or members whose names are not personal data. Anything else copied unconditionally keeps the response reported.
    /// </summary>
    internal static class CallerFilteredCopy
    {
        /// <summary>The value is a call of such a helper declared in source.</summary>
        public static bool Is(IOperation value, PiiOptions options)
        {
            return Common.LocalValueSources.Unwrap(value) is IInvocationOperation call && IsHelper(call.TargetMethod, options);
        }

        /// <summary>
        /// Each method's verdict, per options object (the default options are one shared instance): a helper is asked about
        /// once per call of it and per rule, and the answer depends only on its declaration.
        /// </summary>
        private static readonly ConditionalWeakTable<IMethodSymbol, ConditionalWeakTable<PiiOptions, object>> Verdicts =
            new ConditionalWeakTable<IMethodSymbol, ConditionalWeakTable<PiiOptions, object>>();

        public static bool IsHelper(IMethodSymbol method, PiiOptions options) =>
            (bool)Verdicts.GetValue(method, _ => new ConditionalWeakTable<PiiOptions, object>()).GetValue(options, o => Compute(method, o));

        private static bool Compute(IMethodSymbol method, PiiOptions options)
        {
            if (method.DeclaringSyntaxReferences.Length != 1
                || !(method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declaration) || declaration.Body == null)
            {
                return false;
            }

            var body = declaration.Body;
            string? local = null;
            var returns = 0;
            foreach (var ret in body.DescendantNodes().OfType<ReturnStatementSyntax>())
            {
                if (ret.Expression is LiteralExpressionSyntax nil && nil.IsKind(SyntaxKind.NullLiteralExpression))
                {
                    continue;
                }

                if (!(ret.Expression is IdentifierNameSyntax id) || (local != null && local != id.Identifier.ValueText))
                {
                    return false;
                }

                local = id.Identifier.ValueText;
                returns++;
            }

            if (local == null || returns == 0 || !MadeEmpty(body, local))
            {
                return false;
            }

            var guarded = 0;
            foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (!(assignment.Left is MemberAccessExpressionSyntax member) || !(member.Expression is IdentifierNameSyntax target)
                    || target.Identifier.ValueText != local)
                {
                    continue;
                }

                if (UnderCallerCheck(assignment, body))
                {
                    guarded++;
                    continue;
                }

                var name = member.Name.Identifier.ValueText;
                if (!(assignment.Right is LiteralExpressionSyntax) && options.Names.TryClassify(name, method.ReturnType.Name, out _))
                {
                    return false; // a personal member copied for every caller
                }
            }

            return guarded > 0;
        }

        // every assignment of the local (and its declaration) is null or `new T()` without arguments or initializer
        private static bool MadeEmpty(BlockSyntax body, string local)
        {
            var made = false;
            foreach (var node in body.DescendantNodes())
            {
                ExpressionSyntax? value;
                if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == local)
                {
                    value = declarator.Initializer?.Value;
                }
                else if (node is AssignmentExpressionSyntax assign && assign.Left is IdentifierNameSyntax id && id.Identifier.ValueText == local)
                {
                    value = assign.Right;
                }
                else
                {
                    continue;
                }

                if (value is PostfixUnaryExpressionSyntax bang && bang.IsKind(SyntaxKind.SuppressNullableWarningExpression))
                {
                    value = bang.Operand; // null!
                }

                switch (value)
                {
                    case null:
                    case LiteralExpressionSyntax nil when nil.IsKind(SyntaxKind.NullLiteralExpression):
                        break;
                    case BaseObjectCreationExpressionSyntax created when (created.ArgumentList == null || created.ArgumentList.Arguments.Count == 0) && created.Initializer == null:
                        made = true;
                        break;
                    default:
                        return false;
                }
            }

            return made;
        }

        private static bool UnderCallerCheck(SyntaxNode node, BlockSyntax body)
        {
            for (var n = node.Parent; n != null && n != body; n = n.Parent)
            {
                if (n is IfStatementSyntax check && check.Statement.Span.Contains(node.Span) && RequestPrincipal.IsReadIn(check.Condition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
