using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// CMP2004's hard-coded key or IV held by a field (<c>static readonly byte[] FirmwareKey = { 0x3A, … }</c>,
    /// <c>const string DesKey = "…"</c>) is reported once, at the field's declaration — where the key is written and must be
    /// removed — instead of at every cipher call that reads it. Issue 14's largest weak-hash miss class across the held-out
    /// corpora (a key labelled at its declaration, the call elsewhere).
    /// <para>
    /// The report is an action on the field itself that looks for the cipher uses, not one at the use that reports
    /// elsewhere: the CLI analyses candidate members one span at a time, and a diagnostic outside the span asked for is
    /// dropped. Only uses inside the field's own type declaration (same file) are looked at; the use-site rule leaves
    /// exactly those to this one (<see cref="HeldBySameTypeField"/>), so a key is reported once either way.
    /// </para>
    /// </summary>
    internal static class FieldHeldKey
    {
        /// <summary>Member names a cipher takes a key or IV through (<see cref="WeakCipherAnalyzer.FixedKeyUse"/>): a type without one has no use to find.</summary>
        private static readonly ImmutableHashSet<string> KeyUseNames = ImmutableHashSet.Create(
            "Key", "IV", "CreateEncryptor", "CreateDecryptor", "EncryptCbc", "DecryptCbc", "EncryptCfb", "DecryptCfb",
            "TryEncryptCbc", "TryDecryptCbc", "TryEncryptCfb", "TryDecryptCfb", "AesGcm", "AesCcm", "ChaCha20Poly1305");

        /// <summary>Per type declaration: the identifier names used in it, when it names a key use at all (one walk per type, not per field).</summary>
        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Dictionary<string, List<IdentifierNameSyntax>>?> Index =
            new ConditionalWeakTable<TypeDeclarationSyntax, Dictionary<string, List<IdentifierNameSyntax>>?>();

        /// <summary>A field declaration's <c>byte[]</c>/<c>string</c> declarators with an initializer: each one a cipher takes as its key or IV is reported.</summary>
        public static void Analyze(SyntaxNodeAnalysisContext context, CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads, bool isTest)
        {
            var field = (FieldDeclarationSyntax)context.Node;
            if (!MayHoldKey(field.Declaration.Type) || !(field.Parent is TypeDeclarationSyntax type)) return;
            foreach (var declarator in field.Declaration.Variables)
                if (declarator.Initializer != null) AnalyzeDeclarator(context, declarator, type, symbols, aeads, isTest);
        }

        private static void AnalyzeDeclarator(SyntaxNodeAnalysisContext context, VariableDeclaratorSyntax declarator, TypeDeclarationSyntax type,
            CryptoSymbols symbols, ImmutableArray<INamedTypeSymbol?> aeads, bool isTest)
        {
            var names = Index.GetValue(type, BuildIndex);
            if (names == null || !names.TryGetValue(declarator.Identifier.ValueText, out var uses)) return;

            var model = context.SemanticModel;
            var ct = context.CancellationToken;
            IFieldSymbol? symbol = null;
            string? found = null;
            var bodies = new HashSet<SyntaxNode>();
            foreach (var use in uses)
            {
                var body = BodyOf(use, type);
                if (body == null || !bodies.Add(body)) continue;
                symbol ??= model.GetDeclaredSymbol(declarator, ct) as IFieldSymbol;
                if (symbol == null) return;
                var operation = model.GetOperation(body, ct);
                if (operation == null) continue;
                foreach (var op in operation.DescendantsAndSelf())
                {
                    if (!(op is IInvocationOperation || op is ISimpleAssignmentOperation || op is IObjectCreationOperation)) continue;
                    if (WeakCipherAnalyzer.FixedKeyUse(op, symbols, aeads) is (string what, IOperation value) &&
                        SymbolEqualityComparer.Default.Equals(SourceField(value, 0), symbol))
                    {
                        found = what == "key" ? what : found ?? what; // a key reused as IV is reported as the key
                    }
                }
                if (found == "key") break;
            }

            if (found == null || GeneratedCode.IsGenerated(declarator, context.Options, ct)) return;
            context.ReportDiagnostic(HashingReport.CreateWithEvidence(HashingDescriptors.WeakCipher, declarator, model, isTest, null,
                WeakCipherAnalyzer.RedactedEvidence(declarator, found), HashingDescriptors.Reason("CMP2004_HardcodedKey", found)));
        }

        /// <summary>
        /// True when the fixed <paramref name="value"/> a cipher takes at <paramref name="use"/> comes from a field declared in the
        /// same type declaration (same file): <see cref="Analyze"/> reports it at the field.
        /// </summary>
        public static bool HeldBySameTypeField(IOperation value, SyntaxNode use)
        {
            var field = SourceField(value, 0);
            if (field == null || field.DeclaringSyntaxReferences.Length != 1) return false;
            var reference = field.DeclaringSyntaxReferences[0];
            if (reference.SyntaxTree != use.SyntaxTree || !(reference.GetSyntax() is VariableDeclaratorSyntax declarator) || declarator.Initializer == null
                || !(declarator.Parent?.Parent is FieldDeclarationSyntax declaration) || !MayHoldKey(declaration.Declaration.Type))
                return false;
            var type = declaration.Parent as TypeDeclarationSyntax;
            return type != null && BodyOf(use, type) != null;
        }

        /// <summary>
        /// The methods that use a private field of a (non-partial) type, read from that type's declaration: a hash object held
        /// by a field serves them. Null when a use is anywhere else (a constructor, a property, another initializer) or the
        /// field is visible outside its declaration: then nothing but the field says what the object is for.
        /// </summary>
        public static List<IMethodSymbol>? MethodsUsing(IFieldSymbol field, SemanticModel model, System.Threading.CancellationToken ct)
        {
            if (field.DeclaredAccessibility != Accessibility.Private || field.DeclaringSyntaxReferences.Length != 1) return null;
            var reference = field.DeclaringSyntaxReferences[0];
            if (reference.SyntaxTree != model.SyntaxTree || !(reference.GetSyntax(ct).Parent?.Parent?.Parent is TypeDeclarationSyntax type)
                || type.Modifiers.Any(SyntaxKind.PartialKeyword))
                return null;
            var methods = new List<IMethodSymbol>();
            foreach (var node in type.DescendantNodes())
            {
                if (!(node is IdentifierNameSyntax id) || id.Identifier.ValueText != field.Name) continue;
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id, ct).Symbol, field)) continue;
                var member = id.FirstAncestorOrSelf<MemberDeclarationSyntax>();
                if (!(member is MethodDeclarationSyntax declaration) || member.Parent != type
                    || !(model.GetDeclaredSymbol(declaration, ct) is IMethodSymbol method))
                    return null;
                if (!methods.Contains(method, SymbolEqualityComparer.Default)) methods.Add(method);
            }
            return methods;
        }

        /// <summary>The field whose initializer is the value: itself, through <c>Encoding.*.GetBytes</c>/<c>Convert.From*String</c>, or a local assigned once.</summary>
        private static IFieldSymbol? SourceField(IOperation value, int depth)
        {
            if (depth > 4) return null;
            value = LocalValueSources.Unwrap(value);
            switch (value)
            {
                case IFieldReferenceOperation field:
                    return field.Field;
                case IInvocationOperation invocation when invocation.Arguments.Length >= 1:
                    var name = invocation.TargetMethod.Name;
                    var type = invocation.TargetMethod.ContainingType?.Name;
                    if (name == "GetBytes" && type != null && type.EndsWith("Encoding", System.StringComparison.Ordinal)
                        || (name == "FromBase64String" || name == "FromHexString") && type == "Convert")
                        return SourceField(invocation.Arguments[0].Value, depth + 1);
                    return null;
                case ILocalReferenceOperation local:
                    var sources = LocalValueSources.ValuesOf(local.Local, local);
                    return sources.Count == 1 ? SourceField(sources[0], depth + 1) : null;
                default:
                    return null;
            }
        }

        /// <summary>byte[] or string: what a key or IV is written as.</summary>
        private static bool MayHoldKey(TypeSyntax type) =>
            type is ArrayTypeSyntax array && array.ElementType is PredefinedTypeSyntax element && element.Keyword.IsKind(SyntaxKind.ByteKeyword)
            || type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.StringKeyword);

        /// <summary>The body (block or arrow) of the member of <paramref name="type"/> around <paramref name="node"/>; null when the node is in a nested type or in no body.</summary>
        private static SyntaxNode? BodyOf(SyntaxNode node, TypeDeclarationSyntax type)
        {
            SyntaxNode? body = null;
            for (var current = node; current != null; current = current.Parent)
            {
                if (current is TypeDeclarationSyntax) return current == type ? body : null;
                if ((current is BlockSyntax || current is ArrowExpressionClauseSyntax) &&
                    (current.Parent is BaseMethodDeclarationSyntax || current.Parent is AccessorDeclarationSyntax || current.Parent is BasePropertyDeclarationSyntax))
                    body = current;
            }
            return null;
        }

        private static Dictionary<string, List<IdentifierNameSyntax>>? BuildIndex(TypeDeclarationSyntax type)
        {
            Dictionary<string, List<IdentifierNameSyntax>>? names = null;
            var namesKeyUse = false;
            foreach (var node in type.DescendantNodes())
            {
                if (!(node is IdentifierNameSyntax id)) continue;
                var text = id.Identifier.ValueText;
                namesKeyUse |= KeyUseNames.Contains(text);
                names ??= new Dictionary<string, List<IdentifierNameSyntax>>();
                if (!names.TryGetValue(text, out var list)) names[text] = list = new List<IdentifierNameSyntax>();
                list.Add(id);
            }
            return namesKeyUse ? names : null;
        }
    }
}
