namespace Compliance.PolicyEngine.Checks.Kubernetes;

using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Catalog;
using Compliance.Rules.Model;
using DevLab.JmesPath;

/// <summary>
/// Rules written as data: a policy.yaml with <c>match.kubernetes</c> and <c>asserts</c> is
/// evaluated here, per Kubernetes document, with JMESPath (JmesPath.Net) over the document
/// converted to JSON (YAML 1.1 scalars resolved). The first failing assertion gives the
/// document's one finding, at the node named by <c>at</c> (see docs/policies.md, "JMESPath rules").
/// </summary>
public sealed class JmesPathPolicyCheck : IPolicyCheck
{
    private static readonly Lazy<IReadOnlyList<JmesPathPolicy>> s_policies = new(JmesPathPolicy.LoadEmbedded);

    public IReadOnlyList<string> RuleIds => s_policies.Value.Select(p => p.Id).ToList();

    public static IReadOnlyList<JmesPathPolicy> Policies => s_policies.Value;

    /// <summary>A JMESPath runtime with the product's functions (see docs/policies.md).</summary>
    public static JmesPath Create(PolicyOptions options)
    {
        var jmes = new JmesPath();
        jmes.FunctionRepository.Register("unapproved_range", new UnapprovedRangeFunction(options.ApprovedNetworks));
        return jmes;
    }

    /// <summary>
    /// <c>unapproved_range(str)</c>: true for an open range (0.0.0.0/0, ::/0, *, all) and, when
    /// compliance.yaml lists approved networks, for any range outside them (CIDR-aware, IPv6 included).
    /// </summary>
    private sealed class UnapprovedRangeFunction(IReadOnlyList<string> approved) : DevLab.JmesPath.Functions.JmesPathFunction("unapproved_range", 1)
    {
        public override Newtonsoft.Json.Linq.JToken Execute(params DevLab.JmesPath.Functions.JmesPathFunctionArgument[] args)
        {
            var t = args[0].Token;
            return t is { Type: Newtonsoft.Json.Linq.JTokenType.String }
                ? new Newtonsoft.Json.Linq.JValue(NetRanges.IsOpenOrUnapproved(t.ToString(), approved))
                : new Newtonsoft.Json.Linq.JValue(false);
        }
    }

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var index = ConfigIndex.Of(documents);
        var jmes = Create(report.Options);
        foreach (var policy in s_policies.Value)
        {
            foreach (var obj in index.Kubernetes.Where(policy.Selects))
            {
                // Only documents the rule applies to (its "when") count as examined for the theme's claims.
                if (!policy.Applies(jmes, obj, out var json)) continue;
                report.Examined(policy.Theme, obj.File);
                if (policy.Evaluate(jmes, obj, json) is { } f) report.Add(f);
                // Every assert passed on a document the rule applies to: positive evidence at the document.
                else report.Observe(policy.Id, obj.File, obj.Root.Entry("kind")?.Key.Line ?? obj.Root.Line);
            }
        }
    }
}

/// <summary>One data-driven rule (parsed from its policy.yaml).</summary>
public sealed class JmesPathPolicy
{
    public required string Id { get; init; }
    public required string Theme { get; init; }
    public required IReadOnlyList<string> Kinds { get; init; }
    public IReadOnlyList<string> ApiGroups { get; init; } = [];
    public string? When { get; init; }
    public required IReadOnlyList<Assertion> Asserts { get; init; }

    /// <summary>One assert; <paramref name="MessageZh"/> is the policy.yaml's message.zh (null when absent).</summary>
    public sealed record Assertion(string Expression, IReadOnlyList<string> At, string? AtItem, string Message, string? MessageZh = null);

    public bool Selects(K8sObject o) => Kinds.Contains(o.Kind) && (ApiGroups.Count == 0 || ApiGroups.Contains(o.Group));

    public bool Applies(JmesPath jmes, K8sObject obj, out string json)
    {
        json = obj.Root.ToJson();
        return When is null || Truthy(jmes.Transform(json, When));
    }

    public Finding? Evaluate(JmesPath jmes, K8sObject obj, string json)
    {
        foreach (var a in Asserts)
        {
            if (Truthy(jmes.Transform(json, a.Expression))) continue;
            var (node, path) = Locate(jmes, obj, a);
            var f = DocFindings.At(Id, obj.File, node.Line, node.Column, $"{obj.Display}: {a.Message}", obj.Anchor(path));
            return a.MessageZh is { Length: > 0 } zh ? f.Zh($"{obj.DisplayZh()}：{zh}") : f;
        }
        return null;
    }

    /// <summary>The node an assertion points at: the <c>at</c> key path (its key's line), optionally the first list item matching <c>atItem</c>; else the kind: line.</summary>
    private static (DocNode Node, string Path) Locate(JmesPath jmes, K8sObject obj, Assertion a)
    {
        DocNode? cur = obj.Root;
        DocNode? keyNode = null;
        foreach (var k in a.At)
        {
            if (cur is SeqNode sq && int.TryParse(k, out var ix) && ix >= 0 && ix < sq.Items.Count) { keyNode = cur = sq.Items[ix]; continue; }
            if (cur is not MapNode m || m.Entry(k) is not { } e) { cur = null; break; }
            keyNode = e.Key;
            cur = e.Value;
        }
        var path = string.Join('.', a.At);
        if (cur is not null && a.AtItem is not null && cur is SeqNode seq)
        {
            for (var i = 0; i < seq.Items.Count; i++)
                if (Truthy(jmes.Transform(seq.Items[i].ToJson(), a.AtItem)))
                    return (seq.Items[i], $"{path}[{i}]");
        }
        if (cur is not null && keyNode is not null) return (keyNode, path);
        var kind = obj.Root.Entry("kind")!.Key;
        return (kind, path.Length > 0 ? path : "kind");
    }

    /// <summary>JMESPath truthiness: false, null, "", [] and {} are false.</summary>
    public static bool Truthy(string? result)
    {
        var r = result?.Trim();
        return !(string.IsNullOrEmpty(r) || r.Equals("false", StringComparison.OrdinalIgnoreCase) || r == "null" || r == "\"\"" || r == "[]" || r == "{}");
    }

    /// <summary>The catalog's JMESPath rules: policy.yaml is read once, by the catalog, which keeps the engine's keys in <c>Extra</c>.</summary>
    public static IReadOnlyList<JmesPathPolicy> LoadEmbedded() =>
        CatalogLoader.LoadEmbedded().Rules.Values.Where(r => r.Kind == RuleKind.Policy).OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(From).OfType<JmesPathPolicy>().ToList();

    /// <summary>A policy with <c>match.kubernetes</c> and <c>asserts</c> (plain values from the catalog); null for policies implemented in code.</summary>
    public static JmesPathPolicy? From(RuleDefinition rule)
    {
        if (rule.Extra.GetValueOrDefault("match") is not IReadOnlyDictionary<string, object?> m
            || m.GetValueOrDefault("kubernetes") is not IReadOnlyDictionary<string, object?> match
            || rule.Extra.GetValueOrDefault("asserts") is not IEnumerable<object?> asserts) return null;
        return new JmesPathPolicy
        {
            Id = rule.Id,
            Theme = rule.Theme,
            Kinds = Strings(match.GetValueOrDefault("kinds")),
            ApiGroups = Strings(match.GetValueOrDefault("apiGroups")),
            When = rule.Extra.GetValueOrDefault("when") as string,
            Asserts = asserts.OfType<IReadOnlyDictionary<string, object?>>().Select(a => new Assertion(
                a.GetValueOrDefault("assert") as string ?? "true",
                Strings(a.GetValueOrDefault("at")),
                a.GetValueOrDefault("atItem") as string,
                (a.GetValueOrDefault("message") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("en") as string ?? a.GetValueOrDefault("message") as string ?? "",
                (a.GetValueOrDefault("message") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("zh") as string)).ToList(),
        };
    }

    /// <summary>A YAML list of scalars, or one scalar, as strings.</summary>
    private static List<string> Strings(object? value) => value switch
    {
        string s => [s],
        IEnumerable<object?> list => list.OfType<string>().ToList(),
        _ => [],
    };
}
