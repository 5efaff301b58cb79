namespace Compliance.Analyzers.PersonalData.Flow
{
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// An action that answers with the object it was sent: <c>ContactVendor(ContactVendorModel model) { …; return Json(model); }</c>
    /// (grandnode2, judged blind: the contact form's name and e-mail go back to whoever typed them). The caller's own input is
    /// no disclosure. The parameter must still be that input: a reassignment counts only when it hands the parameter itself on
    /// (<c>model = await _mediator.Send(new SendCommand { Model = model })</c>); one that only uses a member of it
    /// (<c>model = await _users.FindByEmail(model.Email)</c>) loads somebody's record, which stays reported.
    /// </summary>
    internal static class EchoedInput
    {
        public static bool IsCallersOwnInput(IParameterReferenceOperation reference)
        {
            var parameter = reference.Parameter;
            if (!(parameter.ContainingSymbol is IMethodSymbol method) || method.MethodKind != MethodKind.Ordinary
                || parameter.RefKind != RefKind.None || parameter.Type.TypeKind != TypeKind.Class || parameter.Type.SpecialType != SpecialType.None
                || !(parameter.Type is INamedTypeSymbol form) || form.IsGenericType || form.DeclaringSyntaxReferences.Length == 0)
            {
                return false; // a lambda's element (Select(u => u)), a string id, an out value, a collection: only the app's own form model
            }

            foreach (var op in Common.LocalValueSources.Root(reference).Descendants())
            {
                if (op is ISimpleAssignmentOperation assignment && assignment.Target is IParameterReferenceOperation target
                    && SymbolEqualityComparer.Default.Equals(target.Parameter, parameter) && !HandsOnWhole(assignment.Value, parameter)
                    && !AddsNobodysData(assignment.Value, parameter))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// <c>user = null</c> on a refused request, or <c>user = new User { SiteId = user.SiteId, Username = user.Username,
        /// IsAuthenticated = false }</c> on a failed sign-in (oqtane, judged blind): nothing but constants and the parameter's
        /// own members, so the answer still holds only what the caller sent.
        /// </summary>
        private static bool AddsNobodysData(IOperation value, IParameterSymbol parameter)
        {
            value = Common.LocalValueSources.Unwrap(value);
            if (value.ConstantValue.HasValue)
            {
                return true;
            }

            if (!(value is IObjectCreationOperation created) || created.Arguments.Length > 0 || created.Initializer == null)
            {
                return false;
            }

            foreach (var init in created.Initializer.Initializers)
            {
                if (!(init is ISimpleAssignmentOperation set))
                {
                    return false;
                }

                var v = Common.LocalValueSources.Unwrap(set.Value);
                if (!v.ConstantValue.HasValue && !(v is IMemberReferenceOperation { Instance: IParameterReferenceOperation p }
                                                   && SymbolEqualityComparer.Default.Equals(p.Parameter, parameter)))
                {
                    return false;
                }
            }

            return true;
        }

        // The assigned value passes the parameter itself (not only one of its members) somewhere.
        private static bool HandsOnWhole(IOperation value, IParameterSymbol parameter)
        {
            foreach (var op in value.DescendantsAndSelf())
            {
                if (op is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, parameter)
                    && !(p.Parent is IMemberReferenceOperation member && member.Instance == p)
                    && !(p.Parent is IInvocationOperation call && call.Instance == p))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
