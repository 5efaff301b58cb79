namespace RxPharmacy.Api.Domain;

public enum InteractionSeverity
{
    None,
    Minor,
    Moderate,
    Major,
    Contraindicated,
}

public sealed record Interaction(string CodeA, string CodeB, InteractionSeverity Severity, string Advice);

/// <summary>Checks a basket against the interaction table the pharmacy licenses every quarter.</summary>
public sealed class InteractionChecker
{
    private readonly Dictionary<(string, string), Interaction> _table = new();

    public InteractionChecker(IEnumerable<Interaction> interactions)
    {
        foreach (var i in interactions)
        {
            _table[Key(i.CodeA, i.CodeB)] = i;
        }
    }

    public IReadOnlyList<Interaction> Check(IReadOnlyList<string> drugCodes)
    {
        var found = new List<Interaction>();
        for (var a = 0; a < drugCodes.Count; a++)
        {
            for (var b = a + 1; b < drugCodes.Count; b++)
            {
                if (_table.TryGetValue(Key(drugCodes[a], drugCodes[b]), out var hit))
                {
                    found.Add(hit);
                }
            }
        }

        return found.OrderByDescending(i => i.Severity).ThenBy(i => i.CodeA, StringComparer.Ordinal).ToList();
    }

    public static bool Blocks(IEnumerable<Interaction> interactions) =>
        interactions.Any(i => i.Severity >= InteractionSeverity.Major);

    private static (string, string) Key(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
