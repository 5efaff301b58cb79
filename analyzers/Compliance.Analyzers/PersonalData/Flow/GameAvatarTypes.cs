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
