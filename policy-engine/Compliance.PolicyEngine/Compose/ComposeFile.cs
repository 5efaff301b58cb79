namespace Compliance.PolicyEngine.Compose;

using Compliance.PolicyEngine.Documents;

/// <summary>A production Compose file (policy-defaults §1: dev/local/override files are never built).</summary>
public sealed record ComposeFile(string File, MapNode Root)
{
    public IEnumerable<ComposeService> Services =>
        Root.Map("services")?.Entries.Where(e => e.Value is MapNode).Select(e => new ComposeService(this, e.Key, (MapNode)e.Value)) ?? [];
}

/// <summary>One service: its key (where "service lacks X" findings point) and body.</summary>
public sealed record ComposeService(ComposeFile File, ScalarNode Key, MapNode Body)
{
    public string Name => Key.Value;
    public string? Image => Body.Str("image");
    public string Anchor(string path) => $"compose:services.{Name}{(path.Length > 0 ? "." + path : "")}";

    /// <summary>Environment as a map (both the list form KEY=VALUE and the map form), with each value's node.</summary>
    public IReadOnlyDictionary<string, ScalarNode> Environment
    {
        get
        {
            var d = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
            switch (Body["environment"])
            {
                case MapNode m:
                    foreach (var e in m.Entries)
                        if (e.Value is ScalarNode s) d[e.Key.Value] = s;
                    break;
                case SeqNode seq:
                    foreach (var s in seq.Items.OfType<ScalarNode>())
                    {
                        var i = s.Value.IndexOf('=');
                        if (i > 0) d[s.Value[..i]] = new ScalarNode(s.Value[(i + 1)..], ScalarType.String) { Line = s.Line, Column = s.Column };
                    }
                    break;
            }
            return d;
        }
    }

    /// <summary>The whole command line (string or list form) as one string.</summary>
    public string Command => Body["command"] switch
    {
        ScalarNode s => s.Value,
        SeqNode q => string.Join(' ', q.Strings()),
        _ => "",
    };
}
