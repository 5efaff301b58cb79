using System.Collections.Immutable;
using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Observations
{
    /// <summary>
    /// CMP2990 (hidden observation): a password hashed with a slow salted hash at or above the profile —
    /// ASP.NET Core Identity <c>PasswordHasher&lt;T&gt;.HashPassword</c>, BCrypt.Net <c>HashPassword</c> with the
    /// default or a sufficient work factor, PBKDF2 (<c>Rfc2898DeriveBytes</c>, <c>KeyDerivation.Pbkdf2</c>) with
    /// SHA-256/384/512 and constant iterations at or above the profile, or a Konscious <c>Argon2id</c>. Weak settings
    /// of the same call are CMP2003's; a call whose settings are not constants is not evidence either way.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PasswordSlowHashObservationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Hashing.HashingDescriptors.PasswordSlowHash);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CryptoSymbols.For(start.Compilation);
                var bcrypt = Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "BCrypt.Net.BCrypt");
                start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, bcrypt), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoSymbols symbols, INamedTypeSymbol? bcrypt)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type == null) return;

            if (method.Name == "HashPassword" && IsIdentityHasher(type))
            {
                Report(context, invocation.Syntax, "PasswordHasher<T>");
                return;
            }

            if (bcrypt != null && SymbolEqualityComparer.Default.Equals(type, bcrypt) &&
                (method.Name == "HashPassword" || method.Name == "EnhancedHashPassword"))
            {
                var options = HashingOptions.For(context.Options, invocation.Syntax.SyntaxTree);
                foreach (var argument in invocation.Arguments)
                {
                    // An explicit work factor must be a constant at or above the profile; the default (11) is.
                    if (argument.Parameter?.Name != "workFactor" || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                    if (!(WeakKeyDerivationAnalyzer.IntValue(argument.Value) is int wf) || wf < options.MinBcryptWorkFactor) return;
                }
                Report(context, invocation.Syntax, "bcrypt");
                return;
            }

            if (method.Name == "Pbkdf2" &&
                (SymbolEqualityComparer.Default.Equals(type, symbols.Rfc2898DeriveBytes) || SymbolEqualityComparer.Default.Equals(type, symbols.KeyDerivation)))
                CheckPbkdf2(context, invocation.Syntax, invocation.Arguments, symbols);
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CryptoSymbols symbols)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol type) return;
            if (WeakKeyDerivationAnalyzer.IsArgon2(type))
            {
                Report(context, creation.Syntax, "Argon2id");
                return;
            }
            if (symbols.Rfc2898DeriveBytes != null && CryptoSymbols.DerivesFrom(type, symbols.Rfc2898DeriveBytes))
                CheckPbkdf2(context, creation.Syntax, creation.Arguments, symbols);
        }

        /// <summary>PBKDF2 with a SHA-2 PRF, constant iterations at or above the profile and a salt that is not a constant.</summary>
        private static void CheckPbkdf2(OperationAnalysisContext context, SyntaxNode node, ImmutableArray<IArgumentOperation> arguments, CryptoSymbols symbols)
        {
            IOperation? prf = null, iterations = null, salt = null;
            foreach (var argument in arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "hashAlgorithm": case "prf": prf = argument.Value; break;
                    case "iterations": case "iterationCount": iterations = argument.Value; break;
                    case "salt": case "saltSize": salt = argument.Value; break;
                }
            }
            if (prf == null || iterations == null || salt == null) return;
            var prfName = WeakKeyDerivationAnalyzer.PrfName(prf, symbols);
            if (prfName != "SHA256" && prfName != "SHA384" && prfName != "SHA512") return;
            var options = HashingOptions.For(context.Options, node.SyntaxTree);
            if (!(WeakKeyDerivationAnalyzer.IntValue(iterations) is int count) || count < options.MinIterations(prfName)) return;
            if (Common.ConstantBytes.Analyze(salt, out _)) return; // a constant salt is CMP2003's
            Report(context, node, "PBKDF2-" + prfName);
        }

        private static bool IsIdentityHasher(INamedTypeSymbol type)
        {
            for (var t = type; t != null; t = t.BaseType)
                if (IsHasherName(t)) return true;
            foreach (var i in type.AllInterfaces)
                if (IsHasherName(i)) return true;
            return false;
        }

        private static bool IsHasherName(INamedTypeSymbol t) =>
            (t.Name == "PasswordHasher" || t.Name == "IPasswordHasher") && t.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Identity";

        private static void Report(OperationAnalysisContext context, SyntaxNode node, string what) =>
            context.ReportDiagnostic(HashingReport.Create(Hashing.HashingDescriptors.PasswordSlowHash, node, context.Operation.SemanticModel, false, null, what));
    }
}
