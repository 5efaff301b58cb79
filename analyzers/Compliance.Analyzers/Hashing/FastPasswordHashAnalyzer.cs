using System.Linq;
using System.Collections.Generic;
using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// CMP2002: a password-like value reaches a fast hash (MD5 … SHA-512, SHA-3, or an HMAC with a
    /// constant key) — salted or not, one round of a fast hash is not password storage. The span is
    /// the hashing call (<c>ComputeHash</c>, <c>HashData</c>, <c>AppendData</c>); the additional
    /// location is where the password enters (see <see cref="PasswordFlow"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FastPasswordHashAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(HashingDescriptors.FastHashOfPassword);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CryptoSymbols.For(start.Compilation);
                if (symbols.HashAlgorithm == null && symbols.IncrementalHash == null) return;
                var isTest = TestProjectDetector.IsTestProject(start.Compilation);
                var callers = HelperCallers.For(start.Compilation);
                start.RegisterOperationAction(c => Analyze(c, symbols, isTest, callers), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeUnboundHelperCall(c, isTest), OperationKind.Invalid);
            });
        }

        private static void Analyze(OperationAnalysisContext context, CryptoSymbols symbols, bool isTest, HelperCallers callers)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            // Cheap name prefilter before any flow work.
            switch (method.Name)
            {
                case "ComputeHash": case "ComputeHashAsync": case "TryComputeHash":
                case "HashData": case "HashDataAsync": case "TryHashData":
                case "AppendData": case "TransformFinalBlock": case "TransformBlock":
                    break;
                case FormsAuthenticationHash when method.ContainingType?.Name == "FormsAuthentication" && invocation.Arguments.Length == 2:
                    ReportFormsAuthentication(context, invocation.Syntax, invocation.Arguments[0].Value.Syntax, invocation.Arguments[1].Value.ConstantValue.Value as string, invocation.SemanticModel, isTest);
                    return;
                default:
                    AnalyzeHelperCall(context, invocation, isTest);
                    return;
            }

            var options = HashingOptions.For(context.Options, invocation.Syntax.SyntaxTree);
            if (options.IsTrusted(context.ContainingSymbol)) return;
            var source = PasswordSource(invocation, symbols, options, out var algorithm);
            if (source == null || algorithm == null) return;
            // The digest names a cache entry or a file: it does not store the password (issue 14 class 7).
            if (HashUseContext.IdentifierUse(invocation.Syntax) != null) return;
            // Inside a helper whose parameter is named like a password, its callers decide (Blog.Core's MD5Encrypt16(string
            // password) hashes cache keys): the parameter's name alone is not enough when no caller passes a password.
            if (source is IParameterReferenceOperation parameter && parameter.Parameter.ContainingSymbol is IMethodSymbol helper
                && SymbolEqualityComparer.Default.Equals(helper, context.ContainingSymbol) && !options.PasswordNames.IsPasswordMethod(helper.Name)
                && callers.NeverGivenAPassword(helper, parameter.Parameter, options.PasswordNames, context.CancellationToken)) return;

            HashingReport.Report(context,
                HashingDescriptors.FastHashOfPassword,
                invocation.Syntax,
                invocation.SemanticModel,
                isTest,
                new[] { source.Syntax.GetLocation() },
                SymbolName(source),
                algorithm,
                options.MinIterations("SHA256").ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                options.Profile);
        }

        /// <summary>
        /// A password passed to a helper of this compilation that hashes it fast (<c>Md5Helper.Hash(password)</c>):
        /// reported at the helper call. Helpers named for passwords (<c>HashPassword(string s)</c>) are
        /// reported inside instead, and here only where the call's result is compared (the login/verify path).
        /// </summary>
        private static void AnalyzeHelperCall(OperationAnalysisContext context, IInvocationOperation invocation, bool isTest)
        {
            var method = invocation.TargetMethod;
            if (invocation.Arguments.IsEmpty) return;
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                if (invocation.Syntax is InvocationExpressionSyntax libraryCall)
                {
                    var values = new List<IOperation>(invocation.Arguments.Length);
                    foreach (var argument in invocation.Arguments) values.Add(ConditionalReceiver(argument.Value));
                    AnalyzeLibraryHashCall(context, LibraryHashCall.Algorithm(method, libraryCall), method.ContainingType?.Name + "." + method.Name,
                        values, libraryCall, invocation.SemanticModel, isTest);
                }
                return;
            }
            var arguments = new List<(IParameterSymbol?, IOperation)>(invocation.Arguments.Length);
            foreach (var argument in invocation.Arguments)
                if (IsHashableInput(argument.Value.Type)) arguments.Add((argument.Parameter, ConditionalReceiver(argument.Value)));
            AnalyzeHelperCall(context, method, arguments, invocation.Syntax, invocation.SemanticModel, isTest);
        }

        /// <summary>
        /// <c>input.OldPwd?.ToMd5()</c>: the extension's receiver is the value tested for null (<c>input.OldPwd</c>), not
        /// an operation of its own.
        /// </summary>
        private static IOperation ConditionalReceiver(IOperation value)
        {
            if (!(value is IConditionalAccessInstanceOperation)) return value;
            for (var parent = value.Parent; parent != null; parent = parent.Parent)
                if (parent is IConditionalAccessOperation access) return access.Operation;
            return value;
        }

        /// <summary>
        /// <c>Md5Helper.Hash(form.Password + user.Salt)</c> where <c>user</c>'s type did not bind (a scan without a
        /// package restore): the call is an invalid operation, but its one candidate method and the argument
        /// operations are still there, so the password is followed as for a bound call.
        /// </summary>
        private static void AnalyzeUnboundHelperCall(OperationAnalysisContext context, bool isTest)
        {
            var invalid = (IInvalidOperation)context.Operation;
            if (!(invalid.Syntax is InvocationExpressionSyntax call) || call.ArgumentList.Arguments.Count == 0 || invalid.SemanticModel == null) return;
            // System.Web is not referenced (a .NET Framework project scanned with the fallback compilation): by name.
            if (call.Expression is MemberAccessExpressionSyntax forms && forms.Name.Identifier.ValueText == FormsAuthenticationHash &&
                forms.Expression.ToString().EndsWith("FormsAuthentication", System.StringComparison.Ordinal) && call.ArgumentList.Arguments.Count == 2)
            {
                var algorithm = call.ArgumentList.Arguments[1].Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : null;
                ReportFormsAuthentication(context, call, call.ArgumentList.Arguments[0].Expression, algorithm, invalid.SemanticModel, isTest);
                return;
            }
            var info = invalid.SemanticModel.GetSymbolInfo(call, context.CancellationToken);
            var method = (info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null)) as IMethodSymbol;
            if (method == null || method.DeclaringSyntaxReferences.IsEmpty)
            {
                // NETCore.Encrypt.EncryptProvider.Md5(user.Password) without the package: only the names and the arguments bound.
                var values = new List<IOperation>();
                foreach (var child in invalid.ChildOperations)
                    foreach (var argument in call.ArgumentList.Arguments)
                        if (argument.Expression == child.Syntax) { values.Add(child); break; }
                var name = call.Expression is MemberAccessExpressionSyntax access
                    ? (access.Expression is MemberAccessExpressionSyntax owner ? owner.Name.Identifier.ValueText : access.Expression.ToString()) + "." + access.Name.Identifier.ValueText
                    : call.Expression.ToString();
                AnalyzeLibraryHashCall(context, LibraryHashCall.Algorithm(method, call), name, values, call, invalid.SemanticModel, isTest);
                return;
            }
            var syntaxArguments = call.ArgumentList.Arguments;
            var arguments = new List<(IParameterSymbol?, IOperation)>();
            foreach (var child in invalid.ChildOperations)
            {
                var index = -1;
                for (var i = 0; i < syntaxArguments.Count; i++)
                    if (syntaxArguments[i].Expression == child.Syntax) { index = i; break; }
                if (index < 0 || syntaxArguments[index].NameColon != null || index >= method.Parameters.Length) continue;
                var parameter = method.Parameters[index];
                if (IsHashableInput(parameter.Type)) arguments.Add((parameter, child));
            }
            AnalyzeHelperCall(context, method, arguments, call, invalid.SemanticModel, isTest);
        }

        private static void AnalyzeHelperCall(OperationAnalysisContext context, IMethodSymbol method, List<(IParameterSymbol? Parameter, IOperation Value)> arguments,
            SyntaxNode callSyntax, SemanticModel? model, bool isTest)
        {
            HashingOptions? options = null;
            var passwordHelper = false;
            var setter = false;
            string? storedAs = null;
            foreach (var (parameter, value) in arguments)
            {
                if (parameter == null) continue;
                if (options == null)
                {
                    options = HashingOptions.For(context.Options, callSyntax.SyntaxTree);
                    if (options.IsTrusted(method) || options.IsTrusted(context.ContainingSymbol)) return;
                    storedAs = StoredAsPassword(callSyntax, options.PasswordNames, model);
                    // HashPassword(string s) is reported inside, at its hash; of its callers the ones that check a password
                    // (the result compared with the stored hash: the login) or store the result as the account's password
                    // (user.Password = HashPassword(p, salt): registration, reset) are reported too.
                    passwordHelper = options.PasswordNames.IsPasswordMethod(method.Name);
                    // SetPwd(user, newPwd) returns nothing and hashes in its own body: it stores the hash itself, so the call is a
                    // storing call. A void service method that reaches the hash through another helper (ChangePassword(old, new) →
                    // Md5Helper.Hash(new)) stays silent: the inner call is already the finding.
                    if (passwordHelper && storedAs == null && method.ReturnsVoid) { storedAs = method.Name; setter = true; }
                    if (passwordHelper && storedAs == null && !VerifyCall.ComparesResult(callSyntax)) return;
                }
                // BuildProductTokenIndexKey(password): the helper says it returns a cache or index key, not a stored hash.
                if (HashUseContext.NamesLookupKey(method.Name)) return;
                // A password-named helper's own name says what its string parameters hold (as inside it, PasswordFlow).
                // A literal whose digest is stored as the password (seed data: Password = Md5("123456")) is a password.
                var source = PasswordFlow.Find(value, options.PasswordNames)
                             ?? (passwordHelper && !value.ConstantValue.HasValue && !PasswordNames.IsIdentity(parameter.Name) && !PasswordNames.IsNeverPassword(parameter.Name)
                                 ? value : null)
                             ?? (storedAs != null && IsLiteralPassword(value) ? value : null);
                if (source == null) continue;
                if (HashUseContext.IdentifierUse(callSyntax) != null) return;
                if (setter && !HelperHashShape.HashesFastInOwnBody(method, parameter)) continue;
                var algorithm = HelperHashShape.FastHashOfHelper(method, parameter, model?.Compilation, out var implementation);
                if (algorithm == null) continue;
                HashingReport.ReportWithEvidence(context,
                    HashingDescriptors.FastHashOfPassword,
                    callSyntax,
                    model,
                    isTest,
                    new[] { source.Syntax.GetLocation() },
                    IsLiteralPassword(source) ? WeakCipherAnalyzer.RedactedEvidence(callSyntax, "password") : null,
                    SymbolName(source),
                    implementation.ContainingType.Name + "." + implementation.Name + " → " + algorithm,
                    options.MinIterations("SHA256").ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    options.Profile);
                return;
            }
        }

        // string or byte[]: what a hashing helper takes (HashTool.Digest(Encoding.UTF8.GetBytes(password + salt), format)).
        private static bool IsHashableInput(ITypeSymbol? type) =>
            type?.SpecialType == SpecialType.System_String ||
            (type is IArrayTypeSymbol array && array.ElementType.SpecialType == SpecialType.System_Byte);

        private static bool IsLiteralPassword(IOperation value) =>
            value.ConstantValue.HasValue && value.ConstantValue.Value is string literal && literal.Length > 0;

        private static readonly WordList NotStoredPassword = new WordList(new[] { "salt", "token", "reset", "policy", "key", "cache", "hint" });

        /// <summary>
        /// The call's result is kept as the account's password: assigned to a member or local named for it
        /// (<c>user.Password = …</c>, <c>new User { Pwd = … }</c>, <c>var encryptPassword = …</c>), through await, casts,
        /// case/hex conversions, <c>?:</c>, <c>??</c> and <c>?.</c>; written under a password key (<c>row["Password"] = …</c>,
        /// <c>node["Password"].InnerText = …</c>, <c>AddWithValue("@Password", …)</c>, <c>WriteElementString("Password", …)</c>,
        /// <c>Parameters.Add("@Password", …).Value = …</c>); or passed to a parameter named for it (<c>new User(name,
        /// HashPassword(p))</c>, bound calls only). Returns the name, or null.
        /// </summary>
        internal static string? StoredAsPassword(SyntaxNode call, PasswordNames names, SemanticModel? model = null) =>
            StoredAsPassword(call, names, model, allowLocal: true);

        private static string? StoredAsPassword(SyntaxNode call, PasswordNames names, SemanticModel? model, bool allowLocal)
        {
            var node = call;
            for (var depth = 0; depth < 8 && node.Parent != null; depth++)
            {
                var parent = node.Parent;
                string? name = null;
                switch (parent)
                {
                    case ParenthesizedExpressionSyntax _: case AwaitExpressionSyntax _: case CastExpressionSyntax _: case PostfixUnaryExpressionSyntax _:
                        node = parent;
                        continue;
                    // fmt == Hashed ? HashPassword(p) : p, HashPassword(p) ?? "", input.Pwd?.ToMd5()
                    case ConditionalExpressionSyntax conditional when conditional.WhenTrue == node || conditional.WhenFalse == node:
                    case BinaryExpressionSyntax coalesce when coalesce.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression):
                    case ConditionalAccessExpressionSyntax access when access.WhenNotNull == node:
                        node = parent;
                        continue;
                    case MemberAccessExpressionSyntax member when member.Expression == node && member.Parent is InvocationExpressionSyntax invoked
                                                                 && DigestConversions.Contains(member.Name.Identifier.ValueText):
                        node = invoked;
                        continue;
                    case AssignmentExpressionSyntax assignment when assignment.Right == node && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression):
                        name = assignment.Left switch
                        {
                            MemberAccessExpressionSyntax m when IsValueSlot(m.Name.Identifier.ValueText) && KeyOf(m.Expression) is string key => key,
                            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
                            IdentifierNameSyntax id => id.Identifier.ValueText,
                            ElementAccessExpressionSyntax element => KeyOf(element),
                            _ => null,
                        };
                        break;
                    case EqualsValueClauseSyntax equals when equals.Parent is VariableDeclaratorSyntax declarator:
                        name = declarator.Identifier.ValueText;
                        // string hash = HashPassword(p); … new User { Password = hash }: a read of the local in the same block stores it.
                        if (allowLocal && !names.MentionsPassword(name)) name = LocalStored(declarator, names, model) ?? name;
                        break;
                    case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax list:
                        name = argument.NameColon?.Name.Identifier.ValueText ?? KeyBefore(list, argument) ?? ParameterName(model, list, argument);
                        break;
                }
                return name != null && names.MentionsPassword(name) && !NotStoredPassword.Matches(name) ? name : null;
            }
            return null;
        }

        private static string? LocalStored(VariableDeclaratorSyntax local, PasswordNames names, SemanticModel? model)
        {
            var scope = local.FirstAncestorOrSelf<BlockSyntax>();
            if (scope == null) return null;
            var name = local.Identifier.ValueText;
            foreach (var id in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
                if (id.Identifier.ValueText == name && !local.Span.Contains(id.Span) && StoredAsPassword(id, names, model, allowLocal: false) is string stored)
                    return stored;
            return null;
        }

        // The member that holds an entry's value: node["Password"].InnerText, Parameters.Add("@Password", …).Value.
        private static bool IsValueSlot(string name) => name == "Value" || name == "InnerText" || name == "InnerXml";

        // row["Password"], cmd.Parameters.Add("@Password", SqlDbType.NVarChar): the key literal.
        private static string? KeyOf(ExpressionSyntax expression) => expression switch
        {
            ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1 => KeyLiteral(element.ArgumentList.Arguments[0].Expression),
            InvocationExpressionSyntax invocation when invocation.ArgumentList.Arguments.Count >= 1 => KeyLiteral(invocation.ArgumentList.Arguments[0].Expression),
            _ => null,
        };

        // AddWithValue("@Password", x), WriteElementString("Password", x), new SqlParameter("@Password", x): the literal just before.
        private static string? KeyBefore(ArgumentListSyntax list, ArgumentSyntax argument)
        {
            var index = list.Arguments.IndexOf(argument);
            return index > 0 ? KeyLiteral(list.Arguments[index - 1].Expression) : null;
        }

        // A key, not text: a short literal of letters, digits and @ _ : . - (a format string or a message is not a key).
        private static string? KeyLiteral(ExpressionSyntax expression)
        {
            if (!(expression is LiteralExpressionSyntax literal) || !literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression)) return null;
            var text = literal.Token.ValueText;
            if (text.Length == 0 || text.Length > 40) return null;
            foreach (var c in text)
                if (!char.IsLetterOrDigit(c) && c != '@' && c != '_' && c != ':' && c != '.' && c != '-') return null;
            return text;
        }

        // new User(name, HashPassword(p)): the parameter the result is passed to, when the call binds.
        private static string? ParameterName(SemanticModel? model, ArgumentListSyntax list, ArgumentSyntax argument)
        {
            if (model == null || list.Parent == null || !(list.Parent is InvocationExpressionSyntax || list.Parent is ObjectCreationExpressionSyntax)) return null;
            var symbol = model.GetSymbolInfo(list.Parent).Symbol as IMethodSymbol;
            var index = list.Arguments.IndexOf(argument);
            if (symbol == null || index < 0 || index >= symbol.Parameters.Length || symbol.Parameters[index].IsParams) return null;
            return symbol.Parameters[index].Type.SpecialType == SpecialType.System_String ? symbol.Parameters[index].Name : null;
        }

        /// <summary>
        /// A password passed to a fast-hash helper that is not in the compilation (<see cref="LibraryHashCall"/>): reported at
        /// the call, as for a helper of this compilation. A call whose digest names a cache entry or a file stays silent.
        /// </summary>
        private static void AnalyzeLibraryHashCall(OperationAnalysisContext context, string? algorithm, string name, List<IOperation> values,
            InvocationExpressionSyntax call, SemanticModel? model, bool isTest)
        {
            if (algorithm == null || values.Count == 0 || HashUseContext.NamesLookupKey(name.Substring(name.LastIndexOf('.') + 1))) return;
            var options = HashingOptions.For(context.Options, call.SyntaxTree);
            if (options.IsTrusted(context.ContainingSymbol)) return;
            string? storedAs = null;
            var storedChecked = false;
            foreach (var value in values)
            {
                var source = PasswordFlow.Find(value, options.PasswordNames);
                if (source == null && IsLiteralPassword(value))
                {
                    // Password = EncryptProvider.Md5("123456"): a hard-coded default password, stored hashed.
                    if (!storedChecked) { storedAs = StoredAsPassword(call, options.PasswordNames, model); storedChecked = true; }
                    if (storedAs != null) source = value;
                }
                if (source == null) continue;
                if (HashUseContext.IdentifierUse(call) != null) return;
                HashingReport.ReportWithEvidence(context,
                    HashingDescriptors.FastHashOfPassword,
                    call,
                    model,
                    isTest,
                    new[] { source.Syntax.GetLocation() },
                    IsLiteralPassword(source) ? WeakCipherAnalyzer.RedactedEvidence(call, "password") : null,
                    SymbolName(source),
                    name + " → " + algorithm,
                    options.MinIterations("SHA256").ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    options.Profile);
                return;
            }
        }

        private const string FormsAuthenticationHash = "HashPasswordForStoringInConfigFile";

        /// <summary>
        /// <c>FormsAuthentication.HashPasswordForStoringInConfigFile(password, "MD5")</c>: .NET Framework's password API is one
        /// unsalted round of MD5 or SHA-1 (its only choices), so its first argument is a password by the API's own name.
        /// </summary>
        private static void ReportFormsAuthentication(OperationAnalysisContext context, SyntaxNode call, SyntaxNode password, string? algorithm,
            SemanticModel? model, bool isTest)
        {
            var options = HashingOptions.For(context.Options, call.SyntaxTree);
            if (options.IsTrusted(context.ContainingSymbol)) return;
            var name = algorithm != null && algorithm.Trim().Equals("MD5", System.StringComparison.OrdinalIgnoreCase) ? "MD5"
                : algorithm != null && algorithm.Trim().StartsWith("SHA", System.StringComparison.OrdinalIgnoreCase) ? "SHA1" : "MD5/SHA1";
            HashingReport.Report(context,
                HashingDescriptors.FastHashOfPassword,
                call,
                model,
                isTest,
                new[] { password.GetLocation() },
                password.ToString(),
                "FormsAuthentication.HashPasswordForStoringInConfigFile → " + name,
                options.MinIterations("SHA256").ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                options.Profile);
        }

        /// <summary>Where the password enters a fast hash at this call, or null (shared with CMP2001, which defers to this rule).</summary>
        internal static IOperation? PasswordSource(IInvocationOperation invocation, CryptoSymbols symbols, HashingOptions options, out string? algorithm)
        {
            algorithm = FastHashName(invocation, symbols);
            if (algorithm == null || HashUseContext.IsSignatureLocal(invocation.Syntax)) return null;
            var data = PasswordFlow.DataArgument(invocation);
            return data == null ? null : PasswordFlow.Find(data, options.PasswordNames);
        }

        /// <summary>The fast algorithm doing the hashing, or null when this is not a fast hash (or a keyed hash with a secret key).</summary>
        private static string? FastHashName(IInvocationOperation invocation, CryptoSymbols symbols)
        {
            var method = invocation.TargetMethod;
            if (method.IsStatic)
            {
                // SHA256.HashData(data), HMACSHA256.HashData(key, data)
                var type = method.ContainingType;
                if (!symbols.IsHashAlgorithm(type)) return null;
                if (IsKeyed(type, symbols))
                {
                    IOperation? key = null;
                    foreach (var argument in invocation.Arguments)
                        if (argument.Parameter?.Name == "key") key = argument.Value;
                    if (key == null || !ConstantBytes.IsConstant(key)) return null;
                }
                return AlgorithmName(type, symbols);
            }

            var receiver = invocation.Instance == null ? null : LocalValueSources.Unwrap(invocation.Instance);
            if (receiver == null) return null;
            if (symbols.IncrementalHash != null && SymbolEqualityComparer.Default.Equals(receiver.Type, symbols.IncrementalHash))
                return method.Name == "AppendData" ? "IncrementalHash" : null;
            if (!symbols.IsHashAlgorithm(receiver.Type) || method.Name == "AppendData") return null;

            // For keyed hashes the key decides: a constant key is just a fast, public salt.
            var creation = CreationOf(receiver);
            var created = creation?.Type ?? receiver.Type;
            if (IsKeyed(created, symbols))
            {
                if (creation is IObjectCreationOperation objectCreation && objectCreation.Arguments.Length >= 1 &&
                    ConstantBytes.IsConstant(objectCreation.Arguments[0].Value))
                    return AlgorithmName(created, symbols);
                return null;
            }
            return AlgorithmName(created, symbols);
        }

        /// <summary>The expression that created the hash object: inline, or the local's initializer.</summary>
        private static IOperation? CreationOf(IOperation receiver)
        {
            if (receiver is ILocalReferenceOperation local)
            {
                var values = LocalValueSources.ValuesOf(local.Local, local);
                return values.Count == 1 ? LocalValueSources.Unwrap(values[0]) : null;
            }
            return receiver is IObjectCreationOperation || receiver is IInvocationOperation ? receiver : null;
        }

        private static bool IsKeyed(ITypeSymbol? type, CryptoSymbols symbols) =>
            symbols.KeyedHashAlgorithm != null && CryptoSymbols.DerivesFrom(type, symbols.KeyedHashAlgorithm);

        /// <summary>"SHA256" for SHA256/SHA256Managed/SHA256.Create(); the first type below HashAlgorithm/HMAC.</summary>
        private static string AlgorithmName(ITypeSymbol? type, CryptoSymbols symbols)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                var b = t.BaseType;
                if (b == null) break;
                if (SymbolEqualityComparer.Default.Equals(b, symbols.HashAlgorithm) ||
                    SymbolEqualityComparer.Default.Equals(b, symbols.KeyedHashAlgorithm) ||
                    SymbolEqualityComparer.Default.Equals(b, symbols.Hmac))
                    return t.Name;
            }
            return type?.Name ?? "hash";
        }

        private static string SymbolName(IOperation source)
        {
            switch (source)
            {
                case IParameterReferenceOperation p: return p.Parameter.Name;
                case ILocalReferenceOperation l: return l.Local.Name;
                case IFieldReferenceOperation f: return f.Field.Name;
                case IPropertyReferenceOperation pr: return pr.Property.Name;
                // never the value: a hard-coded password is named, not shown
                case IOperation literal when IsLiteralPassword(literal): return "hard-coded password";
                default: return source.Syntax.ToString();
            }
        }
    }
}
