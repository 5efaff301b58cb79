using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// The authors already reviewed this weak-hash use: the .NET SDK's own weak-crypto rules (CA5350 weak algorithm,
    /// CA5351 broken algorithm) are switched off around it — <c>#pragma warning disable CA5351</c> or
    /// <c>[SuppressMessage("Security", "CA5351…")]</c> on the member or type, or in GlobalSuppressions.cs for the member,
    /// type, namespace or module, or <c>dotnet_diagnostic.CA5351.severity = none</c> in .editorconfig/.globalconfig. The finding is kept, at low precision
    /// (listed, never gating): a protocol that fixes the algorithm or an identifier hash is the usual reason, and a
    /// reviewer can still read it.
    /// </summary>
    internal static class WeakCryptoAcknowledgement
    {
        private static readonly string[] RuleIds = { "CA5350", "CA5351" };

        public static bool IsAcknowledged(SyntaxNode node, SemanticModel? model, AnalyzerOptions? options) =>
            PragmaDisabled(node) || SuppressedByAttribute(node) || (model != null && (SuppressedInAssembly(node, model) || SwitchedOff(node.SyntaxTree, model.Compilation))) ||
            (options != null && SwitchedOffInConfig(node.SyntaxTree, options));

        /// <summary>
        /// The same key read from the analyzer options (a host that builds the compilation itself, such as the CLI, hands
        /// .editorconfig/.globalconfig values to analyzers only there).
        /// </summary>
        private static bool SwitchedOffInConfig(SyntaxTree tree, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            foreach (var id in RuleIds)
            {
                var key = "dotnet_diagnostic." + id + ".severity";
                if ((provider.GetOptions(tree).TryGetValue(key, out var value) || provider.GlobalOptions.TryGetValue(key, out value)) &&
                    (value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) || value.Trim().Equals("silent", StringComparison.OrdinalIgnoreCase)))
                    return true;
            }

            return false;
        }

        /// <summary>
        /// <c>dotnet_diagnostic.CA5351.severity = none</c> (or <c>silent</c>) in an .editorconfig section that covers the
        /// file or in a .globalconfig, and <c>&lt;NoWarn&gt;CA5351&lt;/NoWarn&gt;</c>: the compiler hands all of them to the
        /// compilation's options, so the analyzer reads them there rather than parsing configuration files.
        /// </summary>
        private static bool SwitchedOff(SyntaxTree tree, Compilation compilation)
        {
            foreach (var id in RuleIds)
            {
                var provider = compilation.Options.SyntaxTreeOptionsProvider;
                if (provider != null && (provider.TryGetDiagnosticValue(tree, id, default, out var severity) || provider.TryGetGlobalDiagnosticValue(id, default, out severity)) &&
                    IsOff(severity))
                    return true;
                if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) && IsOff(specific))
                    return true;
            }

            return false;
        }

        private static bool IsOff(ReportDiagnostic severity) => severity == ReportDiagnostic.Suppress || severity == ReportDiagnostic.Hidden;

        /// <summary>
        /// [assembly: SuppressMessage("Security", "CA5351:…", Scope = "member", Target = "~M:Shop.Legacy.Sign(System.String)")] in
        /// GlobalSuppressions.cs: the target names the member, its type or its namespace by documentation id; a scope of
        /// "module" (or none and no target) covers the whole assembly.
        /// </summary>
        private static bool SuppressedInAssembly(SyntaxNode node, SemanticModel model)
        {
            var attributes = model.Compilation.Assembly.GetAttributes();
            if (attributes.IsEmpty) return false;
            ISymbol? enclosing = null;
            foreach (var attribute in attributes)
            {
                var name = attribute.AttributeClass?.Name ?? string.Empty;
                if (!(name == "SuppressMessageAttribute" || name == "SuppressMessage") || attribute.ConstructorArguments.Length < 2 ||
                    !(attribute.ConstructorArguments[1].Value is string checkId) || !Names(checkId))
                    continue;
                string? scope = null, target = null;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Scope") scope = (named.Value.Value as string)?.ToLowerInvariant();
                    else if (named.Key == "Target") target = named.Value.Value as string;
                }

                if (scope == "module" || (scope == null && target == null)) return true;
                if (target == null) continue;
                // "~M:Shop.Legacy.Sign(System.String)~System.String": Visual Studio's form appends the return type to the
                // documentation id; the id itself never contains '~' (conversion operators aside).
                target = target.StartsWith("~", StringComparison.Ordinal) ? target.Substring(1) : target;
                var returnType = target.IndexOf('~');
                if (returnType > 0) target = target.Substring(0, returnType);
                enclosing ??= model.GetEnclosingSymbol(node.SpanStart);
                for (var symbol = enclosing; symbol != null; symbol = symbol.ContainingSymbol)
                {
                    if (symbol is INamespaceSymbol ns && (scope == "namespace" || scope == "namespaceanddescendants"))
                    {
                        var id = "N:" + ns.ToDisplayString();
                        if (id == target || (scope == "namespaceanddescendants" && id.StartsWith(target + ".", StringComparison.Ordinal))) return true;
                    }
                    else if (!(symbol is INamespaceSymbol) && symbol.GetDocumentationCommentId() == target)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool PragmaDisabled(SyntaxNode node)
        {
            if (!(node.SyntaxTree.GetRoot() is CSharpSyntaxNode root) || !root.ContainsDirectives) return false;
            var disabled = false;
            // The last CA5350/CA5351 directive before the node decides (disable … restore pairs); only directives are walked.
            for (var directive = root.GetFirstDirective(); directive != null && directive.SpanStart < node.SpanStart; directive = directive.GetNextDirective())
            {
                if (directive is PragmaWarningDirectiveTriviaSyntax pragma && pragma.ErrorCodes.Any(code => Names(code.ToString())))
                    disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }

            return disabled;
        }

        private static bool SuppressedByAttribute(SyntaxNode node)
        {
            for (var n = node.Parent; n != null; n = n.Parent)
            {
                if (!(n is MemberDeclarationSyntax member)) continue;
                foreach (var list in member.AttributeLists)
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name.ToString();
                    if (!name.EndsWith("SuppressMessage", StringComparison.Ordinal) && !name.EndsWith("SuppressMessageAttribute", StringComparison.Ordinal)) continue;
                    if (attribute.ArgumentList?.Arguments.Any(a => Names(a.Expression.ToString())) == true) return true;
                }
            }

            return false;
        }

        // "CA5351", "\"CA5351:Do Not Use Broken Cryptographic Algorithms\""
        private static bool Names(string text)
        {
            foreach (var id in RuleIds)
                if (text.IndexOf(id, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }
    }
}
