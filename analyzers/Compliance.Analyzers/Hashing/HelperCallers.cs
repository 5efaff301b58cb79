using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// What a hashing helper's callers pass. <c>MD5Encrypt16(string password)</c> names its parameter "password", but
    /// Blog.Core calls it only with cache-key material: when the parameter's name is the only evidence, the callers
    /// decide. The search is syntactic over every tree of the compilation (the candidate path binds only some of them),
    /// runs only for such a finding, and is cached per helper.
    /// </summary>
    internal sealed class HelperCallers
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<(string Method, int Ordinal, string Parameter, PasswordNames Names), bool> _cache =
            new ConcurrentDictionary<(string, int, string, PasswordNames), bool>();

        public HelperCallers(Compilation compilation)
        {
            _compilation = compilation;
        }

        /// <summary>
        /// True when the compilation calls a method named as <paramref name="method"/> at least once and no call passes a
        /// password-named value (an identifier such as <c>pwd</c>, <c>model.Password</c>) for <paramref name="parameter"/>.
        /// A helper with no caller keeps its finding: nothing says what it hashes but its parameter's name.
        /// </summary>
        public bool NeverGivenAPassword(IMethodSymbol method, IParameterSymbol parameter, PasswordNames names, CancellationToken cancellationToken) =>
            _cache.GetOrAdd((method.Name, parameter.Ordinal, parameter.Name, names), key => Search(key.Method, key.Ordinal, key.Parameter, key.Names, cancellationToken));

        private bool Search(string method, int ordinal, string parameter, PasswordNames names, CancellationToken cancellationToken)
        {
            var calls = 0;
            foreach (var tree in _compilation.SyntaxTrees)
            {
                // cheap text filter before walking the tree
                if (tree.GetText(cancellationToken).ToString().IndexOf(method, StringComparison.Ordinal) < 0) continue;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (!(node is InvocationExpressionSyntax call) || CalledName(call.Expression) != method) continue;
                    var argument = ArgumentFor(call.ArgumentList, ordinal, parameter);
                    if (argument == null) continue;
                    calls++;
                    foreach (var part in argument.Expression.DescendantNodesAndSelf())
                        if (part is IdentifierNameSyntax id && names.IsPassword(id.Identifier.ValueText)) return false;
                }
            }
            return calls > 0;
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
