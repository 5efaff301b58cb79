using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Analyzers;
using Compliance.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Compliance.Analyzers.CodeFixes.Secrets
{
    /// <summary>
    /// Replaces a hard-coded secret with <c>configuration["Secrets:Type:Name"]</c> when an IConfiguration is in scope,
    /// else with <c>Environment.GetEnvironmentVariable("Secrets__Type__Name")</c> (the same key, in .NET's environment
    /// form). The value itself goes to user-secrets in development and to the environment or a vault in production.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveSecretToConfigurationCodeFix)), Shared]
    public sealed class MoveSecretToConfigurationCodeFix : CodeFixProvider
    {
        // one equivalence key for both forms, so that Fix All moves every secret of a document in one pass
        private const string ConfigurationKey = "compliance.secrets.moveSecret";
        private const string EnvironmentKey = ConfigurationKey;

        private static readonly string[] ConfigurationTypes = { "IConfiguration", "IConfigurationRoot", "IConfigurationManager", "ConfigurationManager" };

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIdentifiers.HardcodedCredentialInSink,
            RuleIdentifiers.SecretNamedSymbolAssignedConstant,
            RuleIdentifiers.KnownTokenFormat,
            RuleIdentifiers.ConnectionStringWithPassword);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var expr = Target(root, diagnostic);
                if (expr == null || !IsStringExpression(expr, model, context.CancellationToken) || InConstantOnlyContext(expr))
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(SecretsReport.ConfigKeyProperty, out var key);
                key ??= "Secrets:Secret";
                var configuration = FindConfiguration(expr, model, context.CancellationToken);
                if (configuration != null)
                {
                    var title = Format("Fix_MoveToConfiguration", key, "Move the secret to configuration ('{0}'; use user-secrets in development)");
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => Replace(context.Document, expr, ConfigurationRead(configuration, key), ct), ConfigurationKey),
                        diagnostic);
                }
                else
                {
                    var variable = key.Replace(":", "__");
                    var title = Format("Fix_MoveToEnvironment", variable, "Read the secret from environment variable '{0}'");
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => Replace(context.Document, expr, EnvironmentRead(variable), ct), EnvironmentKey),
                        diagnostic);
                }
            }
        }

        private static string Format(string resource, string arg, string fallback) =>
            string.Format(SecretsDescriptors.Resources.GetString(resource) ?? fallback, arg);

        private static ExpressionSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, findInsideTrivia: false, getInnermostNodeForTie: true);
            for (var n = node; n != null && n.Span == diagnostic.Location.SourceSpan; n = n.Parent)
            {
                if (n is LiteralExpressionSyntax || n is InterpolatedStringExpressionSyntax || n is BinaryExpressionSyntax)
                {
                    return (ExpressionSyntax)n;
                }
            }

            return null; // comments, parts of interpolated strings, byte arrays: nothing to move automatically
        }

        private static bool IsStringExpression(ExpressionSyntax expr, SemanticModel model, CancellationToken ct) =>
            model.GetTypeInfo(expr, ct).Type?.SpecialType == SpecialType.System_String;

        /// <summary>Attribute arguments, parameter defaults and case labels need compile-time constants.</summary>
        private static bool InConstantOnlyContext(SyntaxNode expr) =>
            expr.Ancestors().Any(a => a is AttributeArgumentSyntax || a is EqualsValueClauseSyntax eq && eq.Parent is ParameterSyntax || a is CaseSwitchLabelSyntax || a is ConstantPatternSyntax);

        private static string? FindConfiguration(ExpressionSyntax expr, SemanticModel model, CancellationToken ct)
        {
            var member = expr.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax || a is AccessorDeclarationSyntax || a is PropertyDeclarationSyntax || a is FieldDeclarationSyntax || a is LocalFunctionStatementSyntax);
            var inFieldInitializer = member is FieldDeclarationSyntax || (member is PropertyDeclarationSyntax p && p.Initializer != null && p.Initializer.Span.Contains(expr.Span));
            var isStatic = member is MemberDeclarationSyntax m && m.Modifiers.Any(SyntaxKind.StaticKeyword);
            foreach (var symbol in model.LookupSymbols(expr.SpanStart))
            {
                var type = symbol switch
                {
                    IParameterSymbol ps => ps.Type,
                    ILocalSymbol ls => ls.Type,
                    IFieldSymbol fs when !inFieldInitializer && (fs.IsStatic || !isStatic) => fs.Type,
                    IPropertySymbol ps2 when !inFieldInitializer && (ps2.IsStatic || !isStatic) => ps2.Type,
                    _ => null,
                };

                if (type != null && ConfigurationTypes.Contains(type.Name))
                {
                    return symbol.Name;
                }
            }

            return null;
        }

        private static ExpressionSyntax ConfigurationRead(string configuration, string key) =>
            ElementAccessExpression(IdentifierName(configuration))
                .WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(key))))));

        private static ExpressionSyntax EnvironmentRead(string variable) =>
            InvocationExpression(ParseExpression("System.Environment.GetEnvironmentVariable").WithAdditionalAnnotations(Simplifier.Annotation))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(variable))))));

        private static async Task<Document> Replace(Document document, ExpressionSyntax expr, ExpressionSyntax replacement, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            var newExpr = replacement.WithTriviaFrom(expr);
            var declaration = expr.Ancestors().OfType<VariableDeclarationSyntax>().FirstOrDefault();
            var field = declaration?.Parent as FieldDeclarationSyntax;
            var local = declaration?.Parent as LocalDeclarationStatementSyntax;

            SyntaxNode newRoot;
            if (field != null && field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                // a const cannot hold a runtime value: it becomes static readonly
                var newField = field.ReplaceNode(expr, newExpr);
                var constToken = newField.Modifiers.First(t => t.IsKind(SyntaxKind.ConstKeyword));
                var modifiers = newField.Modifiers.Replace(constToken, Token(SyntaxKind.StaticKeyword).WithTriviaFrom(constToken))
                    .Add(Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(Space));
                newRoot = root.ReplaceNode(field, newField.WithModifiers(modifiers));
            }
            else if (local != null && local.IsConst)
            {
                var newLocal = local.ReplaceNode(expr, newExpr);
                var constToken = newLocal.Modifiers.First(t => t.IsKind(SyntaxKind.ConstKeyword));
                newLocal = newLocal.WithModifiers(newLocal.Modifiers.Remove(constToken)).WithLeadingTrivia(local.GetLeadingTrivia());
                newRoot = root.ReplaceNode(local, newLocal);
            }
            else
            {
                newRoot = root.ReplaceNode(expr, newExpr);
            }

            return document.WithSyntaxRoot(newRoot);
        }
    }
}
