using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Is a byte/string value fixed in the source (a key, IV or salt everyone with the code knows)?
    /// Recognises literal arrays (<c>new byte[] { 1, 2 }</c>, <c>[1, 2]</c>),
    /// <c>Encoding.*.GetBytes("literal")</c>, <c>Convert.FromBase64String("…")</c>/<c>FromHexString</c>,
    /// string constants, locals assigned only such values, and fields whose initializer is one
    /// (read from the field's syntax, no extra semantic model).
    /// Also reports a known length (<c>new byte[8]</c>, <c>RandomNumberGenerator.GetBytes(8)</c>).
    /// </summary>
    internal static class ConstantBytes
    {
        private const int MaxDepth = 6;

        public static bool IsConstant(IOperation? value) => Analyze(value, 0, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), out _);

        /// <summary>True when constant; <paramref name="length"/> is the byte length when it is known (constant or not).</summary>
        public static bool Analyze(IOperation? value, out int? length) =>
            Analyze(value, 0, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), out length);

        private static bool Analyze(IOperation? value, int depth, HashSet<ILocalSymbol> visited, out int? length)
        {
            length = null;
            if (value == null || depth > MaxDepth) return false;
            value = LocalValueSources.Unwrap(value);
            if (value.ConstantValue.HasValue)
                return value.ConstantValue.Value != null;

            switch (value)
            {
                case IArrayCreationOperation array:
                    if (array.Initializer != null)
                    {
                        length = array.Initializer.ElementValues.Length;
                        foreach (var element in array.Initializer.ElementValues)
                            if (!element.ConstantValue.HasValue) return false;
                        return true;
                    }
                    if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue.Value is int size) length = size;
                    return false;

                case IInvocationOperation invocation:
                    var name = invocation.TargetMethod.Name;
                    var type = invocation.TargetMethod.ContainingType?.Name;
                    if (invocation.Arguments.Length >= 1)
                    {
                        var first = invocation.Arguments[invocation.Arguments.Length - 1].Value;
                        if (name == "GetBytes" && type != null && type.EndsWith("Encoding", System.StringComparison.Ordinal))
                        {
                            var text = LocalValueSources.Unwrap(invocation.Arguments[0].Value).ConstantValue;
                            if (text.HasValue && text.Value is string s) { length = s.Length; return true; }
                            return false;
                        }
                        if ((name == "FromBase64String" || name == "FromHexString") && type == "Convert")
                            return LocalValueSources.Unwrap(invocation.Arguments[0].Value).ConstantValue.HasValue;
                        if (name == "GetBytes" && type == "RandomNumberGenerator" && first.ConstantValue.Value is int n)
                        {
                            length = n;
                            return false;
                        }
                    }
                    return false;

                case ILocalReferenceOperation local:
                    if (!visited.Add(local.Local)) return false;
                    var sources = LocalValueSources.ValuesOf(local.Local, local);
                    if (sources.Count == 0) return false;
                    bool allConstant = true;
                    int? known = null;
                    foreach (var source in sources)
                    {
                        if (!Analyze(source, depth + 1, visited, out var l)) allConstant = false;
                        if (l != null) known = l;
                    }
                    length = known;
                    // A buffer filled later (rng.GetBytes(salt), RandomNumberGenerator.Fill) is not constant.
                    return allConstant && !IsFilledByCall(local);

                case IFieldReferenceOperation field:
                    if (field.Field.IsConst) return true;
                    if (!field.Field.IsReadOnly) return false;
                    foreach (var reference in field.Field.DeclaringSyntaxReferences)
                        if (reference.GetSyntax() is VariableDeclaratorSyntax declarator && declarator.Initializer != null)
                            return IsConstantSyntax(declarator.Initializer.Value, out length);
                    return false;

                default:
                    if (value.Syntax is CollectionExpressionSyntax collection)
                    {
                        length = collection.Elements.Count;
                        foreach (var element in collection.Elements)
                            if (!(element is ExpressionElementSyntax e) || !IsLiteral(e.Expression)) return false;
                        return true;
                    }
                    return false;
            }
        }

        /// <summary>
        /// An array created with a size and no elements, never filled (<c>aes.IV = new byte[16]</c>, a readonly field
        /// <c>ZeroIv = new byte[16]</c>, a local not passed to <c>RandomNumberGenerator.Fill</c>): all zeros, as fixed as a literal.
        /// </summary>
        public static bool IsZeroFilled(IOperation? value) => IsZeroFilled(value, 0, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));

        private static bool IsZeroFilled(IOperation? value, int depth, HashSet<ILocalSymbol> visited)
        {
            if (value == null || depth > MaxDepth) return false;
            value = LocalValueSources.Unwrap(value);
            switch (value)
            {
                case IArrayCreationOperation array:
                    return array.Initializer == null && array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue.Value is int;
                case IFieldReferenceOperation field:
                    if (!field.Field.IsReadOnly) return false;
                    foreach (var reference in field.Field.DeclaringSyntaxReferences)
                        if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: { Value: ArrayCreationExpressionSyntax creation } } &&
                            creation.Initializer == null && creation.Type.RankSpecifiers.Count == 1 &&
                            creation.Type.RankSpecifiers[0].Sizes.Count == 1 && creation.Type.RankSpecifiers[0].Sizes[0] is LiteralExpressionSyntax)
                            return true;
                    return false;
                case ILocalReferenceOperation local:
                    if (!visited.Add(local.Local)) return false;
                    var sources = LocalValueSources.ValuesOf(local.Local, local);
                    if (sources.Count == 0) return false;
                    foreach (var source in sources)
                        if (!IsZeroFilled(source, depth + 1, visited)) return false;
                    return !IsFilledByCall(local);
                default:
                    return false;
            }
        }

        // Calls that write into an array passed to them: random generators, and copies from a message (Ombi's decryptor
        // takes the IV from the ciphertext's first 16 bytes with Buffer.BlockCopy: a false alarm after the eighth-session merge).
        // Matched by the type that declares them (or a base of it: a Stream subclass's Read, RNGCryptoServiceProvider's
        // GetBytes), so a user method that is merely called Copy or Fill does not count; by name only when the call does
        // not bind (an SDK missing from the build), where nothing better is known.
        private static readonly HashSet<string> FillingCalls = new HashSet<string>(StringComparer.Ordinal)
        {
            "GetBytes", "Fill", "GetNonZeroBytes", "NextBytes",
            "BlockCopy", "Copy", "ConstrainedCopy", "CopyTo", "TryCopyTo", "Read", "ReadExactly", "ReadAtLeast",
        };

        private static readonly HashSet<string> FillingTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Buffer", "System.Array", "System.Span", "System.ReadOnlySpan", "System.Memory", "System.MemoryExtensions",
            "System.IO.Stream", "System.IO.BinaryReader", "System.Security.Cryptography.RandomNumberGenerator", "System.Random",
        };

        private static bool IsFilledByCall(ILocalReferenceOperation local)
        {
            foreach (var op in LocalValueSources.Root(local).Descendants())
            {
                if (op is IArgumentOperation argument && argument.Parent is IInvocationOperation call &&
                    // RandomNumberGenerator.Fill(iv) passes the array as a Span<byte>: look through the conversion
                    LocalValueSources.Unwrap(argument.Value) is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, local.Local) &&
                    IsFillingMethod(call.TargetMethod))
                    return true;
                if (op is IInvalidOperation invalid && invalid.Syntax is InvocationExpressionSyntax unbound &&
                    FillingCalls.Contains(InvokedName(unbound.Expression)) && PassesLocal(invalid, local.Local))
                    return true;
            }
            return false;
        }

        private static bool IsFillingMethod(IMethodSymbol method)
        {
            if (!FillingCalls.Contains(method.Name)) return false;
            for (var type = method.ContainingType; type != null; type = type.BaseType)
            {
                var ns = type.ContainingNamespace?.ToDisplayString();
                if (FillingTypes.Contains(string.IsNullOrEmpty(ns) ? type.Name : ns + "." + type.Name)) return true;
            }
            return false;
        }

        private static string InvokedName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            IdentifierNameSyntax i => i.Identifier.ValueText,
            _ => string.Empty,
        };

        private static bool PassesLocal(IInvalidOperation call, ILocalSymbol local)
        {
            foreach (var child in call.ChildOperations)
                if (LocalValueSources.Unwrap(child) is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, local))
                    return true;
            return false;
        }

        /// <summary>Syntactic version for field initializers in other parts of the compilation.</summary>
        private static bool IsConstantSyntax(ExpressionSyntax expression, out int? length)
        {
            length = null;
            InitializerExpressionSyntax? init = null;
            switch (expression)
            {
                case ArrayCreationExpressionSyntax a: init = a.Initializer; break;
                case ImplicitArrayCreationExpressionSyntax ia: init = ia.Initializer; break;
                case InitializerExpressionSyntax direct: init = direct; break; // byte[] k = { 1, 2 };
                case CollectionExpressionSyntax c:
                    length = c.Elements.Count;
                    foreach (var element in c.Elements)
                        if (!(element is ExpressionElementSyntax e) || !IsLiteral(e.Expression)) return false;
                    return true;
                case InvocationExpressionSyntax call when call.Expression is MemberAccessExpressionSyntax m &&
                    (m.Name.Identifier.ValueText == "GetBytes" || m.Name.Identifier.ValueText == "FromBase64String" || m.Name.Identifier.ValueText == "FromHexString"):
                    if (call.ArgumentList.Arguments.Count == 1 && call.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        if (m.Name.Identifier.ValueText == "GetBytes") length = lit.Token.ValueText.Length;
                        return true;
                    }
                    return false;
                case LiteralExpressionSyntax literal: return literal.IsKind(SyntaxKind.StringLiteralExpression);
            }
            if (init == null) return false;
            length = init.Expressions.Count;
            foreach (var e in init.Expressions)
                if (!IsLiteral(e)) return false;
            return true;
        }

        private static bool IsLiteral(ExpressionSyntax e)
        {
            while (e is CastExpressionSyntax cast) e = cast.Expression;
            return e is LiteralExpressionSyntax || (e is PrefixUnaryExpressionSyntax p && p.Operand is LiteralExpressionSyntax);
        }
    }
}
