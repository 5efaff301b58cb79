namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// A response that carries an authentication token the action issues for an account
    /// (<c>Token = await _tokenService.CreateToken(user)</c>) goes to that account's holder: login,
    /// first-user registration and e-mail confirmation answer the person who just proved who they are.
    /// That account's own user name and e-mail in the same response are not a disclosure (CMP3003), and
    /// the endpoint being anonymous is how login works (CMP4001). Data of any other variable in the same
    /// response is still personal data sent to someone else.
    /// </summary>
    internal static class IssuedTokenResponse
    {
        private static readonly HashSet<string> IssueVerbs = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "create", "generate", "issue", "write", "build", "sign", "new", "make",
        };

        private static readonly HashSet<string> TokenMemberWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "token", "jwt", "access", "refresh", "id", "bearer", "auth",
        };

        /// <summary>
        /// The names of the variables a token is issued for, when <paramref name="target"/> is a token member
        /// (<c>Token</c>, <c>AccessToken</c>, <c>RefreshToken</c>, <c>Jwt</c>) and <paramref name="value"/> calls a
        /// token-issuing method (<c>CreateToken(user)</c>, <c>GenerateJwtToken(user)</c>). Adds nothing otherwise.
        /// </summary>
        public static void AddHolders(string target, IOperation value, HashSet<string> holders)
        {
            if (!IsTokenMember(target))
            {
                return;
            }

            var inner = PiiFlowTracer.Unwrap(value);
            if (inner is IAwaitOperation awaited)
            {
                inner = PiiFlowTracer.Unwrap(awaited.Operation);
            }

            if (!(inner is IInvocationOperation call) || !IsIssuingMethod(call.TargetMethod.Name))
            {
                return;
            }

            foreach (var argument in call.Arguments)
            {
                switch (PiiFlowTracer.Unwrap(argument.Value))
                {
                    case ILocalReferenceOperation local:
                        holders.Add(local.Local.Name);
                        break;
                    case IParameterReferenceOperation parameter:
                        holders.Add(parameter.Parameter.Name);
                        break;
                }
            }
        }

        /// <summary>True when <paramref name="value"/> reads a member of one of the token holders (<c>user.Email</c>, <c>user!.UserName!</c>).</summary>
        public static bool ReadsHolder(IOperation value, HashSet<string>? holders)
        {
            if (holders == null || holders.Count == 0)
            {
                return false;
            }

            var read = PiiFlowTracer.Unwrap(value);
            for (var depth = 0; depth < 4 && read is IMemberReferenceOperation member; depth++)
            {
                var instance = member.Instance == null ? null : PiiFlowTracer.Unwrap(member.Instance);
                switch (instance)
                {
                    case ILocalReferenceOperation local:
                        return holders.Contains(local.Local.Name);
                    case IParameterReferenceOperation parameter:
                        return holders.Contains(parameter.Parameter.Name);
                    default:
                        read = instance;
                        break;
                }
            }

            return false;
        }

        /// <summary>The holders of tokens assigned in the (object or anonymous-object) initializers of a returned DTO.</summary>
        public static HashSet<string> HoldersIn(IEnumerable<IOperation>? initializers)
        {
            var holders = new HashSet<string>(System.StringComparer.Ordinal);
            if (initializers != null)
            {
                foreach (var op in initializers)
                {
                    if (op is ISimpleAssignmentOperation assignment && assignment.Target is IMemberReferenceOperation target)
                    {
                        AddHolders(target.Member.Name, assignment.Value, holders);
                    }
                }
            }

            return holders;
        }

        /// <summary>
        /// True when the method body gives an object of <paramref name="returned"/> type an issued token
        /// (in its initializer or by <c>dto.Token = …</c>): the endpoint answers the account it logs in.
        /// </summary>
        public static bool IssuesTokenInto(IOperation body, ITypeSymbol returned)
        {
            foreach (var op in body.Descendants())
            {
                if (!(op is ISimpleAssignmentOperation assignment))
                {
                    continue;
                }

                string member;
                if (assignment.Target is IMemberReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Member.ContainingType, returned))
                {
                    member = target.Member.Name;
                }
                else if (assignment.Target.Syntax is MemberAccessExpressionSyntax access && assignment.SemanticModel != null
                         && assignment.SemanticModel.GetTypeInfo(access.Expression).Type is ITypeSymbol owner && owner.TypeKind == TypeKind.Error)
                {
                    // var dto = _mapper.Map<UserDto>(user); dto.Token = …: without AutoMapper's reference (fallback
                    // compilation) dto's type is unknown, and the returned type is the best guess (Kavita Login)
                    member = access.Name.Identifier.ValueText;
                }
                else
                {
                    continue;
                }

                var holders = new HashSet<string>(System.StringComparer.Ordinal);
                AddHolders(member, assignment.Value, holders);
                if (holders.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsTokenMember(string name)
        {
            var words = PiiNameClassifier.Tokenize(name);
            var token = false;
            foreach (var w in words)
            {
                if (!TokenMemberWords.Contains(w))
                {
                    return false;
                }

                token |= w == "token" || w == "jwt";
            }

            return token;
        }

        private static bool IsIssuingMethod(string name)
        {
            var words = PiiNameClassifier.Tokenize(name);
            if (words.Count < 2 || !IssueVerbs.Contains(words[0]))
            {
                return false;
            }

            var token = false;
            foreach (var w in words)
            {
                // an e-mail-confirmation or password-reset token is sent to a mailbox, not a login answer
                if (w == "confirmation" || w == "confirm" || w == "reset" || w == "email" || w == "invite" || w == "invitation")
                {
                    return false;
                }

                token |= w == "token" || w == "jwt";
            }

            return token;
        }
    }
}
