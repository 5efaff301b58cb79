namespace Compliance.PolicyEngine.Keycloak;

using Compliance.PolicyEngine.Documents;

/// <summary>A Keycloak realm export (top level has "realm" and "authenticationFlows").</summary>
public sealed record KeycloakRealm(string File, MapNode Root)
{
    public string Realm => Root.Str("realm") ?? "";
    public string Anchor(string path) => $"keycloak:{Realm}:{path}";

    public MapNode? Flow(string alias) =>
        Root.Seq("authenticationFlows").Maps().FirstOrDefault(f => f.Str("alias") == alias);

    public MapNode? AuthenticatorConfig(string alias) =>
        Root.Seq("authenticatorConfig").Maps().FirstOrDefault(f => f.Str("alias") == alias);
}
