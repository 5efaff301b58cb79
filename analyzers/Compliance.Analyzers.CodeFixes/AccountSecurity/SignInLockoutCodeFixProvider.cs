using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.CodeFixes.AccountSecurity
{
    /// <summary>
    /// CMP4102: turns <c>lockoutOnFailure: false</c> into <c>true</c>. Safe: it only makes failed
    /// passwords count towards the lockout the application already configures (Identity's default:
    /// 5 attempts, 5 minutes).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SignInLockoutCodeFixProvider)), Shared]
    public sealed class SignInLockoutCodeFixProvider : CodeFixProvider
    {
        public const string Key = "CMP4102.LockoutOnFailure";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SignInWithoutLockout);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var diagnostic = context.Diagnostics[0];
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            // Only a literal false is rewritten; a variable or constant stays the author's decision.
            if (!(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal)
                || !literal.IsKind(SyntaxKind.FalseLiteralExpression))
                return;
            var document = context.Document;
            context.RegisterCodeFix(CodeAction.Create("lockoutOnFailure: true", async ct =>
            {
                var r = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                if (r == null) return document;
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(literal);
                return document.WithSyntaxRoot(r.ReplaceNode(literal, replacement));
            }, Key), diagnostic);
        }
    }
}
