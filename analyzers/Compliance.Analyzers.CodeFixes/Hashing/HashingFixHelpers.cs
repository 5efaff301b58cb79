using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Compliance.Analyzers.CodeFixes.Hashing
{
    internal static class HashingFixHelpers
    {
        public const string RehashTodo = "// TODO(compliance): rehash on next login";

        /// <summary>"100_000" for 100000: the profile value, readable in code.</summary>
        public static string Readable(int value) =>
            value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "_");

        /// <summary>Adds <c>using <paramref name="ns"/>;</c> when the file does not have it.</summary>
        public static SyntaxNode EnsureUsing(SyntaxNode root, string ns)
        {
            if (!(root is CompilationUnitSyntax unit)) return root;
            if (unit.Usings.Any(u => u.Name?.ToString() == ns)) return root;
            if (unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == ns))) return root;
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).WithTrailingTrivia(NewLine(root));
            // Keep usings sorted the usual way: System.* first, then the rest, ordinal.
            var usings = unit.Usings;
            var index = 0;
            while (index < usings.Count && UsingOrder(usings[index].Name?.ToString() ?? "", ns) < 0) index++;
            return unit.WithUsings(usings.Insert(index, directive.WithAdditionalAnnotations(Formatter.Annotation)));
        }

        private static int UsingOrder(string a, string b)
        {
            int Group(string n) => n == "System" || n.StartsWith("System.", System.StringComparison.Ordinal) ? 0 : 1;
            var g = Group(a).CompareTo(Group(b));
            return g != 0 ? g : string.CompareOrdinal(a, b);
        }

        /// <summary>The document's own line ending (LF or CRLF).</summary>
        public static SyntaxTrivia NewLine(SyntaxNode root)
        {
            foreach (var trivia in root.DescendantTrivia())
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return SyntaxFactory.EndOfLine(trivia.ToFullString());
            return SyntaxFactory.EndOfLine("\n");
        }

        /// <summary>A comment line placed before a statement or member.</summary>
        public static SyntaxTriviaList CommentLine(string text, SyntaxNode root) =>
            SyntaxFactory.TriviaList(SyntaxFactory.Comment(text), NewLine(root));

        public static T Annotate<T>(T node) where T : SyntaxNode =>
            node.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
    }
}
