using System.Collections.Immutable;
using System.Globalization;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// CMP2003: password key derivation with weak settings — PBKDF2 (<c>Rfc2898DeriveBytes</c>,
    /// <c>Rfc2898DeriveBytes.Pbkdf2</c>, ASP.NET Core <c>KeyDerivation.Pbkdf2</c>) with HMAC-SHA1 or
    /// fewer iterations than the profile (<c>compliance.password_hash_profile</c>), a constant or
    /// short salt; <c>PasswordDeriveBytes</c>; Identity's <c>IdentityV2</c> compatibility mode or a low
    /// <c>PasswordHasherOptions.IterationCount</c>; a bcrypt work factor below 10; Argon2id with less than
    /// 19 MiB or 2 iterations. One result per
    /// call (the most serious setting), on the creating expression, call or assignment.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WeakKeyDerivationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property set on low-iteration results: the profile's minimum, for the code fix.</summary>
        public const string MinIterationsProperty = "compliance.minIterations";
        /// <summary>Property naming the argument/assignment that holds the iteration count.</summary>
        public const string IterationsArgumentProperty = "compliance.iterationsArgument";

        private const int MinSaltBytes = 16;

        // Konscious.Security.Cryptography.Argon2 (the common .NET Argon2id package), matched by shape.
        private const string Argon2Namespace = "Konscious.Security.Cryptography";

        /// <summary>Property naming what was found: lowIterations, sha1, passwordDeriveBytes, constantSalt, shortSalt, identityV2, bcryptWorkFactor, argon2.</summary>
        public const string ReasonProperty = "compliance.reason";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(HashingDescriptors.WeakKeyDerivation);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CryptoSymbols.For(start.Compilation);
                var bcrypt = Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "BCrypt.Net.BCrypt");
                if (symbols.Rfc2898DeriveBytes == null && symbols.PasswordDeriveBytes == null && symbols.KeyDerivation == null &&
                    symbols.PasswordHasherOptions == null && bcrypt == null &&
                    Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, Argon2Namespace + ".Argon2id") == null)
                    return;
                var isTest = TestProjectDetector.IsTestProject(start.Compilation);
                start.RegisterOperationAction(c => AnalyzeCreation(c, symbols, isTest), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, bcrypt, isTest), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeAssignment(c, symbols, isTest), OperationKind.SimpleAssignment);
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CryptoSymbols symbols, bool isTest)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type == null) return;
            if (symbols.PasswordDeriveBytes != null && CryptoSymbols.DerivesFrom(creation.Type, symbols.PasswordDeriveBytes))
            {
                Report(context, "PasswordDeriveBytes", creation.Syntax, isTest, null);
                return;
            }
            if (symbols.Rfc2898DeriveBytes != null && CryptoSymbols.DerivesFrom(creation.Type, symbols.Rfc2898DeriveBytes))
                CheckPbkdf2(context, creation.Syntax, creation.Arguments, symbols, isTest, "Rfc2898DeriveBytes");
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoSymbols symbols, INamedTypeSymbol? bcrypt, bool isTest)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name == "Pbkdf2" &&
                (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Rfc2898DeriveBytes) ||
                 SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.KeyDerivation)))
            {
                CheckPbkdf2(context, invocation.Syntax, invocation.Arguments, symbols, isTest,
                    method.ContainingType.Name + ".Pbkdf2");
                return;
            }

            if (bcrypt != null && SymbolEqualityComparer.Default.Equals(method.ContainingType, bcrypt))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name != "workFactor") continue;
                    var options = HashingOptions.For(context.Options, invocation.Syntax.SyntaxTree);
                    if (IntValue(argument.Value) is int workFactor && workFactor < options.MinBcryptWorkFactor)
                        Report(context, "BcryptWorkFactor", invocation.Syntax, isTest, null,
                            workFactor.ToString(CultureInfo.InvariantCulture), options.MinBcryptWorkFactor.ToString(CultureInfo.InvariantCulture), options.Profile);
                }
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, CryptoSymbols symbols, bool isTest)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!(assignment.Target is IPropertyReferenceOperation property)) return;
            if (IsArgon2(property.Property.ContainingType))
            {
                CheckArgon2(context, assignment, property.Property.Name, isTest);
                return;
            }
            if (!SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.PasswordHasherOptions))
                return;
            if (property.Property.Name == "CompatibilityMode")
            {
                var value = LocalValueSources.Unwrap(assignment.Value);
                if (value is IFieldReferenceOperation field && field.Field.Name == "IdentityV2" &&
                    SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, symbols.PasswordHasherCompatibilityMode))
                    Report(context, "IdentityV2", assignment.Syntax, isTest, null);
            }
            else if (property.Property.Name == "IterationCount" && IntValue(assignment.Value) is int iterations)
            {
                // Identity V3 hashes with PBKDF2-HMAC-SHA512.
                var options = HashingOptions.For(context.Options, assignment.Syntax.SyntaxTree);
                var min = options.MinIterations("SHA512");
                if (iterations < min)
                    ReportLowIterations(context, assignment.Syntax, isTest, "PasswordHasherOptions.IterationCount", iterations, min, options.Profile, "value");
            }
        }

        internal static bool IsArgon2(INamedTypeSymbol? type)
        {
            for (var t = type; t != null; t = t.BaseType)
                if ((t.Name == "Argon2id" || t.Name == "Argon2") && t.ContainingNamespace?.ToDisplayString() == Argon2Namespace) return true;
            return false;
        }

        /// <summary>OWASP's floor for Argon2id: 19 MiB (19,456 KiB) of memory and 2 iterations (both profiles).</summary>
        private static void CheckArgon2(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, string property, bool isTest)
        {
            int min;
            switch (property)
            {
                case "MemorySize": min = 19_456; break;
                case "Iterations": min = 2; break;
                default: return;
            }
            if (IntValue(assignment.Value) is int value && value < min)
            {
                var options = HashingOptions.For(context.Options, assignment.Syntax.SyntaxTree);
                Report(context, "Argon2", assignment.Syntax, isTest, null, property,
                    value.ToString("N0", CultureInfo.InvariantCulture), min.ToString("N0", CultureInfo.InvariantCulture), options.Profile);
            }
        }

        private static void CheckPbkdf2(OperationAnalysisContext context, SyntaxNode node, ImmutableArray<IArgumentOperation> arguments,
            CryptoSymbols symbols, bool isTest, string what)
        {
            IOperation? salt = null, prf = null, iterations = null;
            string? iterationsParameter = null;
            bool saltIsSize = false;
            foreach (var argument in arguments)
            {
                var name = argument.Parameter?.Name;
                if (name == null) continue;
                if (name == "salt") salt = argument.Value;
                else if (name == "saltSize") { salt = argument.Value; saltIsSize = true; }
                else if (name == "hashAlgorithm" || name == "prf") prf = argument.Value;
                else if (name == "iterations" || name == "iterationCount") { iterations = argument.Value; iterationsParameter = name; }
            }

            var options = HashingOptions.For(context.Options, node.SyntaxTree);
            // Rfc2898DeriveBytes without a hash algorithm argument defaults to HMAC-SHA1 and 1,000 iterations.
            var prfName = prf == null ? "SHA1" : PrfName(prf, symbols);
            if (prfName == "SHA1" || prfName == "MD5")
            {
                Report(context, "Sha1", node, isTest, null, what);
                return;
            }

            var count = iterations == null ? 1000 : IntValue(iterations);
            var min = options.MinIterations(prfName ?? "SHA256");
            if (count is int c && c < min)
            {
                ReportLowIterations(context, node, isTest, what, c, min, options.Profile, iterationsParameter);
                return;
            }

            if (salt == null) return;
            if (saltIsSize)
            {
                if (IntValue(salt) is int size && size < MinSaltBytes)
                    Report(context, "ShortSalt", node, isTest, null, what, size.ToString(CultureInfo.InvariantCulture));
                return;
            }
            if (ConstantBytes.Analyze(salt, out var length))
                Report(context, "ConstantSalt", node, isTest, null, what);
            else if (length is int l && l < MinSaltBytes)
                Report(context, "ShortSalt", node, isTest, null, what, l.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>"SHA1", "SHA256", "SHA512"… for HashAlgorithmName.X or KeyDerivationPrf.HMACX; null when unknown.</summary>
        internal static string? PrfName(IOperation prf, CryptoSymbols symbols)
        {
            var value = LocalValueSources.Unwrap(prf);
            if (value is IPropertyReferenceOperation property && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.HashAlgorithmName))
                return property.Property.Name;
            if (value is IFieldReferenceOperation field && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, symbols.KeyDerivationPrf))
                return field.Field.Name.Replace("HMAC", "");
            return WeakHashAlgorithmAnalyzer.HashAlgorithmNameOf(value, symbols);
        }

        internal static int? IntValue(IOperation value)
        {
            value = LocalValueSources.Unwrap(value);
            if (value.ConstantValue.HasValue && value.ConstantValue.Value is int i) return i;
            if (value is ILocalReferenceOperation local)
            {
                var sources = LocalValueSources.ValuesOf(local.Local, local);
                if (sources.Count == 1 && LocalValueSources.Unwrap(sources[0]).ConstantValue.Value is int j) return j;
            }
            return null;
        }

        private static void ReportLowIterations(OperationAnalysisContext context, SyntaxNode node, bool isTest, string what,
            int iterations, int min, string profile, string? iterationsArgument)
        {
            var extra = ImmutableDictionary<string, string?>.Empty
                .Add(MinIterationsProperty, min.ToString(CultureInfo.InvariantCulture))
                .Add(IterationsArgumentProperty, iterationsArgument ?? "");
            Report(context, "LowIterations", node, isTest, extra, what,
                iterations.ToString("N0", CultureInfo.InvariantCulture), min.ToString("N0", CultureInfo.InvariantCulture), profile);
        }

        private static void Report(OperationAnalysisContext context, string reason, SyntaxNode node, bool isTest,
            ImmutableDictionary<string, string?>? extra, params string[] args)
        {
            var descriptor = HashingDescriptors.WeakKeyDerivation;
            var message = HashingDescriptors.Reason("CMP2003_" + reason, args);
            var diagnostic = HashingReport.Create(descriptor, node, context.Operation.SemanticModel, isTest, null, message);
            var properties = diagnostic.Properties.Add(ReasonProperty, char.ToLowerInvariant(reason[0]) + reason.Substring(1));
            if (extra != null) properties = properties.AddRange(extra);
            HashingReport.Report(context, Diagnostic.Create(descriptor, diagnostic.Location, diagnostic.AdditionalLocations, properties, message));
        }
    }
}
