using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.CodeFixes.Hashing
{
    /// <summary>
    /// CMP2090 (MD5/SHA-1 for an ETag, cache key or checksum): switch to SHA-256, titled "not for
    /// passwords". Only offered for the non-security id: for security use (CMP2001) or passwords
    /// (CMP2002) a mechanical swap would hide the real problem or break stored values.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonSecurityHashCodeFixProvider)), Shared]
    public sealed class NonSecurityHashCodeFixProvider : CodeFixProvider
    {
        public const string Key = "CMP2090.Sha256";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.NonSecurityWeakHash);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            var diagnostic = context.Diagnostics[0];
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

            ExpressionSyntax? replacement = null;
            switch (node)
            {
                // MD5.Create() / SHA1.HashData(x) → SHA256.Create() / SHA256.HashData(x)
                case InvocationExpressionSyntax invocation when invocation.Expression is MemberAccessExpressionSyntax member &&
                    IsPlainDigest(member.Expression) &&
                    (member.Name.Identifier.ValueText == "Create" && invocation.ArgumentList.Arguments.Count == 0 ||
                     member.Name.Identifier.ValueText == "HashData" || member.Name.Identifier.ValueText == "HashDataAsync" || member.Name.Identifier.ValueText == "TryHashData"):
                    replacement = invocation.WithExpression(member.WithExpression(SyntaxFactory.IdentifierName("SHA256").WithTriviaFrom(member.Expression)));
                    break;
                // new MD5CryptoServiceProvider() / new SHA1Managed() → SHA256.Create()
                case ObjectCreationExpressionSyntax creation when (creation.ArgumentList?.Arguments.Count ?? 0) == 0:
                    replacement = SyntaxFactory.ParseExpression("SHA256.Create()").WithTriviaFrom(creation);
                    break;
            }
            if (replacement == null) return;

            // The declared type must accept a SHA256: `var`, HashAlgorithm, or MD5/SHA1 (renamed too).
            if (node.Parent is EqualsValueClauseSyntax equals && equals.Parent?.Parent is VariableDeclarationSyntax declaration &&
                declaration.Variables.Count == 1)
            {
                var typeName = declaration.Type is IdentifierNameSyntax id ? id.Identifier.ValueText
                    : declaration.Type is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : null;
                if (typeName == "MD5" || typeName == "SHA1")
                {
                    var newDeclaration = declaration.ReplaceNode(node, replacement);
                    var typed = newDeclaration.WithType(SyntaxFactory.IdentifierName("SHA256").WithTriviaFrom(declaration.Type));
                    context.RegisterCodeFix(Fix(context.Document, declaration, typed), diagnostic);
                    return;
                }
                if (!declaration.Type.IsVar && typeName != "HashAlgorithm") return;
            }
            else if (node is ObjectCreationExpressionSyntax)
            {
                return; // the target type is unknown here (field, argument): leave it to the developer
            }
            context.RegisterCodeFix(Fix(context.Document, node, replacement), diagnostic);
        }

        private static CodeAction Fix(Document document, SyntaxNode node, SyntaxNode replacement) =>
            CodeAction.Create(
                HashingDescriptors.Resources.GetString("Fix_Sha256NotForPasswords") ?? "SHA-256",
                async ct =>
                {
                    var r = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                    if (r == null) return document;
                    return document.WithSyntaxRoot(r.ReplaceNode(node, replacement));
                }, Key);

        // Only the plain digests: HMACs need a key and change the API.
        private static bool IsPlainDigest(ExpressionSyntax type)
        {
            var name = type is MemberAccessExpressionSyntax qualified ? qualified.Name.Identifier.ValueText
                : type is IdentifierNameSyntax id ? id.Identifier.ValueText : null;
            return name == "MD5" || name == "SHA1";
        }
    }
}
