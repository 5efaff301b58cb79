namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// A game's avatar: a type (or an interface it implements, or a base type) that carries hit points — CurrentHealth,
    /// MaximumHealth, MaxHp, Mana, HitPoints. Its Name is a character's or a bot's name in a game world (OpenMU's
    /// IPartyMember.Name logged by the party code), chosen as a pseudonym, not a person's name: a name flow read from such
    /// a type is low precision. A patient's HealthStatus or a member's Level says nothing of the kind.
    /// </summary>
    internal static class GameAvatarTypes
    {
        private static readonly HashSet<string> HealthQualifiers = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "current", "max", "maximum", "base", "total",
        };

        public static bool IsAvatar(INamedTypeSymbol? type)
        {
            if (type == null)
            {
                return false;
            }

            for (var t = type; t != null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                if (HasHitPoints(t))
                {
                    return true;
                }
            }

            foreach (var i in type.AllInterfaces)
            {
                if (HasHitPoints(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The compilation declares an avatar type: it is a game's code (OpenMU's server, chat server and clients, one fallback
        /// compilation). There a record that holds names and no other personal data — an in-game letter's sender and receiver,
        /// a chat client's name — names characters, not persons (<see cref="NamesOnlyRecordInGame"/>). A record that also holds
        /// an e-mail or phone (a player's account) is a person's, and stays reported.
        /// </summary>
        public static bool DeclaredIn(Compilation compilation)
        {
            foreach (var symbol in compilation.GetSymbolsWithName(MayNameHitPoints, SymbolFilter.Member))
            {
                if (symbol.ContainingType != null && HasHitPoints(symbol.ContainingType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every personal member of <paramref name="members"/> is an unclassified name, in a game's compilation.</summary>
        public static bool NamesOnlyRecordInGame(List<(IPropertySymbol Property, PiiCategory Category, bool Classified)> members, Compilation compilation)
        {
            if (members.Count == 0)
            {
                return false;
            }

            foreach (var (_, category, classified) in members)
            {
                if (category != PiiCategory.Name || classified)
                {
                    return false;
                }
            }

            return DeclaredIn(compilation);
        }

        private static bool MayNameHitPoints(string name) =>
            name.IndexOf("Health", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Mana", System.StringComparison.Ordinal) >= 0
            || name.IndexOf("Hp", System.StringComparison.Ordinal) >= 0 || name.IndexOf("HP", System.StringComparison.Ordinal) >= 0
            || name.IndexOf("HitPoints", System.StringComparison.Ordinal) >= 0;

        private static bool HasHitPoints(INamedTypeSymbol type)
        {
            foreach (var name in type.MemberNames)
            {
                var words = PiiNameClassifier.Tokenize(name);
                for (var i = 0; i < words.Count; i++)
                {
                    var w = words[i];
                    if (w == "mana" || w == "hp" || (w == "hit" && i + 1 < words.Count && words[i + 1] == "points")
                        || (w == "health" && i > 0 && HealthQualifiers.Contains(words[i - 1])))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
