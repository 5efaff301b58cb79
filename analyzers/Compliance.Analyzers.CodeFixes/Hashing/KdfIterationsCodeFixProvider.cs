using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.CodeFixes.Hashing
{
    /// <summary>
    /// CMP2003 (too few iterations): sets the PBKDF2 iteration argument, or
    /// <c>PasswordHasherOptions.IterationCount</c>, to the profile's minimum. Existing hashes keep
    /// their own iteration count only if it is stored with them, hence no silent change elsewhere.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KdfIterationsCodeFixProvider)), Shared]
    public sealed class KdfIterationsCodeFixProvider : CodeFixProvider
    {
        public const string Key = "CMP2003.Iterations";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WeakKeyDerivation);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var diagnostic = context.Diagnostics[0];
            if (!diagnostic.Properties.TryGetValue(WeakKeyDerivationAnalyzer.MinIterationsProperty, out var minText) ||
                !int.TryParse(minText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var min))
                return;
            diagnostic.Properties.TryGetValue(WeakKeyDerivationAnalyzer.IterationsArgumentProperty, out var parameter);

            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

            ExpressionSyntax? target = null;
            if (node is AssignmentExpressionSyntax assignment)
                target = assignment.Right;
            else
            {
                var operation = model.GetOperation(node, context.CancellationToken);
                var arguments = operation is IInvocationOperation i ? i.Arguments
                    : operation is IObjectCreationOperation c ? c.Arguments
                    : ImmutableArray<IArgumentOperation>.Empty;
                foreach (var argument in arguments)
                    if (argument.Parameter?.Name == parameter && argument.ArgumentKind == ArgumentKind.Explicit && argument.Value.Syntax is ExpressionSyntax e)
                        target = e;
            }
            if (target == null) return;

            var options = HashingOptions.For(context.Document.Project.AnalyzerOptions, node.SyntaxTree);
            var title = string.Format(CultureInfo.InvariantCulture,
                HashingDescriptors.Resources.GetString("Fix_Iterations") ?? "{0} ({1})", HashingFixHelpers.Readable(min), options.Profile);
            var document = context.Document;
            var expression = target;
            context.RegisterCodeFix(CodeAction.Create(title, async ct =>
            {
                var r = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                if (r == null) return document;
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression,
                    SyntaxFactory.Literal(HashingFixHelpers.Readable(min), min)).WithTriviaFrom(expression);
                return document.WithSyntaxRoot(r.ReplaceNode(expression, literal));
            }, Key), diagnostic);
        }
    }
}
