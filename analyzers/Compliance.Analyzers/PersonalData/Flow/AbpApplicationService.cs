namespace Compliance.Analyzers.PersonalData.Flow
{
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// An ABP application service (<c>: ApplicationService</c>, <c>CrudAppService&lt;…&gt;</c>): ABP's conventional controllers
    /// publish its public methods as HTTP endpoints, so what they return is a response. <c>[RemoteService(false)]</c> (or
    /// <c>IsEnabled = false</c>) on the class keeps it in-process.
    /// </summary>
    internal static class AbpApplicationService
    {
        public static bool IsEndpoint(INamedTypeSymbol type)
        {
            if (!PiiCompilationContext.DerivesFromSimpleName(type, "ApplicationService")
                && !PiiCompilationContext.DerivesFromSimpleName(type, "CrudAppService")
                && !PiiCompilationContext.DerivesFromSimpleName(type, "AbstractKeyCrudAppService"))
            {
                return false;
            }

            for (var t = type; t != null; t = t.BaseType)
            {
                foreach (var a in t.GetAttributes())
                {
                    if (a.AttributeClass?.Name == "RemoteServiceAttribute" || a.AttributeClass?.Name == "RemoteService")
                    {
                        // the syntax decides: the attribute class may not bind
                        var text = a.ApplicationSyntaxReference?.GetSyntax().ToString() ?? string.Empty;
                        if (text.Contains("false"))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }
    }
}
