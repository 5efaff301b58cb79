using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>A value known at compile time and the syntax that holds its characters.</summary>
    internal sealed class ResolvedConstant
    {
        public ResolvedConstant(string text, SyntaxNode holder, bool isBytes = false)
        {
            Text = text;
            Holder = holder;
            IsBytes = isBytes;
        }

        public string Text { get; }

        /// <summary>The literal (or constant expression) holding the characters; reported there.</summary>
        public SyntaxNode Holder { get; }

        /// <summary>A byte-array initializer: a hard-coded key, whatever its bytes are.</summary>
        public bool IsBytes { get; }
    }

    /// <summary>
    /// Decides whether an expression is a hard-coded value: literals, consts, static readonly fields and never-reassigned
    /// locals initialised with constants, concatenations/interpolations of those, <c>Encoding.*.GetBytes("…")</c>,
    /// <c>Convert.FromBase64String("…")</c> and byte-array initialisers. Anything else (IConfiguration, environment,
    /// parameters, method calls) is not constant and therefore safe.
    /// </summary>
    internal static class ConstantResolver
    {
        public static ResolvedConstant? Resolve(ExpressionSyntax? expr, SemanticModel model, CancellationToken ct, int depth = 0)
        {
            if (expr == null || depth > 4)
            {
                return null;
            }

            expr = Unwrap(expr);
            switch (expr)
            {
                case LiteralExpressionSyntax lit when lit.IsKind(SyntaxKind.StringLiteralExpression) || lit.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    return new ResolvedConstant(lit.Token.ValueText, lit);
                case InvocationExpressionSyntax inv:
                    return ResolveInvocation(inv, model, ct, depth);
                case ElementAccessExpressionSyntax slice when slice.ArgumentList.Arguments.Count == 1 && slice.ArgumentList.Arguments[0].Expression is RangeExpressionSyntax:
                    // key[..8]: part of a constant is still a constant
                    return ResolveString(slice.Expression, model, ct, depth + 1);
                case ArrayCreationExpressionSyntax arr:
                    return ResolveBytes(arr.Initializer, arr);
                case ImplicitArrayCreationExpressionSyntax iarr:
                    return ResolveBytes(iarr.Initializer, iarr);
                case CollectionExpressionSyntax coll:
                    return ResolveBytes(coll.Elements.Select(e => (e as ExpressionElementSyntax)?.Expression), coll);
                case InitializerExpressionSyntax init when init.IsKind(SyntaxKind.ArrayInitializerExpression):
                    return ResolveBytes(init, init); // byte[] Keys = { 0x41, … } in a field declaration
            }

            if (!SameTree(expr, model))
            {
                return null;
            }

            var constant = model.GetConstantValue(expr, ct);
            if (constant.HasValue && constant.Value is string s)
            {
                return new ResolvedConstant(s, HolderOf(expr, model, ct) ?? expr);
            }

            switch (expr)
            {
                case IdentifierNameSyntax:
                case MemberAccessExpressionSyntax:
                    return ResolveSymbol(expr, model, ct, depth);
                case BinaryExpressionSyntax bin when bin.IsKind(SyntaxKind.AddExpression):
                {
                    var left = Resolve(bin.Left, model, ct, depth + 1);
                    var right = left == null ? null : Resolve(bin.Right, model, ct, depth + 1);
                    return left != null && right != null && !left.IsBytes && !right.IsBytes ? new ResolvedConstant(left.Text + right.Text, bin) : null;
                }

                case InterpolatedStringExpressionSyntax interp:
                {
                    var sb = new StringBuilder();
                    foreach (var content in interp.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text)
                        {
                            sb.Append(text.TextToken.ValueText);
                        }
                        else if (content is InterpolationSyntax hole && hole.AlignmentClause == null && hole.FormatClause == null)
                        {
                            var r = Resolve(hole.Expression, model, ct, depth + 1);
                            if (r == null || r.IsBytes)
                            {
                                return null;
                            }

                            sb.Append(r.Text);
                        }
                        else
                        {
                            return null;
                        }
                    }

                    return new ResolvedConstant(sb.ToString(), interp);
                }
            }

            return null;
        }

        /// <summary>
        /// Whether <see cref="Resolve"/> could return anything for this shape, judged without binding:
        /// lets sink checks skip <c>dict[key] = Compute()</c> before asking the model about the key.
        /// </summary>
        internal static bool MayBeConstant(ExpressionSyntax expr, int depth = 0)
        {
            if (depth > 4)
            {
                return false;
            }

            switch (Unwrap(expr))
            {
                case LiteralExpressionSyntax lit:
                    return lit.IsKind(SyntaxKind.StringLiteralExpression) || lit.IsKind(SyntaxKind.Utf8StringLiteralExpression);
                case InvocationExpressionSyntax inv:
                    var name = SinkShapes.MethodName(inv);
                    return name == "GetBytes" || name == "FromBase64String" || name == "FromHexString"
                           || (IsStringTrimming(name) && inv.Expression is MemberAccessExpressionSyntax trimmed && MayBeConstant(trimmed.Expression, depth + 1));
                case ElementAccessExpressionSyntax slice when slice.ArgumentList.Arguments.Count == 1 && slice.ArgumentList.Arguments[0].Expression is RangeExpressionSyntax:
                    return MayBeConstant(slice.Expression, depth + 1);
                case ArrayCreationExpressionSyntax _:
                case ImplicitArrayCreationExpressionSyntax _:
                case CollectionExpressionSyntax _:
                case IdentifierNameSyntax _:
                case MemberAccessExpressionSyntax _:
                case InterpolatedStringExpressionSyntax _:
                    return true;
                case BinaryExpressionSyntax bin when bin.IsKind(SyntaxKind.AddExpression):
                    return MayBeConstant(bin.Left, depth + 1) && MayBeConstant(bin.Right, depth + 1);
                default:
                    return false;
            }
        }

        internal static ExpressionSyntax Unwrap(ExpressionSyntax expr)
        {
            while (true)
            {
                switch (expr)
                {
                    case ParenthesizedExpressionSyntax p:
                        expr = p.Expression;
                        continue;
                    case CastExpressionSyntax c:
                        expr = c.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax pf when pf.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        expr = pf.Operand;
                        continue;
                    default:
                        return expr;
                }
            }
        }

        private static bool SameTree(SyntaxNode node, SemanticModel model) => node.SyntaxTree == model.SyntaxTree;

        /// <summary>For a constant reached through a const symbol, the literal in that symbol's declaration (same file only).</summary>
        private static SyntaxNode? HolderOf(ExpressionSyntax expr, SemanticModel model, CancellationToken ct)
        {
            if (expr is LiteralExpressionSyntax || expr is InterpolatedStringExpressionSyntax || expr is BinaryExpressionSyntax)
            {
                return expr;
            }

            var symbol = model.GetSymbolInfo(expr, ct).Symbol;
            var init = InitializerOf(symbol, ct);
            if (init != null && init.SyntaxTree == model.SyntaxTree)
            {
                var inner = Unwrap(init);
                return inner is LiteralExpressionSyntax || inner is InterpolatedStringExpressionSyntax || inner is BinaryExpressionSyntax ? inner : null;
            }

            return null;
        }

        private static ExpressionSyntax? InitializerOf(ISymbol? symbol, CancellationToken ct)
        {
            if (symbol is IFieldSymbol || symbol is ILocalSymbol)
            {
                foreach (var r in symbol.DeclaringSyntaxReferences)
                {
                    if (r.GetSyntax(ct) is VariableDeclaratorSyntax v && v.Initializer != null)
                    {
                        return v.Initializer.Value;
                    }
                }
            }

            if (symbol is IPropertySymbol prop && prop.IsReadOnly)
            {
                foreach (var r in prop.DeclaringSyntaxReferences)
                {
                    if (r.GetSyntax(ct) is PropertyDeclarationSyntax p)
                    {
                        return p.Initializer?.Value ?? p.ExpressionBody?.Expression;
                    }
                }
            }

            return null;
        }

        private static ResolvedConstant? ResolveSymbol(ExpressionSyntax expr, SemanticModel model, CancellationToken ct, int depth)
        {
            var symbol = model.GetSymbolInfo(expr, ct).Symbol;
            switch (symbol)
            {
                case IFieldSymbol f when f.IsStatic && (f.IsReadOnly || f.IsConst):
                case IPropertySymbol p when p.IsStatic && p.IsReadOnly:
                    break;
                case IFieldSymbol pf when pf.DeclaredAccessibility == Accessibility.Private && !IsFieldWritten(pf, ct):
                    // private static string encryptKey = "…" / private byte[] Keys = { … }: never written after its initializer
                    break;
                case ILocalSymbol local when !IsReassigned(local, expr, model, ct):
                    break;
                default:
                    return null;
            }

            var init = InitializerOf(symbol, ct);
            if (init == null)
            {
                return null;
            }

            if (init.SyntaxTree == model.SyntaxTree)
            {
                return Resolve(init, model, ct, depth + 1);
            }

            // another file: only a plain literal can be judged without its semantic model; report at the use
            return Unwrap(init) is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression)
                ? new ResolvedConstant(lit.Token.ValueText, expr)
                : null;
        }

        /// <summary>A private field written anywhere in its type besides its initializer (by name: cheap, and errs towards "written").</summary>
        internal static bool IsFieldWritten(IFieldSymbol field, CancellationToken ct)
        {
            if (field.ContainingType == null)
            {
                return true;
            }

            foreach (var r in field.ContainingType.DeclaringSyntaxReferences)
            {
                foreach (var node in r.GetSyntax(ct).DescendantNodes())
                {
                    ExpressionSyntax? target = node switch
                    {
                        AssignmentExpressionSyntax a => a.Left,
                        PrefixUnaryExpressionSyntax pre when pre.IsKind(SyntaxKind.PreIncrementExpression) || pre.IsKind(SyntaxKind.PreDecrementExpression) => pre.Operand,
                        PostfixUnaryExpressionSyntax post when post.IsKind(SyntaxKind.PostIncrementExpression) || post.IsKind(SyntaxKind.PostDecrementExpression) => post.Operand,
                        ArgumentSyntax arg when !arg.RefKindKeyword.IsKind(SyntaxKind.None) => arg.Expression,
                        _ => null,
                    };

                    var written = target switch
                    {
                        IdentifierNameSyntax id => id.Identifier.ValueText,
                        MemberAccessExpressionSyntax ma => ma.Name.Identifier.ValueText,
                        _ => null,
                    };

                    if (written == field.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsReassigned(ILocalSymbol local, SyntaxNode use, SemanticModel model, CancellationToken ct)
        {
            var body = use.Ancestors().FirstOrDefault(a => a is BlockSyntax || a is ArrowExpressionClauseSyntax) ?? use.Parent;
            var scope = body?.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax || a is LocalFunctionStatementSyntax || a is AccessorDeclarationSyntax || a is AnonymousFunctionExpressionSyntax) ?? body;
            if (scope == null)
            {
                return true;
            }

            foreach (var node in scope.DescendantNodes())
            {
                ExpressionSyntax? target = node switch
                {
                    AssignmentExpressionSyntax a => a.Left,
                    PrefixUnaryExpressionSyntax pre when pre.IsKind(SyntaxKind.PreIncrementExpression) || pre.IsKind(SyntaxKind.PreDecrementExpression) => pre.Operand,
                    ArgumentSyntax arg when !arg.RefKindKeyword.IsKind(SyntaxKind.None) => arg.Expression,
                    _ => null,
                };

                if (target is IdentifierNameSyntax id && id.Identifier.ValueText == local.Name &&
                    SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(id, ct).Symbol, local))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsStringTrimming(string name) => name == "Substring" || name == "Trim" || name == "ToUpper" || name == "ToLower" || name == "PadRight" || name == "PadLeft";

        private static ResolvedConstant? ResolveString(ExpressionSyntax expr, SemanticModel model, CancellationToken ct, int depth)
        {
            var inner = Resolve(expr, model, ct, depth);
            return inner == null || inner.IsBytes ? null : inner;
        }

        private static ResolvedConstant? ResolveInvocation(InvocationExpressionSyntax inv, SemanticModel model, CancellationToken ct, int depth)
        {
            var name = SinkShapes.MethodName(inv);
            if (IsStringTrimming(name) && inv.Expression is MemberAccessExpressionSyntax receiver)
            {
                // encryptKey.Substring(0, 32): the key material is the constant's (reported where the constant is written)
                return ResolveString(receiver.Expression, model, ct, depth + 1);
            }

            if (inv.ArgumentList.Arguments.Count != 1)
            {
                return null;
            }

            var isGetBytes = name == "GetBytes" && ReceiverMentions(inv, "Encoding", model, ct);
            var isBase64 = name == "FromBase64String" || name == "FromHexString";
            var isToCharArray = false;
            if (!isGetBytes && !isBase64 && !isToCharArray)
            {
                return null;
            }

            var inner = Resolve(inv.ArgumentList.Arguments[0].Expression, model, ct, depth + 1);
            return inner == null || inner.IsBytes ? null : new ResolvedConstant(inner.Text, inner.Holder);
        }

        private static bool ReceiverMentions(InvocationExpressionSyntax inv, string typeName, SemanticModel model, CancellationToken ct)
        {
            if (inv.Expression is MemberAccessExpressionSyntax ma)
            {
                if (ma.Expression.ToString().IndexOf(typeName, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }

                var type = model.GetTypeInfo(ma.Expression, ct).Type;
                for (var t = type; t != null; t = t.BaseType)
                {
                    if (t.Name == typeName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static ResolvedConstant? ResolveBytes(InitializerExpressionSyntax? init, SyntaxNode holder) =>
            init == null ? null : ResolveBytes(init.Expressions.Select(e => (ExpressionSyntax?)e), holder);

        private static ResolvedConstant? ResolveBytes(System.Collections.Generic.IEnumerable<ExpressionSyntax?> elements, SyntaxNode holder)
        {
            var count = 0;
            foreach (var e in elements)
            {
                if (e == null || !(ConstantResolver.Unwrap(e) is LiteralExpressionSyntax lit) || !lit.IsKind(SyntaxKind.NumericLiteralExpression))
                {
                    return null;
                }

                count++;
            }

            // fewer than 8 bytes is a marker or a magic number, not a key
            return count >= 8 ? new ResolvedConstant("bytes[" + count + "]", holder, isBytes: true) : null;
        }
    }
}
