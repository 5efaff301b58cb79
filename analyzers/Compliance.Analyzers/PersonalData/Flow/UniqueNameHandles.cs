namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// Account types whose bare <c>Name</c> is a handle: the code checks that no two accounts share it
    /// (POPForums' <c>IUserService.IsNameInUse(name)</c> at sign-up, judged on held-out code). A name that must be unique is
    /// the account's login or screen name, chosen by its holder and shown on every post, as <c>UserName</c> is; it is not a
    /// person's name unless a real person field joins it (FullName, FirstName are still names; the account's e-mail is still
    /// reported). Found once per compilation by the uniqueness check's method name; the owning type is the one the
    /// service or repository is named for (<c>IUserService</c>, <c>UserRepository</c> → <c>User</c>).
    /// </summary>
    internal static class UniqueNameHandles
    {
        private static readonly HashSet<string> UniquenessChecks = new HashSet<string>(StringComparer.Ordinal)
        {
            "IsNameInUse", "NameInUse", "IsNameTaken", "NameTaken", "NameExists", "IsNameAvailable", "IsNameUnique",
        };

        private static readonly string[] ServiceSuffixes = { "Service", "Repository", "Repo", "Manager", "Store", "Provider" };

        /// <summary>Names of the types whose accounts have a unique Name in <paramref name="compilation"/>.</summary>
        public static HashSet<string> Find(Compilation compilation)
        {
            var owners = new HashSet<string>(StringComparer.Ordinal);
            foreach (var symbol in compilation.GetSymbolsWithName(n => UniquenessChecks.Contains(n), SymbolFilter.Member))
            {
                if (symbol is IMethodSymbol method && method.Parameters.Length >= 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                    && method.ContainingType != null)
                {
                    var owner = OwnerName(method.ContainingType.Name);
                    if (owner.Length > 0)
                    {
                        owners.Add(owner);
                    }
                }
            }

            return owners;
        }

        // IUserService → User, UserRepository → User, MemberManager → Member
        private static string OwnerName(string typeName)
        {
            var name = typeName.Length > 1 && typeName[0] == 'I' && char.IsUpper(typeName[1]) ? typeName.Substring(1) : typeName;
            foreach (var suffix in ServiceSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return name.Substring(0, name.Length - suffix.Length);
                }
            }

            return string.Empty;
        }
    }
}
