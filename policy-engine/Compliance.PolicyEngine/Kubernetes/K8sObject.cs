namespace Compliance.PolicyEngine.Kubernetes;

using Compliance.PolicyEngine.Documents;

/// <summary>One Kubernetes resource (a YAML document with apiVersion and kind, or an item of a *List).</summary>
public sealed class K8sObject
{
    public required string File { get; init; }
    public required MapNode Root { get; init; }
    public required string ApiVersion { get; init; }
    public required string Kind { get; init; }
    public required string Name { get; init; }
    /// <summary>metadata.namespace, else "default" (policy-defaults §1).</summary>
    public required string Namespace { get; init; }
    /// <summary>Line of the <c>kind:</c> key: where "this resource lacks X" findings point.</summary>
    public required int KindLine { get; init; }
    public required int DocIndex { get; init; }
    public string? HelmSource { get; init; }

    /// <summary>API group without version ("apps", "" for core, "velero.io").</summary>
    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : "";

    public bool Is(string kind, string? group = null) =>
        Kind == kind && (group is null || Group == group);

    public MapNode? Metadata => Root.Map("metadata");
    public MapNode? Spec => Root.Map("spec");
    public MapNode? Annotations => Metadata?.Map("annotations");

    public string Anchor(string path) => $"k8s:{ApiVersion}/{Kind}/{Namespace}/{Name}:{path}";

    /// <summary>"StatefulSet default/db" for messages, with the Helm template it was rendered from when known.</summary>
    public string Display => HelmSource is null ? $"{Kind} {Namespace}/{Name}" : $"{Kind} {Namespace}/{Name} (rendered from {HelmSource})";

    public static IEnumerable<K8sObject> From(string file, DocRecord doc, MapNode root)
    {
        var api = root.Str("apiVersion");
        var kind = root.Str("kind");
        if (api is null || kind is null) yield break;
        var meta = root.Map("metadata");
        yield return new K8sObject
        {
            File = file, Root = root, ApiVersion = api, Kind = kind,
            Name = meta?.Str("name") ?? "", Namespace = meta?.Str("namespace") is { Length: > 0 } ns ? ns : "default",
            KindLine = root.Entry("kind")!.Key.Line, DocIndex = doc.Index, HelmSource = doc.HelmSource,
        };
        // kubectl's List wrapper (kubectl get -o yaml): every item is a resource of its own.
        if (kind.EndsWith("List", StringComparison.Ordinal) && root.Seq("items") is { } items)
            foreach (var item in items.Maps())
                foreach (var o in From(file, doc, item)) yield return o;
    }

    /// <summary>The pod template of a workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod).</summary>
    public MapNode? PodTemplate => Kind switch
    {
        "Pod" => Root,
        "CronJob" => Spec.At("jobTemplate", "spec", "template") as MapNode,
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => Spec?.Map("template"),
        _ => null,
    };

    public MapNode? PodSpec => PodTemplate?.Map("spec");

    /// <summary>The main containers (what the workload runs; init containers only prepare it).</summary>
    public IEnumerable<MapNode> MainContainers => PodSpec?.Seq("containers").Maps() ?? [];

    /// <summary>Main and init containers (commands of either can run a dump).</summary>
    public IEnumerable<MapNode> Containers =>
        (PodSpec?.Seq("containers").Maps() ?? []).Concat(PodSpec?.Seq("initContainers").Maps() ?? []);

    public IReadOnlyDictionary<string, string> PodLabels => Kind == "Pod" ? Labels(Metadata?.Map("labels")) : Labels(PodTemplate?.Map("metadata")?.Map("labels"));

    public static IReadOnlyDictionary<string, string> Labels(MapNode? m) =>
        m?.Entries.Where(e => e.Value is ScalarNode).GroupBy(e => e.Key.Value).ToDictionary(g => g.Key, g => ((ScalarNode)g.Last().Value).Value, StringComparer.Ordinal)
        ?? new Dictionary<string, string>();
}

/// <summary>Label selectors (matchLabels + matchExpressions), as the API server evaluates them.</summary>
public static class LabelSelector
{
    /// <summary>True when the selector selects pods with these labels. An empty selector selects all; null selects none.</summary>
    public static bool Matches(MapNode? selector, IReadOnlyDictionary<string, string> labels, bool nullMatchesAll = false)
    {
        if (selector is null) return nullMatchesAll;
        foreach (var (k, v) in K8sObject.Labels(selector.Map("matchLabels")))
            if (!labels.TryGetValue(k, out var have) || have != v) return false;
        foreach (var expr in selector.Seq("matchExpressions").Maps())
        {
            var key = expr.Str("key") ?? "";
            var values = expr["values"].Strings().ToHashSet(StringComparer.Ordinal);
            var has = labels.TryGetValue(key, out var val);
            var ok = expr.Str("operator") switch
            {
                "In" => has && values.Contains(val!),
                "NotIn" => !has || !values.Contains(val!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }
}
