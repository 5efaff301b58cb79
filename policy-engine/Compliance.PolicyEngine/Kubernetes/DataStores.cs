namespace Compliance.PolicyEngine.Kubernetes;

using System.Net;
using System.Net.Sockets;
using Compliance.PolicyEngine.Documents;

/// <summary>The reference lists of policy-defaults §3: databases, data stores, engine families.</summary>
public static class DataStores
{
    private static readonly Dictionary<string, string> s_databaseEngine = new(StringComparer.Ordinal)
    {
        ["postgres"] = "postgresql", ["postgresql"] = "postgresql", ["postgis"] = "postgresql", ["postgresql-repmgr"] = "postgresql",
        ["mysql"] = "mysql", ["mariadb"] = "mysql", ["mariadb-galera"] = "mysql", ["percona-server"] = "mysql", ["percona-xtradb-cluster"] = "mysql",
        ["mongo"] = "mongodb", ["mongodb"] = "mongodb", ["percona-server-mongodb"] = "mongodb",
    };

    private static readonly HashSet<string> s_otherStores = new(StringComparer.Ordinal)
    {
        "redis", "valkey", "elasticsearch", "opensearch", "adminer", "phpmyadmin", "pgadmin4", "mongo-express", "redis-commander",
    };

    /// <summary>Last path component of an image reference without tag or digest ("docker.io/bitnami/postgresql:16" → "postgresql").</summary>
    public static string ImageName(string image)
    {
        var s = image.Trim();
        var at = s.IndexOf('@');
        if (at >= 0) s = s[..at];
        var slash = s.LastIndexOf('/');
        var name = slash >= 0 ? s[(slash + 1)..] : s;
        var colon = name.IndexOf(':');
        return (colon >= 0 ? name[..colon] : name).ToLowerInvariant();
    }

    /// <summary>Engine family ("postgresql", "mysql", "mongodb") of a database image, else null.</summary>
    public static string? DatabaseEngine(string? image) => image is null ? null : s_databaseEngine.GetValueOrDefault(ImageName(image));

    public static bool IsDataStoreImage(string? image) => image is not null && (DatabaseEngine(image) is not null || s_otherStores.Contains(ImageName(image)));

    /// <summary>The database engine of a StatefulSet/Deployment, else null.</summary>
    public static string? WorkloadDatabaseEngine(K8sObject o) =>
        o.Kind is "StatefulSet" or "Deployment" ? o.MainContainers.Select(c => DatabaseEngine(c.Str("image"))).FirstOrDefault(e => e is not null) : null;

    public static bool IsDataStoreWorkload(K8sObject o) =>
        o.Kind is "StatefulSet" or "Deployment" && o.MainContainers.Any(c => IsDataStoreImage(c.Str("image")));

    public static bool IsCnpgCluster(K8sObject o) => o.Kind == "Cluster" && o.Group == "postgresql.cnpg.io";

    /// <summary>Databases of the scan: database workloads and CloudNativePG clusters.</summary>
    public static IEnumerable<(K8sObject Obj, string Engine)> Databases(IEnumerable<K8sObject> all)
    {
        foreach (var o in all)
        {
            if (IsCnpgCluster(o)) yield return (o, "postgresql");
            else if (WorkloadDatabaseEngine(o) is { } e) yield return (o, e);
        }
    }
}

/// <summary>Open and private address ranges (policy-defaults §3), CIDR-aware, IPv6 included.</summary>
public static class NetRanges
{
    private static readonly string[] s_private = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "::1/128", "fc00::/7"];

    /// <summary><c>0.0.0.0/0</c>, <c>::/0</c>, <c>*</c>, <c>all</c> (and any prefix length 0 written with host bits).</summary>
    public static bool IsOpen(string value)
    {
        var v = value.Trim().Trim('"', '\'');
        if (v is "*" || v.Equals("all", StringComparison.OrdinalIgnoreCase)) return true;
        var slash = v.IndexOf('/');
        return slash > 0 && v[(slash + 1)..] == "0" && IPAddress.TryParse(v[..slash], out _);
    }

    /// <summary>
    /// True when the range is open, or approved networks are configured (compliance.yaml) and the
    /// range is not inside one of them. CIDR-aware, IPv6 included; host bits are ignored
    /// (System.Net.IPNetwork rejects them, so ranges are normalised first).
    /// </summary>
    public static bool IsOpenOrUnapproved(string value, IReadOnlyList<string> approved)
    {
        if (IsOpen(value)) return true;
        if (approved.Count == 0) return false;
        return !(Parse(value) is { } r && approved.Select(Parse).Any(a => a is { } n && Contains(n, r)));
    }

    private static (byte[] Bytes, int Prefix)? Parse(string cidr)
    {
        var v = cidr.Trim().Trim('[', ']');
        var slash = v.IndexOf('/');
        var host = slash >= 0 ? v[..slash] : v;
        if (!IPAddress.TryParse(host.Trim('[', ']'), out var ip)) return null;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        var bytes = ip.GetAddressBytes();
        var prefix = bytes.Length * 8;
        if (slash >= 0 && (!int.TryParse(v[(slash + 1)..], out prefix) || prefix < 0 || prefix > bytes.Length * 8)) return null;
        return (bytes, prefix);
    }

    private static bool Contains((byte[] Bytes, int Prefix) net, (byte[] Bytes, int Prefix) range)
    {
        if (net.Bytes.Length != range.Bytes.Length || net.Prefix > range.Prefix) return false;
        for (var bit = 0; bit < net.Prefix; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            if ((net.Bytes[bit / 8] & mask) != (range.Bytes[bit / 8] & mask)) return false;
        }
        return true;
    }

    public static bool IsPrivate(string address)
    {
        var v = address.Trim().Trim('[', ']');
        if (v.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        var slash = v.IndexOf('/');
        var host = slash >= 0 ? v[..slash] : v;
        if (!IPAddress.TryParse(host, out var ip)) return false;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        var prefix = slash >= 0 && int.TryParse(v[(slash + 1)..], out var p) ? p : (ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        foreach (var r in s_private)
        {
            var net = IPNetwork.Parse(r);
            if (net.BaseAddress.AddressFamily == ip.AddressFamily && net.Contains(ip) && prefix >= net.PrefixLength) return true;
        }
        return false;
    }
}
