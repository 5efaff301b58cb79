using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// What a hashing helper's callers pass, and what for. <c>MD5Encrypt16(string password)</c> names its parameter
    /// "password", but Blog.Core calls it only with cache-key material: when the parameter's name is the only evidence,
    /// the callers decide, for CMP2002 (<see cref="NeverGivenAPassword"/>) and CMP2001 (<see cref="OnlyNonSecurityUse"/>)
    /// alike. One instance per compilation, shared by both rules. The calls are found through an index of invoked names
    /// built once over every tree (the candidate path binds only some of them), and only when such a finding asks;
    /// a call whose target binds counts only when it binds to the helper itself, an unbound one by its name.
    /// </summary>
    internal sealed class HelperCallers
    {
        private static readonly ConditionalWeakTable<Compilation, HelperCallers> PerCompilation = new ConditionalWeakTable<Compilation, HelperCallers>();

        private readonly Compilation _compilation;
        private readonly Lazy<Dictionary<string, List<SyntaxTree>>> _treesByCalledName;
        private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<InvocationExpressionSyntax>> _calls =
            new ConcurrentDictionary<IMethodSymbol, IReadOnlyList<InvocationExpressionSyntax>>(SymbolEqualityComparer.Default);

        private HelperCallers(Compilation compilation)
        {
            _compilation = compilation;
            _treesByCalledName = new Lazy<Dictionary<string, List<SyntaxTree>>>(IndexCalledNames, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public static HelperCallers For(Compilation compilation) => PerCompilation.GetValue(compilation, c => new HelperCallers(c));

        /// <summary>
        /// True when the compilation calls <paramref name="method"/> at least once and no call passes a password-named
        /// value (an identifier such as <c>pwd</c>, <c>model.Password</c>) for <paramref name="parameter"/>.
        /// A helper with no caller keeps its finding: nothing says what it hashes but its parameter's name.
        /// </summary>
        public bool NeverGivenAPassword(IMethodSymbol method, IParameterSymbol parameter, PasswordNames names, CancellationToken cancellationToken)
        {
            var calls = CallsOf(method, cancellationToken);
            var given = 0;
            foreach (var call in calls)
            {
                var argument = ArgumentFor(call.ArgumentList, parameter.Ordinal, parameter.Name);
                if (argument == null) continue;
                given++;
                if (PassesPassword(argument, names)) return false;
            }
            return given > 0;
        }

        /// <summary>
        /// True when <paramref name="method"/> has callers, none passes a password-named value, and every call site reads
        /// as non-security use (a cache key, a file name, an ETag: <see cref="HashUseContext.Classify"/> at the call).
        /// A weak hash inside such a helper serves its callers' purpose, not the words of its own parameters.
        /// </summary>
        public bool OnlyNonSecurityUse(IMethodSymbol method, PasswordNames names, CancellationToken cancellationToken, out string? word)
        {
            word = null;
            var calls = CallsOf(method, cancellationToken);
            if (calls.Count == 0) return false;
            foreach (var call in calls)
            {
                foreach (var argument in call.ArgumentList.Arguments)
                    if (PassesPassword(argument, names)) return false;
                if (HashUseContext.Classify(call, false, out var callWord) != HashUse.NonSecurity) return false;
                word ??= callWord;
            }
            return true;
        }

        private static bool PassesPassword(ArgumentSyntax argument, PasswordNames names)
        {
            foreach (var part in argument.Expression.DescendantNodesAndSelf())
                if (part is IdentifierNameSyntax id && PasswordFlow.IsSecretName(id.Identifier.ValueText, names)) return true;
            return false;
        }

        private IReadOnlyList<InvocationExpressionSyntax> CallsOf(IMethodSymbol method, CancellationToken cancellationToken) =>
            _calls.GetOrAdd(method.OriginalDefinition, m => FindCalls(m, cancellationToken));

        private IReadOnlyList<InvocationExpressionSyntax> FindCalls(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var found = new List<InvocationExpressionSyntax>();
            if (!_treesByCalledName.Value.TryGetValue(method.Name, out var trees)) return found;
            foreach (var tree in trees)
            {
                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (!(node is InvocationExpressionSyntax call) || CalledName(call.Expression) != method.Name) continue;
                    model ??= _compilation.GetSemanticModel(tree);
                    if (CallsMethod(model, call, method, cancellationToken)) found.Add(call);
                }
            }
            return found;
        }

        /// <summary>Bound to the helper (or its only candidate), or not bound at all (a scan without packages): then the name decides.</summary>
        private static bool CallsMethod(SemanticModel model, InvocationExpressionSyntax call, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var info = model.GetSymbolInfo(call, cancellationToken);
            var target = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
            if (target == null) return info.CandidateSymbols.IsEmpty || Contains(info.CandidateSymbols, method);
            return target is IMethodSymbol bound && SameMethod(bound, method);
        }

        private static bool Contains(System.Collections.Immutable.ImmutableArray<ISymbol> candidates, IMethodSymbol method)
        {
            foreach (var candidate in candidates)
                if (candidate is IMethodSymbol m && SameMethod(m, method)) return true;
            return false;
        }

        private static bool SameMethod(IMethodSymbol bound, IMethodSymbol method) =>
            SymbolEqualityComparer.Default.Equals((bound.ReducedFrom ?? bound).OriginalDefinition, method);

        /// <summary>Every invoked name of the compilation with the trees that invoke it: one walk, no copy of any tree's text.</summary>
        private Dictionary<string, List<SyntaxTree>> IndexCalledNames()
        {
            var index = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (!(node is InvocationExpressionSyntax call)) continue;
                    var name = CalledName(call.Expression);
                    if (name == null) continue;
                    if (!index.TryGetValue(name, out var trees)) index[name] = trees = new List<SyntaxTree>();
                    if (trees.Count == 0 || trees[trees.Count - 1] != tree) trees.Add(tree);
                }
            }
            return index;
        }

        private static string? CalledName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            _ => null,
        };

        private static ArgumentSyntax? ArgumentFor(ArgumentListSyntax list, int ordinal, string parameter)
        {
            foreach (var argument in list.Arguments)
                if (argument.NameColon != null && argument.NameColon.Name.Identifier.ValueText == parameter) return argument;
            return ordinal < list.Arguments.Count && list.Arguments[ordinal].NameColon == null ? list.Arguments[ordinal] : null;
        }
    }
}
