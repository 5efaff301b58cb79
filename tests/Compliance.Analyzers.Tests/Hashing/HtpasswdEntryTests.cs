namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;

/// <summary>
/// Issue 14 (wh10): basic-auth password entries stored with a fast hash — <c>{SHA}</c>, <c>$apr1$</c> anywhere (an htpasswd
/// file, a Traefik <c>basicAuth.users</c> list, a compose label with doubled <c>$</c>), MD5-crypt and DES crypt in an
/// htpasswd file — are CMP2002 at the hash. bcrypt/SHA-crypt entries, documentation and lookalikes stay silent, and the
/// evidence never carries the hash.
/// </summary>
public class HtpasswdEntryTests
{
    private const string Apr1 = "$apr1$Jx7Qp2Lk$4bM1zV9sYc0nR3tW8eHq6/";
    private const string Sha = "{SHA}kN3vQ8zP1wL5xR7mT9cB2yH4jF6=";

    [Fact]
    public void Fast_entries_of_an_htpasswd_file_are_reported_at_the_hash()
    {
        var text = "ops:" + Apr1 + "\nmonitor:$2y$10$Q9vT3nZ1xW6pL8kR2mB5cuYh0gF4dJ7sA3eN6oP1iU9tQ2wE5rT8y\n"
                   + "legacy:$1$abcdefgh$0123456789abcdefghijkl\nold:abJnggxhB/yWI\nsha512:$6$rounds=5000$salt$hash\n";
        var found = HtpasswdEntries.Scan("deploy/nginx/.htpasswd", text);
        Assert.Equal(new[] { (1, 5, Apr1.Length, "htpasswd@ops"), (3, 8, 34, "htpasswd@legacy"), (4, 5, 13, "htpasswd@old") },
            found.Select(f => (f.StartLine, f.StartColumn, f.EndColumn - f.StartColumn, f.Anchor)).ToArray());
        Assert.All(found, f => Assert.Equal("CMP2002", f.RuleId));
        Assert.All(found, f => Assert.DoesNotContain("Jx7Qp2Lk", f.Evidence + f.Message + f.MessageZh, StringComparison.Ordinal));
    }

    [Fact]
    public void Inline_entries_of_traefik_and_compose_are_reported_and_lookalikes_are_not()
    {
        var traefik = "http:\n  middlewares:\n    ops-auth:\n      basicAuth:\n        users:\n"
                      + "          - \"ops:$2y$05$8nV1kT3qZ5xW7mR9pL2cOe4gH6jB0dF1sA3uY5iE7oP9rT1wQ3zX.\"\n"
                      + "          - \"coach-lead:" + Sha + "\"\n";
        var found = HtpasswdEntries.Scan("deploy/traefik/dynamic.yml", traefik);
        Assert.Equal(new[] { (7, 25, Sha.Length) }, found.Select(f => (f.StartLine, f.StartColumn, f.EndColumn - f.StartColumn)).ToArray());

        var compose = "labels:\n  - \"traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/\"\n";
        var label = HtpasswdEntries.Scan("docker-compose.yml", compose);
        Assert.Single(label);
        Assert.Equal(("htpasswd@admin", 2), (label[0].Anchor, label[0].StartLine));

        // Decoys: the same line in documentation, a DES-crypt lookalike outside an htpasswd file, a scheme name alone.
        Assert.Empty(HtpasswdEntries.Scan("docs/auth.md", "ops:" + Apr1 + "\n"));
        Assert.Empty(HtpasswdEntries.Scan("config/app.yml", "cache:abJnggxhB/yWI\nformat: \"{SHA}\"\n"));
    }
}
