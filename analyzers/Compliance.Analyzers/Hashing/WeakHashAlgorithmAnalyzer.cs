using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// CMP2001: MD5, SHA-1, RIPEMD-160, HMAC-MD5 and HMAC-SHA1 created or called where they may
    /// protect something. The span is the creating expression (<c>MD5.Create()</c>,
    /// <c>new SHA1Managed()</c>, <c>HashAlgorithm.Create("MD5")</c>) or the static one-shot call
    /// (<c>MD5.HashData(...)</c>). Clear non-security uses (ETag, cache key, checksum) become
    /// CMP2090 (off by default); HMAC-SHA1 in TOTP/HOTP is protocol-mandated and not reported.
    /// A static hash of a password is CMP2002's finding at the same span, so it is left to that rule.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WeakHashAlgorithmAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(HashingDescriptors.WeakHashAlgorithm, HashingDescriptors.NonSecurityWeakHash);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CryptoSymbols.For(start.Compilation);
                if (symbols.WeakHashes.IsEmpty && symbols.HashAlgorithm == null && symbols.CryptoConfig == null)
                    return;
                var isTest = TestProjectDetector.IsTestProject(start.Compilation);
                var callers = HelperCallers.For(start.Compilation);
                start.RegisterOperationAction(c => AnalyzeCreation(c, symbols, isTest, callers), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, isTest, callers), OperationKind.Invocation);
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CryptoSymbols symbols, bool isTest, HelperCallers callers)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var name = symbols.WeakHashName(creation.Type);
            if (name != null) Report(context, creation.Syntax, name, isTest, callers);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoSymbols symbols, bool isTest, HelperCallers callers)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!method.IsStatic)
            {
                // rsa.SignData(data, HashAlgorithmName.SHA1, …), ecdsa.VerifyHash(…): a signature over a weak digest.
                if ((method.Name.StartsWith("Sign", System.StringComparison.Ordinal) || method.Name.StartsWith("Verify", System.StringComparison.Ordinal)) &&
                    symbols.HashAlgorithmName != null)
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        var weak = HashAlgorithmNameOf(argument.Value, symbols);
                        if (weak != null)
                        {
                            HashingReport.Report(context, HashingDescriptors.WeakHashAlgorithm, invocation.Syntax,
                                invocation.SemanticModel, isTest, null, weak);
                            return;
                        }
                    }
                }
                return;
            }
            var containing = method.ContainingType;

            // MD5.Create(), SHA1.HashData(...), HMACSHA1.HashData(key, data), MD5.TryHashData(...)
            var family = symbols.WeakHashName(containing);
            if (family != null)
            {
                if (method.Name == "Create" || IsOneShot(method.Name))
                {
                    if (IsOneShot(method.Name) &&
                        FastPasswordHashAnalyzer.PasswordSource(invocation, symbols, HashingOptions.For(context.Options, invocation.Syntax.SyntaxTree), out _) != null)
                        return; // CMP2002 reports this very call, and it is the more specific finding
                    Report(context, invocation.Syntax, family, isTest, callers);
                }
                return;
            }

            // HashAlgorithm.Create("MD5"), HMAC.Create("HMACSHA1"), CryptoConfig.CreateFromName("SHA1")
            bool byName =
                (method.Name == "Create" && symbols.HashAlgorithm != null && CryptoSymbols.DerivesFrom(containing, symbols.HashAlgorithm)) ||
                (method.Name == "CreateFromName" && SymbolEqualityComparer.Default.Equals(containing, symbols.CryptoConfig));
            if (byName && invocation.Arguments.Length >= 1)
            {
                var value = invocation.Arguments[0].Value.ConstantValue;
                if (value.HasValue && value.Value is string s)
                {
                    var weak = CryptoSymbols.WeakHashFromName(s);
                    if (weak != null) Report(context, invocation.Syntax, weak, isTest, callers);
                }
                return;
            }

            // IncrementalHash.CreateHash(HashAlgorithmName.MD5) / CreateHMAC(HashAlgorithmName.SHA1, key)
            if ((method.Name == "CreateHash" || method.Name == "CreateHMAC") &&
                SymbolEqualityComparer.Default.Equals(containing, symbols.IncrementalHash) && invocation.Arguments.Length >= 1)
            {
                var weak = HashAlgorithmNameOf(invocation.Arguments[0].Value, symbols);
                if (weak != null) Report(context, invocation.Syntax, method.Name == "CreateHMAC" ? "HMAC" + weak : weak, isTest, callers);
            }
        }

        /// <summary>
        /// A helper whose own name says nothing of security (<c>MD5Encrypt16(string password)</c>) hashes what its callers
        /// give it: when every caller is a non-security use (cache keys), so is the hash — the same caller decision as
        /// CMP2002's (<see cref="HelperCallers"/>), so the two rules never disagree about one helper.
        /// </summary>
        private static bool IsHelperOfNonSecurityCallers(OperationAnalysisContext context, HelperCallers callers, out string? word)
        {
            word = null;
            var names = HashingOptions.For(context.Options, context.Operation.Syntax.SyntaxTree).PasswordNames;
            if (context.ContainingSymbol is IFieldSymbol field)
            {
                // private static readonly SHA1 Sha1 = SHA1.Create(), used only inside GetHash(string target): the hash object
                // serves the methods that use the field (Sonarr's HashConverter, judged FP), so their callers decide
                var model = context.Operation.SemanticModel;
                var users = model == null ? null : FieldHeldKey.MethodsUsing(field, model, context.CancellationToken);
                if (users == null || users.Count == 0) return false;
                foreach (var user in users)
                {
                    if (!IsHelper(user, names) || !callers.OnlyNonSecurityUse(user, names, context.CancellationToken, out var userWord)) return false;
                    word ??= userWord;
                }
                return true;
            }

            if (!(context.ContainingSymbol is IMethodSymbol helper) || !IsHelper(helper, names)) return false;
            return callers.OnlyNonSecurityUse(helper, names, context.CancellationToken, out word);
        }

        // an ordinary method that takes what it hashes and whose own name says nothing of security
        private static bool IsHelper(IMethodSymbol method, PasswordNames names) =>
            method.MethodKind == MethodKind.Ordinary && !method.Parameters.IsEmpty
            && !names.IsPasswordMethod(method.Name) && !HashUseContext.NamesSecurity(method.Name);

        internal static bool IsOneShot(string name) =>
            name == "HashData" || name == "HashDataAsync" || name == "TryHashData";

        /// <summary>"MD5"/"SHA1" when <paramref name="value"/> is HashAlgorithmName.MD5/SHA1 (or new HashAlgorithmName("MD5")).</summary>
        internal static string? HashAlgorithmNameOf(IOperation value, CryptoSymbols symbols)
        {
            while (value is IConversionOperation conv) value = conv.Operand;
            if (value is IPropertyReferenceOperation prop && SymbolEqualityComparer.Default.Equals(prop.Property.ContainingType, symbols.HashAlgorithmName))
                return prop.Property.Name == "MD5" || prop.Property.Name == "SHA1" ? prop.Property.Name : null;
            if (value is IObjectCreationOperation create && SymbolEqualityComparer.Default.Equals(create.Type, symbols.HashAlgorithmName) &&
                create.Arguments.Length == 1 && create.Arguments[0].Value.ConstantValue.Value is string s)
            {
                var weak = CryptoSymbols.WeakHashFromName(s);
                return weak == "MD5" || weak == "SHA1" ? weak : null;
            }
            return null;
        }

        private static void Report(OperationAnalysisContext context, SyntaxNode node, string algorithm, bool isTest, HelperCallers callers)
        {
            var use = HashUseContext.Classify(node, algorithm == "HMACSHA1", out var word);
            if (use == HashUse.Security && IsHelperOfNonSecurityCallers(context, callers, out var callerWord))
            {
                use = HashUse.NonSecurity;
                word = callerWord;
            }
            switch (use)
            {
                case HashUse.ProtocolMandated:
                    return;
                case HashUse.NonSecurity:
                    HashingReport.Report(context, HashingReport.Create(HashingDescriptors.NonSecurityWeakHash, node, context.Operation.SemanticModel, isTest, null, algorithm, word));
                    return;
                default:
                    HashingReport.Report(context, HashingDescriptors.WeakHashAlgorithm, node, context.Operation.SemanticModel, isTest, null, algorithm);
                    return;
            }
        }
    }
}
