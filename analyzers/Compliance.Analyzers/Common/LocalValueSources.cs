using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// Intra-procedural "where does this local get its value" without a CFG: the initializer and
    /// every simple assignment to the local in the enclosing operation tree. Flow-insensitive on
    /// purpose (cheap, and good enough to follow <c>var bytes = Encoding.UTF8.GetBytes(pwd)</c>).
    /// </summary>
    internal static class LocalValueSources
    {
        /// <summary>The outermost operation of the member body that contains <paramref name="operation"/>.</summary>
        public static IOperation Root(IOperation operation)
        {
            var root = operation;
            while (root.Parent != null) root = root.Parent;
            return root;
        }

        public static List<IOperation> ValuesOf(ILocalSymbol local, IOperation anyOperationInBody)
        {
            var values = new List<IOperation>();
            foreach (var op in Root(anyOperationInBody).Descendants())
            {
                switch (op)
                {
                    case IVariableDeclaratorOperation declarator
                        when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        var init = declarator.GetVariableInitializer();
                        if (init != null) values.Add(init.Value);
                        break;
                    case ISimpleAssignmentOperation assignment
                        when assignment.Target is ILocalReferenceOperation target &&
                             SymbolEqualityComparer.Default.Equals(target.Local, local):
                        values.Add(assignment.Value);
                        break;
                }
            }
            return values;
        }

        /// <summary>Strips conversions and parentheses the operation tree keeps around values.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion: operation = conversion.Operand; continue;
                    case IParenthesizedOperation parens: operation = parens.Operand; continue;
                    case IArgumentOperation argument: operation = argument.Value; continue;
                    default: return operation;
                }
            }
        }
    }
}
