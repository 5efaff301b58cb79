using System.Collections.Generic;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// Does a value come from a password? Follows, inside one member: locals (initializers and
    /// assignments), <c>Encoding.*.GetBytes</c>, string concatenation / interpolation /
    /// <c>string.Concat|Format|Join</c> (e.g. with a constant salt), string normalisation calls
    /// (<c>Trim</c>, <c>ToLower</c>…), <c>?:</c> and <c>??</c>. A value is a password when its symbol
    /// (parameter, local, field, property such as <c>model.Password</c>) has a password-like or PIN name,
    /// or when it is a parameter of a method whose own name is password-like (<c>HashPwd(string s)</c>).
    /// </summary>
    internal static class PasswordFlow
    {
        private const int MaxDepth = 8;

        /// <summary>The reference the password enters through, or null.</summary>
        public static IOperation? Find(IOperation value, PasswordNames names)
        {
            var visited = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            return Find(value, names, visited, 0);
        }

        /// <summary>The argument holding the hashed data: by parameter name, else the last input-like argument.</summary>
        public static IOperation? DataArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                var name = argument.Parameter?.Name;
                if (name == "source" || name == "buffer" || name == "inputStream" || name == "data" || name == "inputBuffer" || name == "input")
                    return argument.Value;
            }
            return null;
        }

        private static IOperation? Find(IOperation? value, PasswordNames names, HashSet<ILocalSymbol> visited, int depth)
        {
            if (value == null || depth > MaxDepth) return null;
            value = LocalValueSources.Unwrap(value);
            switch (value)
            {
                case IParameterReferenceOperation parameter:
                    if (IsSecretName(parameter.Parameter.Name, names)) return parameter;
                    // HashPassword(string input): the method's own name says what its input is.
                    if (parameter.Parameter.ContainingSymbol is IMethodSymbol owner &&
                        owner.MethodKind != MethodKind.AnonymousFunction && names.IsPasswordMethod(owner.Name) &&
                        !PasswordNames.IsNeverPassword(parameter.Parameter.Name) && !PasswordNames.IsIdentity(parameter.Parameter.Name)
                        && parameter.Parameter.Type.SpecialType == SpecialType.System_String)
                        return parameter;
                    return null;

                case ILocalReferenceOperation local:
                    if (IsSecretName(local.Local.Name, names)) return DerivedByKdf(local) ? null : local;
                    if (!visited.Add(local.Local)) return null;
                    foreach (var source in LocalValueSources.ValuesOf(local.Local, local))
                    {
                        var found = Find(source, names, visited, depth + 1);
                        if (found != null) return found;
                    }
                    return null;

                case IFieldReferenceOperation field:
                    return IsSecretName(field.Field.Name, names) ? field : null;

                case IPropertyReferenceOperation property:
                    return IsSecretName(property.Property.Name, names) ? property : null;

                case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Add:
                    return Find(binary.LeftOperand, names, visited, depth + 1) ?? Find(binary.RightOperand, names, visited, depth + 1);

                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                        if (part is IInterpolationOperation hole)
                        {
                            var found = Find(hole.Expression, names, visited, depth + 1);
                            if (found != null) return found;
                        }
                    return null;

                case IConditionalOperation conditional:
                    return Find(conditional.WhenTrue, names, visited, depth + 1) ?? Find(conditional.WhenFalse, names, visited, depth + 1);

                case ICoalesceOperation coalesce:
                    return Find(coalesce.Value, names, visited, depth + 1) ?? Find(coalesce.WhenNull, names, visited, depth + 1);

                case IArrayCreationOperation array when array.Initializer != null:
                    foreach (var element in array.Initializer.ElementValues)
                    {
                        var found = Find(element, names, visited, depth + 1);
                        if (found != null) return found;
                    }
                    return null;

                case IInvocationOperation invocation:
                    return FindThroughCall(invocation, names, visited, depth);

                // request.Password where request's type did not bind (a generated gRPC message, a scan without packages):
                // the member's name is all there is, as for a bound property.
                case IInvalidOperation invalid when invalid.Syntax is MemberAccessExpressionSyntax member:
                    return IsSecretName(member.Name.Identifier.ValueText, names) ? invalid : null;

                default:
                    return null;
            }
        }

        // string derivedPassword = hex(Pbkdf2(rawPassword, …))[64..]: named a password, holding a derived key (KdfOutput).
        private static bool DerivedByKdf(ILocalReferenceOperation local)
        {
            var values = LocalValueSources.ValuesOf(local.Local, local);
            if (values.Count == 0) return false;
            foreach (var value in values)
                if (!ThroughDerivedLocal(value, local.SemanticModel?.Compilation, 0)) return false;
            return true;
        }

        // The value calls a KDF, or reads (through string calls) a local that does: derivedKey.Substring(…).
        private static bool ThroughDerivedLocal(IOperation value, Compilation? compilation, int depth)
        {
            if (KdfOutput.Derives(value.Syntax, null, compilation)) return true;
            if (depth > 2) return false;
            var unwrapped = LocalValueSources.Unwrap(value);
            var receiver = unwrapped is IInvocationOperation call ? (call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)) : unwrapped;
            if (receiver != null) receiver = LocalValueSources.Unwrap(receiver);
            if (!(receiver is ILocalReferenceOperation source)) return false;
            var values = LocalValueSources.ValuesOf(source.Local, source);
            if (values.Count == 0) return false;
            foreach (var v in values)
                if (!ThroughDerivedLocal(v, compilation, depth + 1)) return false;
            return true;
        }

        /// <summary>A password, or a PIN/passcode (a short password: same harm once fast-hashed).</summary>
        internal static bool IsSecretName(string name, PasswordNames names) => names.IsPassword(name) || PasswordNames.IsPin(name) || PasswordNames.IsPass(name);

        private static IOperation? FindThroughCall(IInvocationOperation invocation, PasswordNames names, HashSet<ILocalSymbol> visited, int depth)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            // Encoding.UTF8.GetBytes(pwd), Encoding.Unicode.GetBytes(pwd)
            if (method.Name == "GetBytes" && IsEncoding(type))
                return invocation.Arguments.Length > 0 ? Find(invocation.Arguments[0].Value, names, visited, depth + 1) : null;

            if (type?.SpecialType == SpecialType.System_String)
            {
                // string.Concat(salt, pwd), string.Format("{0}{1}", pwd, salt), string.Join("", parts)
                if (method.IsStatic && (method.Name == "Concat" || method.Name == "Format" || method.Name == "Join"))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        var found = Find(argument.Value, names, visited, depth + 1);
                        if (found != null) return found;
                    }
                    return null;
                }
                // pwd.Trim(), pwd.ToLowerInvariant(), pwd.Normalize()
                if (!method.IsStatic) return Find(invocation.Instance, names, visited, depth + 1);
            }

            // DESEncrypt.Encrypt(password, key), Base64Encode(pwd): a reversible transform of the password still holds it, so a
            // fast hash of the result is a fast hash of the password (WaterCloud's MD5(DES(password))). Not through hashes
            // (reported themselves, at the inner call) nor through decryption.
            if (ReversiblyEncodes(method.Name))
            {
                if (invocation.Instance != null && invocation.Instance.Type?.SpecialType == SpecialType.System_String)
                {
                    var found = Find(invocation.Instance, names, visited, depth + 1);
                    if (found != null) return found;
                }
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType != SpecialType.System_String || (argument.Parameter != null && IsKeyParameter(argument.Parameter.Name))) continue;
                    var found = Find(argument.Value, names, visited, depth + 1);
                    if (found != null) return found;
                }
                return null;
            }

            // pwd.AsSpan(), pwd.ToCharArray(), bytes.ToArray()
            if (method.Name == "AsSpan" || method.Name == "ToCharArray" || method.Name == "ToArray" || method.Name == "AsMemory")
            {
                var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                return Find(receiver, names, visited, depth + 1);
            }
            return null;
        }

        private static readonly WordList EncodeWords = new WordList(new[] { "encrypt", "encode", "base64" });
        private static readonly WordList NotReversible = new WordList(new[] { "decrypt", "decode", "hash", "md5", "sha1", "sha256", "sha512", "digest" });
        private static readonly WordList KeyWords = new WordList(new[] { "key", "iv", "salt", "secret" });

        private static bool ReversiblyEncodes(string methodName) => EncodeWords.Matches(methodName) && !NotReversible.Matches(methodName);

        // Encrypt(text, key): the key is not the password (a password-named key parameter is the caller's business).
        private static bool IsKeyParameter(string name) => KeyWords.Matches(name);

        private static bool IsEncoding(INamedTypeSymbol? type)
        {
            for (var t = type; t != null; t = t.BaseType)
                if (t.Name == "Encoding" && t.ContainingNamespace?.ToDisplayString() == "System.Text") return true;
            return false;
        }
    }
}
