namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using System.Runtime.CompilerServices;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp.Syntax;

    /// <summary>
    /// A raw text row (an imported CSV line, a fixed-format record) whose split columns the same member stores as personal
    /// data — <c>var cols = line.Split(','); … new Employee { IdCardNo = cols[2] }</c> — carries that data: logging or
    /// writing the whole row leaks it although no name says so. Syntax only, within one member; the row is matched by its
    /// text (<c>line</c>, <c>rows[n]</c>, through Trim calls before Split).
    /// </summary>
    internal static class SplitRowFields
    {
        internal sealed class Field
        {
            public Field(string row, PiiCategory category, string symbol)
            {
                Row = row;
                Category = category;
                Symbol = symbol;
            }

            public string Row { get; }
            public PiiCategory Category { get; }
            public string Symbol { get; }
        }

        // One look per member body: the rows split there and the most sensitive personal member their columns fill.
        private static readonly ConditionalWeakTable<SyntaxNode, List<Field>> Cache = new ConditionalWeakTable<SyntaxNode, List<Field>>();

        /// <summary>The personal-data member a split column of <paramref name="row"/> is stored in, or null.</summary>
        public static Field? Find(SyntaxNode row, PiiOptions options)
        {
            var member = row.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            if (member == null)
            {
                return null;
            }

            var text = row.ToString();
            foreach (var field in Cache.GetValue(member, m => Collect(m, options)))
            {
                if (field.Row == text)
                {
                    return field;
                }
            }

            return null;
        }

        private static List<Field> Collect(SyntaxNode member, PiiOptions options)
        {
            var fields = new List<Field>();
            foreach (var node in member.DescendantNodes())
            {
                if (!(node is InvocationExpressionSyntax split) || !(split.Expression is MemberAccessExpressionSyntax access)
                    || access.Name.Identifier.ValueText != "Split" || !(split.Parent is EqualsValueClauseSyntax equals)
                    || !(equals.Parent is VariableDeclaratorSyntax columns))
                {
                    continue;
                }

                var best = BestColumnMember(member, columns.Identifier.ValueText, options);
                if (best != null)
                {
                    fields.Add(new Field(WithoutTrims(access.Expression).ToString(), best.Value.Category, best.Value.Symbol));
                }
            }

            return fields;
        }

        // line.Trim().Split(…), rows[n].TrimEnd('\r').Split(…): the row is the receiver before the Trim calls
        private static ExpressionSyntax WithoutTrims(ExpressionSyntax e)
        {
            while (e is InvocationExpressionSyntax call && call.Expression is MemberAccessExpressionSyntax m && m.Name.Identifier.ValueText.StartsWith("Trim", System.StringComparison.Ordinal))
            {
                e = m.Expression;
            }

            return e;
        }

        private static (PiiCategory Category, string Symbol)? BestColumnMember(SyntaxNode member, string columns, PiiOptions options)
        {
            (PiiCategory Category, string Symbol)? best = null;
            foreach (var node in member.DescendantNodes())
            {
                if (!(node is ElementAccessExpressionSyntax access) || !(access.Expression is IdentifierNameSyntax id) || id.Identifier.ValueText != columns)
                {
                    continue;
                }

                // cols[2] or cols[2].Trim() assigned to a member (an object initialiser or a property assignment)
                SyntaxNode value = access;
                while (value.Parent is MemberAccessExpressionSyntax m && m.Expression == value && m.Parent is InvocationExpressionSyntax call
                    && m.Name.Identifier.ValueText.StartsWith("Trim", System.StringComparison.Ordinal))
                {
                    value = call;
                }

                if (!(value.Parent is AssignmentExpressionSyntax assignment) || assignment.Right != value)
                {
                    continue;
                }

                var name = assignment.Left is IdentifierNameSyntax left ? left.Identifier.ValueText : (assignment.Left as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;
                var owner = (assignment.Parent as InitializerExpressionSyntax)?.Parent is ObjectCreationExpressionSyntax creation ? RightmostName(creation.Type) : null;
                if (name == null || !options.Names.TryClassify(name, owner, out var category) || category == PiiCategory.Password)
                {
                    continue;
                }

                if (best == null || category.IsSensitive() && !best.Value.Category.IsSensitive())
                {
                    best = (category, owner != null ? owner + "." + name : name);
                }
            }

            return best;
        }

        private static string? RightmostName(TypeSyntax type) =>
            type is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : (type as SimpleNameSyntax)?.Identifier.ValueText;
    }
}
