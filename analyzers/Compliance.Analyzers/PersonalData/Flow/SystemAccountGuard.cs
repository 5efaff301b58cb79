namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// A throw that happens only for a built-in account: <c>if (customer.IsSystemAccount) throw new GrandException($"System
    /// customer account ({customer.SystemName ?? customer.Email}) could not be deleted")</c> (grandnode2, judged blind). The
    /// account is the product's own (search-engine bot, background task, built-in admin), not a person, so what the message
    /// names is nobody's personal data. Only the then-branch of an un-negated flag test counts: <c>if (!x.IsSystemAccount)</c>
    /// or an <c>else</c> throws for people.
    /// </summary>
    internal static class SystemAccountGuard
    {
        // Flags that say "this account is the product's own, not a person's".
        private static readonly HashSet<string> Flags = new HashSet<string>(StringComparer.Ordinal)
        {
            "IsSystemAccount", "IsSystemUser", "IsSystem", "IsBuiltIn", "IsBuiltin", "IsBuiltInAccount", "IsBuiltinAccount",
        };

        public static bool OnlyForSystemAccount(SyntaxNode thrown)
        {
            SyntaxNode node = thrown;
            // `if (flag) throw …;` or `if (flag) { throw …; }` (the throw the block's only statement)
            if (node.Parent is BlockSyntax block)
            {
                if (block.Statements.Count != 1)
                {
                    return false;
                }

                node = block;
            }

            return node.Parent is IfStatementSyntax guard && guard.Statement == node && IsFlag(guard.Condition);
        }

        private static bool IsFlag(ExpressionSyntax condition)
        {
            while (condition is ParenthesizedExpressionSyntax p)
            {
                condition = p.Expression;
            }

            // `a.IsSystemAccount && …` still throws only for system accounts
            if (condition is BinaryExpressionSyntax and && and.IsKind(SyntaxKind.LogicalAndExpression))
            {
                return IsFlag(and.Left) || IsFlag(and.Right);
            }

            if (condition is BinaryExpressionSyntax equals && equals.IsKind(SyntaxKind.EqualsExpression)
                && equals.Right.IsKind(SyntaxKind.TrueLiteralExpression))
            {
                condition = equals.Left;
            }

            return condition is MemberAccessExpressionSyntax access && Flags.Contains(access.Name.Identifier.ValueText);
        }
    }
}
