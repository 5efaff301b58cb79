namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// The one decision "this value is a plaintext password the personal-data rules report" (docs/decisions.md, pii4 and
    /// pii5): a name whose head is a password word — one word list, the weak-hash rules' <see cref="Hashing.PasswordNames"/>
    /// with <c>compliance.password_words</c> — reaching a log or an exception message as a value the code holds (a
    /// parameter, a local, a placeholder, an input shape's member), not an entity's member (usually the hash) and not an
    /// entry of a constants table (the name of a password).
    /// </summary>
    internal static class PlaintextPassword
    {
        // Trailing words that name the password's value, not another noun (loginPasswordText, pwdRaw).
        private static readonly HashSet<string> ValueTails = new HashSet<string>(StringComparer.Ordinal) { "text", "value", "plain", "str", "string", "input", "raw" };

        /// <summary>
        /// The name is the password itself: a password word (not PasswordHash or PasswordLength) that is the name's head
        /// (newPassword, pwd, passwordText), not a qualifier of another noun — bitwarden's passwordManagerPriceId is a price
        /// id of the "Password Manager" product (a high false alarm after the eighth-session merge).
        /// </summary>
        public static bool IsNamed(Hashing.PasswordNames words, string identifier, IReadOnlyList<string> tokens)
        {
            if (!words.IsPassword(identifier))
            {
                return false;
            }

            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (words.IsPasswordWord(tokens[i]))
                {
                    return true;
                }

                if (!ValueTails.Contains(tokens[i]))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// A flow of the password category counts in a log or an exception message only, and only as a value the code
        /// holds: responses, files and telemetry have their own rules.
        /// </summary>
        public static bool IsReported(PiiSinkKind kind, PiiFlow flow)
        {
            if (kind != PiiSinkKind.Log && kind != PiiSinkKind.Exception)
            {
                return false;
            }

            if (IsConstantTableEntry(flow.Origin))
            {
                return false;
            }

            var dot = flow.Symbol.LastIndexOf('.');
            if (dot <= 0 || flow.Symbol.StartsWith("{", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var word in PiiNameClassifier.Tokenize(flow.Symbol.Substring(0, dot)))
            {
                switch (word)
                {
                    case "request": case "input": case "command": case "dto": case "model": case "form": case "login": case "logon":
                    case "credential": case "credentials": case "args": case "params": case "parameters": case "body": case "payload":
                        return true;
                }
            }

            return false;
        }

        // OidcConstants.AuthenticationMethods.Password (IdentityServer4 logs the amr value "pwd"; unbound, so only its
        // name was left): an entry of a table of names — a chain of type-like names saying constants/methods/types/keys —
        // is the name of a password, not one (a false alarm after the eighth-session merge). Input.Password still counts.
        private static bool IsConstantTableEntry(SyntaxNode origin)
        {
            var access = origin as MemberAccessExpressionSyntax ?? origin.Parent as MemberAccessExpressionSyntax;
            if (access == null)
            {
                return false;
            }

            for (var e = access.Expression; e != null;)
            {
                var name = e is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText : (e as IdentifierNameSyntax)?.Identifier.ValueText;
                if (name == null)
                {
                    return false;
                }

                // split without PiiNameClassifier's singular forms, which turn "Names" into "name"
                foreach (var word in Common.IdentifierWords.Split(name))
                {
                    switch (word)
                    {
                        case "constants": case "consts": case "const": case "methods": case "types": case "names": case "keys": case "schemes": case "values":
                            return true;
                    }
                }

                e = (e as MemberAccessExpressionSyntax)?.Expression;
            }

            return false;
        }
    }
}
