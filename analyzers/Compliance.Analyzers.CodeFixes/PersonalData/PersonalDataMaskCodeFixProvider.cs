namespace Compliance.Analyzers.CodeFixes.PersonalData
{
    using System.Collections.Generic;
    using System.Collections.Immutable;
    using System.Composition;
    using System.Linq;
    using System.Threading;
    using System.Threading.Tasks;
    using Compliance.Analyzers;
    using Compliance.Analyzers.PersonalData;
    using Compliance.Analyzers.PersonalData.Detection;
    using Compliance.Analyzers.PersonalData.Flow;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CodeActions;
    using Microsoft.CodeAnalysis.CodeFixes;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Formatting;
    using Microsoft.CodeAnalysis.Simplification;

    /// <summary>
    /// Wraps the expression that carries personal information into a sink in a masking helper:
    /// the one named in <c>compliance.pii_masking_helper</c>, else the first static
    /// <c>string X(string)</c> sanitizer found in the compilation (MaskPhone, Desensitize…), else
    /// a small generated <c>Mask</c> method (first 3 + last 4 characters shown) added to the
    /// containing type. Fix All wraps every occurrence and generates the helper once per type.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataMaskCodeFixProvider)), Shared]
    public sealed class PersonalDataMaskCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "Compliance.PiiMask";
        private const string GeneratedName = "Mask";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
            RuleIdentifiers.PersonalDataLogged, RuleIdentifiers.PersonalDataInException, RuleIdentifiers.PersonalDataInResponse,
            RuleIdentifiers.PersonalDataWrittenToFile, RuleIdentifiers.PersonalDataInTelemetry);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

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
                var carrier = Carrier(root, diagnostic);
                if (carrier == null || !IsString(model, carrier, context.CancellationToken))
                {
                    continue;
                }

                var helper = await HelperNameAsync(context.Document, model, context.CancellationToken).ConfigureAwait(false);
                var title = new LocalizableResourceString("Fix_Mask", PersonalDataDescriptors.Resources, typeof(PersonalDataDescriptors), carrier.ToString(), helper ?? GeneratedName).ToString();
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private static ExpressionSyntax? Carrier(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.ContainsKey(PiiSinkAnalyzerBase.CarrierProperty) || diagnostic.AdditionalLocations.Count < 2)
            {
                return null;
            }

            var span = diagnostic.AdditionalLocations[1].SourceSpan;
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            return root.FindNode(span, getInnermostNodeForTie: true) as ExpressionSyntax;
        }

        private static bool IsString(SemanticModel model, ExpressionSyntax expression, CancellationToken ct) =>
            model.GetTypeInfo(expression, ct).Type?.SpecialType == SpecialType.System_String;

        /// <summary>The helper to call: configured, or an existing sanitizer; null means generate Mask.</summary>
        private static async Task<string?> HelperNameAsync(Document document, SemanticModel model, CancellationToken ct)
        {
            var tree = await document.GetSyntaxTreeAsync(ct).ConfigureAwait(false);
            if (tree != null)
            {
                var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
                if (options.TryGetValue(PiiOptions.MaskingHelperKey, out var configured) && !string.IsNullOrWhiteSpace(configured))
                {
                    return configured.Trim();
                }
            }

            return FindSanitizer(model.Compilation.Assembly.GlobalNamespace, ct);
        }

        private static string? FindSanitizer(INamespaceSymbol ns, CancellationToken ct)
        {
            var candidates = new List<string>();
            Collect(ns, candidates, ct);
            candidates.Sort(System.StringComparer.Ordinal);
            return candidates.FirstOrDefault();
        }

        private static void Collect(INamespaceOrTypeSymbol container, List<string> found, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    Collect(nested, found, ct);
                }
                else if (member is IMethodSymbol method && method.IsStatic && method.MethodKind == MethodKind.Ordinary
                         && method.DeclaredAccessibility >= Accessibility.Internal
                         && method.ContainingType.DeclaredAccessibility >= Accessibility.Internal
                         && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                         && method.ReturnType.SpecialType == SpecialType.System_String && !method.IsExtensionMethod
                         && SanitizerNames.Default.IsSanitizer(method.Name, method.ContainingType.Name))
                {
                    found.Add(method.ContainingType.ToDisplayString() + "." + method.Name);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var helper = await HelperNameAsync(document, model, ct).ConfigureAwait(false);
            var carriers = new List<ExpressionSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                var carrier = Carrier(root, diagnostic);
                if (carrier != null && IsString(model, carrier, ct) && !carriers.Any(c => c.Span.IntersectsWith(carrier.Span)))
                {
                    carriers.Add(carrier);
                }
            }

            if (carriers.Count == 0)
            {
                return document;
            }

            var types = new HashSet<TypeDeclarationSyntax>();
            if (helper == null)
            {
                foreach (var carrier in carriers)
                {
                    var type = carrier.FirstAncestorOrSelf<TypeDeclarationSyntax>(t => t is ClassDeclarationSyntax || t is StructDeclarationSyntax || t is RecordDeclarationSyntax);
                    if (type == null)
                    {
                        return document;
                    }

                    types.Add(type);
                }
            }

            var callee = SyntaxFactory.ParseExpression(helper ?? GeneratedName).WithAdditionalAnnotations(Simplifier.Annotation);
            var tracked = root.TrackNodes(carriers.Cast<SyntaxNode>().Concat(types));
            var newRoot = tracked.ReplaceNodes(
                carriers.Select(c => tracked.GetCurrentNode(c)!),
                (original, _) => Wrap(original, callee));

            // anonymous members named by inference (new { c.Phone }) keep their name: Phone = Mask(c.Phone)
            newRoot = NameAnonymousMembers(newRoot, carriers.Select(c => c.ToString()).ToList(), helper ?? GeneratedName);

            if (helper == null)
            {
                foreach (var type in types)
                {
                    var current = newRoot.GetCurrentNode(type);
                    if (current == null || current.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == GeneratedName && m.ParameterList.Parameters.Count == 1))
                    {
                        continue;
                    }

                    newRoot = newRoot.ReplaceNode(current, current.AddMembers(GenerateMask()));
                }
            }

            return document.WithSyntaxRoot(newRoot);
        }

        private static ExpressionSyntax Wrap(SyntaxNode original, ExpressionSyntax callee)
        {
            var expression = (ExpressionSyntax)original;
            return SyntaxFactory.InvocationExpression(callee, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
                .WithTriviaFrom(expression);
        }

        private static SyntaxNode NameAnonymousMembers(SyntaxNode root, List<string> originals, string helper)
        {
            var declarators = root.DescendantNodes().OfType<AnonymousObjectMemberDeclaratorSyntax>()
                .Where(d => d.NameEquals == null && d.Expression is InvocationExpressionSyntax inv && inv.ArgumentList.Arguments.Count == 1
                            && inv.Expression.ToString() == helper && originals.Contains(inv.ArgumentList.Arguments[0].Expression.ToString()))
                .ToList();
            return root.ReplaceNodes(declarators, (original, _) =>
            {
                var inner = ((InvocationExpressionSyntax)original.Expression).ArgumentList.Arguments[0].Expression;
                var name = inner is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText
                    : inner is IdentifierNameSyntax id ? id.Identifier.ValueText : null;
                return name == null ? original : original.WithNameEquals(SyntaxFactory.NameEquals(name));
            });
        }

        private static MemberDeclarationSyntax GenerateMask() =>
            SyntaxFactory.ParseMemberDeclaration(@"
// Shows the first 3 and last 4 characters (138****5678); hides the ID number's birth-date segment.
private static string Mask(string value)
{
    if (value == null || value.Length <= 7)
    {
        return new string('*', value == null ? 0 : value.Length);
    }

    return value.Substring(0, 3) + new string('*', value.Length - 7) + value.Substring(value.Length - 4);
}
")!.WithAdditionalAnnotations(Formatter.Annotation);
    }
}
