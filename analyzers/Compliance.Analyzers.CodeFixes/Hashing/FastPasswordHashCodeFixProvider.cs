using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.CodeFixes.Hashing
{
    /// <summary>
    /// CMP2002: replaces a fast password hash with a slow salted one — never a silent MD5→SHA-256
    /// swap. Both fixes leave a <c>// TODO(compliance): rehash on next login</c> note, because
    /// hashes already stored were made with the old algorithm and must still be verified once.
    /// <list type="bullet">
    /// <item>PBKDF2: <c>salt + Rfc2898DeriveBytes.Pbkdf2(data, salt, profile iterations, SHA256, 32)</c>
    /// with <c>var salt = RandomNumberGenerator.GetBytes(16)</c> (the salt is kept in the output, so
    /// the result can be verified).</item>
    /// <item>PasswordHasher&lt;T&gt; (ASP.NET Core Identity referenced, the hash was turned into a string
    /// by Convert.ToBase64String/ToHexString/BitConverter.ToString): the whole expression becomes
    /// <c>new PasswordHasher&lt;object&gt;().HashPassword(new object(), password)</c>, a self-describing string.</item>
    /// </list>
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FastPasswordHashCodeFixProvider)), Shared]
    public sealed class FastPasswordHashCodeFixProvider : CodeFixProvider
    {
        public const string Pbkdf2Key = "CMP2002.Pbkdf2";
        public const string PasswordHasherKey = "CMP2002.PasswordHasher";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.FastHashOfPassword);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return;
            var diagnostic = context.Diagnostics[0];
            if (!(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax call)) return;
            if (!(model.GetOperation(call, context.CancellationToken) is IInvocationOperation invocation)) return;

            var options = HashingOptions.For(context.Document.Project.AnalyzerOptions, call.SyntaxTree);
            var iterations = options.MinIterations("SHA256");

            var passwordHasher = model.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.PasswordHasher`1");
            var wrapper = StringWrapper(call, model, context.CancellationToken);
            var source = PasswordFlow.Find(PasswordFlow.DataArgument(invocation)!, options.PasswordNames);
            if (passwordHasher != null && wrapper != null && source?.Type?.SpecialType == SpecialType.System_String)
            {
                context.RegisterCodeFix(CodeAction.Create(
                    HashingDescriptors.Resources.GetString("Fix_PasswordHasher") ?? "PasswordHasher<T>",
                    ct => UsePasswordHasherAsync(context.Document, wrapper, (ExpressionSyntax)source.Syntax, ct),
                    PasswordHasherKey), diagnostic);
            }

            var data = PasswordFlow.DataArgument(invocation);
            if (data?.Type is IArrayTypeSymbol array && array.ElementType.SpecialType == SpecialType.System_Byte &&
                invocation.Arguments.Length == 1 && data.Syntax is ExpressionSyntax dataSyntax && HasSaltHome(call))
            {
                context.RegisterCodeFix(CodeAction.Create(
                    HashingDescriptors.Resources.GetString("Fix_Pbkdf2") ?? "Rfc2898DeriveBytes.Pbkdf2",
                    ct => UsePbkdf2Async(context.Document, call, dataSyntax, iterations, ct),
                    Pbkdf2Key), diagnostic);
            }
        }

        /// <summary>
        /// The salt needs a statement of its own right before the hashing, in the same scope: not
        /// across an expression lambda (one salt for every element would be a shared salt), not
        /// in a field initializer.
        /// </summary>
        private static bool HasSaltHome(InvocationExpressionSyntax call)
        {
            foreach (var ancestor in call.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax _:
                        return false;
                    case StatementSyntax statement when statement.Parent is BlockSyntax:
                        return true;
                    case ArrowExpressionClauseSyntax arrow:
                        return arrow.Parent is MethodDeclarationSyntax || arrow.Parent is LocalFunctionStatementSyntax;
                    case MemberDeclarationSyntax _:
                        return false;
                }
            }
            return false;
        }

        /// <summary>Convert.ToBase64String(hash) / Convert.ToHexString(hash) / BitConverter.ToString(hash) around the call.</summary>
        private static InvocationExpressionSyntax? StringWrapper(InvocationExpressionSyntax call, SemanticModel model, CancellationToken ct)
        {
            if (!(call.Parent is ArgumentSyntax argument) || !(argument.Parent?.Parent is InvocationExpressionSyntax outer)) return null;
            if (outer.ArgumentList.Arguments.Count != 1) return null;
            if (!(model.GetSymbolInfo(outer, ct).Symbol is IMethodSymbol method)) return null;
            var type = method.ContainingType?.ToDisplayString();
            if ((type == "System.Convert" && (method.Name == "ToBase64String" || method.Name == "ToHexString" || method.Name == "ToHexStringLower")) ||
                (type == "System.BitConverter" && method.Name == "ToString"))
                return outer;
            return null;
        }

        private static async Task<Document> UsePasswordHasherAsync(Document document, InvocationExpressionSyntax wrapper, ExpressionSyntax password, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root == null) return document;
            var replacement = SyntaxFactory.ParseExpression(
                "new PasswordHasher<object>().HashPassword(new object(), " + password.WithoutTrivia().ToFullString() + ")")
                .WithTriviaFrom(wrapper);
            var anchor = (SyntaxNode?)wrapper.FirstAncestorOrSelf<StatementSyntax>() ?? wrapper.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            if (anchor == null) return document;
            var newAnchor = anchor.ReplaceNode(wrapper, replacement);
            newAnchor = newAnchor.WithLeadingTrivia(anchor.GetLeadingTrivia().AddRange(TodoTrivia(anchor)));
            root = root.ReplaceNode(anchor, newAnchor.WithAdditionalAnnotations(Formatter.Annotation));
            root = HashingFixHelpers.EnsureUsing(root, "Microsoft.AspNetCore.Identity");
            return document.WithSyntaxRoot(root);
        }

        private static async Task<Document> UsePbkdf2Async(Document document, InvocationExpressionSyntax call, ExpressionSyntax data, int iterations, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
            if (root == null || model == null) return document;

            var salt = UniqueName(model, call.SpanStart, "salt");
            var pbkdf2 = SyntaxFactory.ParseExpression(
                $"{salt}.Concat(Rfc2898DeriveBytes.Pbkdf2({data.WithoutTrivia().ToFullString()}, {salt}, {HashingFixHelpers.Readable(iterations)}, HashAlgorithmName.SHA256, 32)).ToArray()")
                .WithTriviaFrom(call);
            var saltDeclaration = (StatementSyntax)SyntaxFactory.ParseStatement($"var {salt} = RandomNumberGenerator.GetBytes(16);")
                .WithTrailingTrivia(HashingFixHelpers.NewLine(root));

            // The statement to put the salt before; an expression-bodied member becomes a block first.
            var statement = call.FirstAncestorOrSelf<StatementSyntax>(s => s.Parent is BlockSyntax);
            SyntaxNode newRoot;
            if (statement != null)
            {
                var replaced = statement.ReplaceNode(call, pbkdf2);
                var withTodo = saltDeclaration.WithLeadingTrivia(statement.GetLeadingTrivia().AddRange(TodoTrivia(statement)));
                var block = (BlockSyntax)statement.Parent!;
                var index = block.Statements.IndexOf(statement);
                var statements = block.Statements.RemoveAt(index).InsertRange(index, new[] { withTodo, replaced });
                newRoot = root.ReplaceNode(block, block.WithStatements(statements).WithAdditionalAnnotations(Formatter.Annotation));
            }
            else
            {
                var arrow = call.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
                if (arrow == null) return document;
                var body = arrow.Expression.ReplaceNode(call, pbkdf2);
                var isVoid = arrow.Parent is MethodDeclarationSyntax m && m.ReturnType is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword) ||
                             arrow.Parent is LocalFunctionStatementSyntax lf && lf.ReturnType is PredefinedTypeSyntax lp && lp.Keyword.IsKind(SyntaxKind.VoidKeyword);
                StatementSyntax last = isVoid ? (StatementSyntax)SyntaxFactory.ExpressionStatement(body.WithoutTrivia()) : SyntaxFactory.ReturnStatement(body.WithoutTrivia());
                var block = SyntaxFactory.Block(saltDeclaration.WithLeadingTrivia(TodoTrivia(call)), last);
                SyntaxNode? member = arrow.Parent;
                SyntaxNode? newMember = member switch
                {
                    MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
                    LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
                    _ => null,
                };
                if (member == null || newMember == null) return document;
                newRoot = root.ReplaceNode(member, newMember.WithAdditionalAnnotations(Formatter.Annotation));
            }
            newRoot = HashingFixHelpers.EnsureUsing(newRoot, "System.Linq");
            newRoot = HashingFixHelpers.EnsureUsing(newRoot, "System.Security.Cryptography");
            return document.WithSyntaxRoot(newRoot);
        }

        private static SyntaxTriviaList TodoTrivia(SyntaxNode anchor) =>
            HashingFixHelpers.CommentLine(HashingFixHelpers.RehashTodo +
                ": existing hashes were made with a fast hash; verify them the old way once, then store the new hash",
                anchor.SyntaxTree.GetRoot());

        private static string UniqueName(SemanticModel model, int position, string baseName)
        {
            var name = baseName;
            for (var i = 2; model.LookupSymbols(position, name: name).Any(); i++) name = baseName + i;
            return name;
        }
    }
}
