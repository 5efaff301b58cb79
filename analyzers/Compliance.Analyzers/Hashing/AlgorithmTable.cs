using System;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// A weak hash created in the arm of a table that maps an algorithm's NAME to its implementation: <c>case HashType.MD5:
    /// return MD5.Create();</c>, <c>"md5" =&gt; MD5.Create()</c>. The table protects nothing itself — it hands out what its
    /// caller names (a file-checksum tool's user choice, a format's declared digest) — so its arm is listed at low
    /// precision, not gated. Judged blind: duplicati's HashFactory and ShareX's HashChecker (four false alarms).
    /// A caller that names MD5 for a password is still CMP2002 where the password flows.
    /// A table inside a password routine is not neutral: <c>CreatePasswordHash(password, salt, format)</c> switching on a
    /// stored password format to <c>SHA1.Create()</c> hashes passwords with whatever arm the settings pick, so its weak
    /// arms keep their precision (seventeenth session, branch whsalt).
    /// </summary>
    internal static class AlgorithmTable
    {
        public static bool IsNamedArm(SyntaxNode node, string algorithm)
        {
            var wanted = IdentifierWords.Squash(algorithm);
            if (wanted.Length == 0) return false;
            if (ServesPasswords(node)) return false;
            SyntaxNode current = node;
            // (HashAlgorithm)MD5.Create(), MD5.Create()!, (MD5.Create())
            while (current.Parent is CastExpressionSyntax || current.Parent is ParenthesizedExpressionSyntax || current.Parent is PostfixUnaryExpressionSyntax)
                current = current.Parent;
            switch (current.Parent)
            {
                case SwitchExpressionArmSyntax arm when arm.Expression == current:
                    return arm.Pattern is ConstantPatternSyntax constant && Names(constant.Expression, wanted);
                case ReturnStatementSyntax ret when ret.Parent is SwitchSectionSyntax section:
                    foreach (var label in section.Labels)
                    {
                        if (label is CaseSwitchLabelSyntax c && Names(c.Value, wanted)) return true;
                        if (label is CasePatternSwitchLabelSyntax p && p.Pattern is ConstantPatternSyntax cp && Names(cp.Expression, wanted)) return true;
                    }
                    return false;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The table's member is a password routine: named for passwords (<c>CreatePasswordHash</c>, <c>EncryptPwd</c>), taking a
        /// password-named parameter, or switching on a password setting (<c>_settings.PasswordFormat</c>).
        /// </summary>
        internal static bool ServesPasswords(SyntaxNode node)
        {
            var names = PasswordNames.Default;
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case SwitchExpressionSyntax table when MentionsPassword(table.GoverningExpression, names):
                        return true;
                    case SwitchStatementSyntax table when MentionsPassword(table.Expression, names):
                        return true;
                    case MethodDeclarationSyntax method:
                        return names.IsPasswordMethod(method.Identifier.ValueText) || HasPasswordParameter(method.ParameterList, names);
                    case LocalFunctionStatementSyntax local:
                        return names.IsPasswordMethod(local.Identifier.ValueText) || HasPasswordParameter(local.ParameterList, names);
                    case ConstructorDeclarationSyntax ctor:
                        return HasPasswordParameter(ctor.ParameterList, names);
                    case TypeDeclarationSyntax _:
                        return false;
                }
            }
            return false;
        }

        private static bool HasPasswordParameter(ParameterListSyntax list, PasswordNames names)
        {
            foreach (var parameter in list.Parameters)
                if (names.IsPassword(parameter.Identifier.ValueText)) return true;
            return false;
        }

        private static bool MentionsPassword(ExpressionSyntax expression, PasswordNames names)
        {
            foreach (var token in expression.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && names.MentionsPassword(token.ValueText)) return true;
            return false;
        }

        // HashType.MD5, "md5", "SHA-1", Algorithms.Sha1: the label's last name or the literal is the algorithm's name
        private static bool Names(ExpressionSyntax label, string wanted)
        {
            string text;
            if (label is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)) text = literal.Token.ValueText;
            else if (label is MemberAccessExpressionSyntax member) text = member.Name.Identifier.ValueText;
            else if (label is IdentifierNameSyntax id) text = id.Identifier.ValueText;
            else return false;
            return IdentifierWords.Squash(text) == wanted;
        }
    }
}
