using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// CMP2004: data protected with a weak cipher — DES, 3DES, RC2 (and BouncyCastle's DES/DESede/RC2/RC4
    /// engines where referenced, and RC4 written by hand: <see cref="HandWrittenRc4"/>), ECB mode (<c>Mode = CipherMode.ECB</c>, <c>EncryptEcb</c>), or a key/IV
    /// written in the source (<c>aes.Key = Encoding.UTF8.GetBytes("…")</c>, <c>CreateEncryptor(key, iv)</c>
    /// with constant arrays, <c>new AesGcm(constantKey)</c>). SM4 (BouncyCastle <c>SM4Engine</c>) and AES
    /// are acceptable and never reported. RSA keys below 2048 bits (<c>RSA.Create(1024)</c>, <c>KeySize = 1024</c>) are
    /// reported too. The key's characters never appear in the message.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WeakCipherAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(HashingDescriptors.WeakCipher);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = CryptoSymbols.For(start.Compilation);
                if (symbols.SymmetricAlgorithm == null && symbols.WeakCiphers.IsEmpty) return;
                var aesGcm = Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "System.Security.Cryptography.AesGcm");
                var aesCcm = Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "System.Security.Cryptography.AesCcm");
                var chacha = Compliance.Analyzers.Common.MetadataTypes.Get(start.Compilation, "System.Security.Cryptography.ChaCha20Poly1305");
                var aeads = ImmutableArray.Create(aesGcm, aesCcm, chacha);
                var isTest = TestProjectDetector.IsTestProject(start.Compilation);
                start.RegisterOperationAction(c => AnalyzeCreation(c, symbols, aeads, isTest), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, aeads, isTest), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeAssignment(c, symbols, aeads, isTest), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => AnalyzeUnboundTransformation(c, isTest), OperationKind.Invalid);
                start.RegisterSyntaxNodeAction(c => FieldHeldKey.Analyze(c, symbols, aeads, isTest), Microsoft.CodeAnalysis.CSharp.SyntaxKind.FieldDeclaration);
                start.RegisterSyntaxNodeAction(c => HandWrittenRc4.Analyze(c, isTest), Microsoft.CodeAnalysis.CSharp.SyntaxKind.MethodDeclaration,
                    Microsoft.CodeAnalysis.CSharp.SyntaxKind.LocalFunctionStatement);
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads, bool isTest)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var weak = symbols.WeakCipherName(creation.Type);
            if (weak != null)
            {
                Report(context, "WeakAlgorithm", creation.Syntax, isTest, weak);
                return;
            }
            // new RSACryptoServiceProvider(1024)
            if (IsRsa(creation.Type, symbols) && ShortRsaKeySize(creation.Arguments) is int size)
            {
                Report(context, "ShortRsaKey", creation.Syntax, isTest, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            // new AesGcm(key) / AesCcm / ChaCha20Poly1305 with a constant key
            ReportFixedKey(context, creation, symbols, aeads, isTest);
        }

        /// <summary>
        /// A key or IV fixed in the source, reported where the cipher takes it — unless a field of the same type holds it:
        /// then <see cref="FieldHeldKey"/> reports it once at the field's declaration, where the key is written.
        /// </summary>
        private static void ReportFixedKey(OperationAnalysisContext context, IOperation use, CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads, bool isTest)
        {
            if (FixedKeyUse(use, symbols, aeads) is (string what, IOperation value) && !FieldHeldKey.HeldBySameTypeField(value, use.Syntax))
                Report(context, "HardcodedKey", use.Syntax, isTest, what);
        }

        /// <summary>
        /// What <paramref name="operation"/> hands a cipher as key or IV when that value is fixed in the source: a constant
        /// key of <c>new AesGcm(key)</c>/<c>AesCcm</c>/<c>ChaCha20Poly1305</c>, <c>CreateEncryptor(rgbKey, rgbIV)</c>/<c>EncryptCbc(…, iv)</c>,
        /// <c>alg.Key = …</c>/<c>alg.IV = …</c> (an all-zero IV counts as fixed). "key" or "IV" and the value, or null.
        /// </summary>
        internal static (string What, IOperation Value)? FixedKeyUse(IOperation operation, CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation:
                    foreach (var aead in aeads)
                    {
                        if (aead == null || !SymbolEqualityComparer.Default.Equals(creation.Type, aead)) continue;
                        foreach (var argument in creation.Arguments)
                            if (argument.Parameter?.Name == "key" && ConstantBytes.IsConstant(argument.Value))
                                return ("key", argument.Value);
                    }
                    return null;
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    if (method.IsStatic || symbols.SymmetricAlgorithm == null || !CryptoSymbols.DerivesFrom(method.ContainingType, symbols.SymmetricAlgorithm))
                        return null;
                    foreach (var argument in invocation.Arguments)
                    {
                        var p = argument.Parameter?.Name;
                        if (p == "rgbKey" && ConstantBytes.IsConstant(argument.Value))
                            return ("key", argument.Value);
                        if ((p == "rgbIV" || p == "iv") && (ConstantBytes.IsConstant(argument.Value) || ConstantBytes.IsZeroFilled(argument.Value)))
                            return ("IV", argument.Value);
                    }
                    return null;
                case ISimpleAssignmentOperation assignment:
                    if (!(assignment.Target is IPropertyReferenceOperation property) || symbols.SymmetricAlgorithm == null ||
                        !CryptoSymbols.DerivesFrom(property.Property.ContainingType, symbols.SymmetricAlgorithm))
                        return null;
                    if (property.Property.Name == "Key" && ConstantBytes.IsConstant(assignment.Value))
                        return ("key", assignment.Value);
                    // a literal IV, or an all-zero one (new byte[16]): the same IV for every message
                    if (property.Property.Name == "IV" && (ConstantBytes.IsConstant(assignment.Value) || ConstantBytes.IsZeroFilled(assignment.Value)))
                        return ("IV", assignment.Value);
                    return null;
                default:
                    return null;
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads, bool isTest)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            var containing = method.ContainingType;

            if (method.Name == TransformationFactory && containing?.Name == TransformationFactoryType && invocation.Arguments.Length >= 1)
            {
                ReportTransformation(context, invocation.Syntax, invocation.Arguments[0].Value.ConstantValue.Value as string, isTest);
                return;
            }

            // DES.Create(), TripleDES.Create(), RC2.Create()
            if (method.IsStatic && method.Name == "Create")
            {
                if (IsRsa(containing, symbols) && ShortRsaKeySize(invocation.Arguments) is int size)
                {
                    Report(context, "ShortRsaKey", invocation.Syntax, isTest, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return;
                }

                var weak = symbols.WeakCipherName(containing);
                if (weak == null && invocation.Arguments.Length == 1 && invocation.Arguments[0].Value.ConstantValue.Value is string name &&
                    symbols.SymmetricAlgorithm != null && CryptoSymbols.DerivesFrom(containing, symbols.SymmetricAlgorithm))
                    weak = CryptoSymbols.WeakCipherFromName(name);
                if (weak != null) Report(context, "WeakAlgorithm", invocation.Syntax, isTest, weak);
                return;
            }
            if (method.IsStatic && method.Name == "CreateFromName" && SymbolEqualityComparer.Default.Equals(containing, symbols.CryptoConfig) &&
                invocation.Arguments.Length >= 1 && invocation.Arguments[0].Value.ConstantValue.Value is string algorithmName)
            {
                var weak = CryptoSymbols.WeakCipherFromName(algorithmName);
                if (weak != null) Report(context, "WeakAlgorithm", invocation.Syntax, isTest, weak);
                return;
            }

            if (method.IsStatic || symbols.SymmetricAlgorithm == null || !CryptoSymbols.DerivesFrom(containing, symbols.SymmetricAlgorithm))
                return;

            if (method.Name == "EncryptEcb" || method.Name == "DecryptEcb" || method.Name == "TryEncryptEcb" || method.Name == "TryDecryptEcb")
            {
                Report(context, "Ecb", invocation.Syntax, isTest);
                return;
            }

            // CreateEncryptor(rgbKey, rgbIV), EncryptCbc(plaintext, iv)
            ReportFixedKey(context, invocation, symbols, aeads, isTest);
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads, bool isTest)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            // rsa.KeySize = 1024
            if (assignment.Target is IPropertyReferenceOperation keySize && keySize.Property.Name == "KeySize" && IsRsa(keySize.Instance?.Type, symbols) &&
                assignment.Value.ConstantValue.Value is int bits && bits < MinimumRsaBits)
            {
                Report(context, "ShortRsaKey", assignment.Syntax, isTest, bits.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            if (!(assignment.Target is IPropertyReferenceOperation property) || symbols.SymmetricAlgorithm == null ||
                !CryptoSymbols.DerivesFrom(property.Property.ContainingType, symbols.SymmetricAlgorithm))
                return;
            switch (property.Property.Name)
            {
                case "Mode":
                    var value = LocalValueSources.Unwrap(assignment.Value);
                    if (value is IFieldReferenceOperation field && field.Field.Name == "ECB" &&
                        SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, symbols.CipherMode))
                        Report(context, "Ecb", assignment.Syntax, isTest);
                    break;
                case "Key":
                case "IV":
                    ReportFixedKey(context, assignment, symbols, aeads, isTest);
                    break;
            }
        }

        // BouncyCastle's CipherUtilities.GetCipher("SM4/ECB/PKCS7Padding"): algorithm/mode/padding in one string.
        private const string TransformationFactory = "GetCipher";
        private const string TransformationFactoryType = "CipherUtilities";

        /// <summary>The same factory when BouncyCastle is not referenced (no restore): matched by the call's own spelling.</summary>
        private static void AnalyzeUnboundTransformation(OperationAnalysisContext context, bool isTest)
        {
            if (!(context.Operation.Syntax is InvocationExpressionSyntax call) || !(call.Expression is MemberAccessExpressionSyntax member) ||
                member.Name.Identifier.ValueText != TransformationFactory || call.ArgumentList.Arguments.Count < 1)
                return;
            var receiver = member.Expression is MemberAccessExpressionSyntax qualified ? qualified.Name.Identifier.ValueText : member.Expression.ToString();
            if (receiver != TransformationFactoryType) return;
            var argument = context.Operation.SemanticModel?.GetConstantValue(call.ArgumentList.Arguments[0].Expression, context.CancellationToken);
            ReportTransformation(context, call, argument is { HasValue: true } c ? c.Value as string : null, isTest);
        }

        private static void ReportTransformation(OperationAnalysisContext context, SyntaxNode call, string? transformation, bool isTest)
        {
            if (transformation == null) return;
            var parts = transformation.Split('/');
            // "RSA/ECB/PKCS1Padding": RSA has no block mode, ECB there is the Java naming's placeholder (Blog.Core's RSA
            // helper, a false alarm seen on the first scan)
            if (parts[0].Trim().Equals("RSA", System.StringComparison.OrdinalIgnoreCase) || parts[0].Trim().Equals("ElGamal", System.StringComparison.OrdinalIgnoreCase)) return;
            var weak = CryptoSymbols.WeakCipherFromName(parts[0]);
            if (weak != null)
                Report(context, "WeakAlgorithm", call, isTest, weak);
            else if (parts.Length >= 2 && string.Equals(parts[1].Trim(), "ECB", System.StringComparison.OrdinalIgnoreCase))
                Report(context, "Ecb", call, isTest);
        }

        /// <summary>NIST SP 800-131A: RSA keys below 2048 bits are disallowed for signatures and key transport.</summary>
        private const int MinimumRsaBits = 2048;

        private static bool IsRsa(ITypeSymbol? type, CryptoSymbols symbols)
        {
            for (var t = type; t != null; t = t.BaseType)
                if (t.Name == "RSA" && t.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography") return true;
            return false;
        }

        /// <summary>The constant key size passed to RSA.Create(int)/new RSACryptoServiceProvider(int), when below 2048 bits.</summary>
        private static int? ShortRsaKeySize(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
                if ((argument.Parameter?.Name == "keySizeInBits" || argument.Parameter?.Name == "dwKeySize") &&
                    argument.Value.ConstantValue.Value is int bits && bits > 0 && bits < MinimumRsaBits)
                    return bits;
            return null;
        }

        private static void Report(OperationAnalysisContext context, string reason, SyntaxNode node, bool isTest, params string[] args) =>
            HashingReport.Report(context, HashingReport.CreateWithEvidence(HashingDescriptors.WeakCipher, node, context.Operation.SemanticModel, isTest, null,
                reason == "HardcodedKey" ? RedactedEvidence(node, args[0]) : null,
                HashingDescriptors.Reason("CMP2004_" + reason, args)));

        /// <summary>The key's bytes never leave the analyzer: the evidence names the target, not the value.</summary>
        internal static string RedactedEvidence(SyntaxNode node, string what)
        {
            string target;
            switch (node)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment: target = assignment.Left.ToString() + " = "; break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax invocation: target = invocation.Expression.ToString() + "(…) "; break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax creation: target = "new " + creation.Type.ToString() + "(…) "; break;
                case VariableDeclaratorSyntax declarator: target = declarator.Identifier.ValueText + " = "; break;
                default: target = ""; break;
            }
            return target + "<hard-coded " + what + ", redacted>";
        }
    }
}
