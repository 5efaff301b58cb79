namespace Compliance.Analyzers.PersonalData.Flow
{
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// <c>"assigned to " + context.Message.SurveyorId + " for " + claim.Holder.Phone</c> where one operand did not bind
    /// (a message type of a package that was not restored): the compiler gives the whole sum an error type, though it is
    /// a string concatenation — a string operand (a literal, a bound string) on either side says so.
    /// </summary>
    internal static class UnboundConcatenation
    {
        public static bool Is(IBinaryOperation binary) =>
            binary.OperatorKind == BinaryOperatorKind.Add && (binary.Type == null || binary.Type.TypeKind == TypeKind.Error)
            && (IsString(binary.LeftOperand, 0) || IsString(binary.RightOperand, 0));

        private static bool IsString(IOperation operand, int depth)
        {
            operand = PiiFlowTracer.Unwrap(operand);
            if (operand.Type?.SpecialType == SpecialType.System_String)
            {
                return true;
            }

            // ("a" + unbound) + other: the inner sum is unbound too; bounded, concatenation chains nest on the left
            return depth < 32 && operand is IBinaryOperation inner && inner.OperatorKind == BinaryOperatorKind.Add
                && (inner.Type == null || inner.Type.TypeKind == TypeKind.Error)
                && (IsString(inner.LeftOperand, depth + 1) || IsString(inner.RightOperand, depth + 1));
        }
    }
}
