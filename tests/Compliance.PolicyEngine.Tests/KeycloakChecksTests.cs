namespace Compliance.PolicyEngine.Tests;

using static YamlJsonTestKit;

public class KeycloakChecksTests
{
    private static string Realm(string browserFlow) => $$"""
        {
          "realm": "ops",
          "eventsEnabled": true,
          {{browserFlow}}
          "authenticationFlows": [
            { "alias": "browser", "authenticationExecutions": [
              { "authenticator": "auth-cookie", "requirement": "ALTERNATIVE", "priority": 10 },
              { "flowAlias": "forms", "authenticatorFlow": true, "requirement": "ALTERNATIVE", "priority": 20 } ] },
            { "alias": "forms", "authenticationExecutions": [
              { "authenticator": "auth-username-password-form", "requirement": "REQUIRED", "priority": 10 } ] },
            { "alias": "strict", "authenticationExecutions": [
              { "authenticator": "auth-username-password-form", "requirement": "REQUIRED", "priority": 10 },
              { "authenticator": "auth-otp-form", "requirement": "REQUIRED", "priority": 20 } ] }
          ]
        }
        """;

    [Fact]
    public void AnEnforcingFlowThatIsNotBoundDoesNotCount()
    {
        Assert.Equal(["realm.json:1 CMP5003"], Hits(Scan(("realm.json", Realm(""))), "CMP5003"));
        Assert.Equal(["realm.json:4 CMP5003"], Hits(Scan(("realm.json", Realm("\"browserFlow\": \"browser\","))), "CMP5003"));
        Assert.Empty(Hits(Scan(("realm.json", Realm("\"browserFlow\": \"strict\","))), "CMP5003"));
    }

    [Fact]
    public void OtherJsonIsNotARealm()
    {
        Assert.Empty(Scan(("package.json", "{ \"name\": \"web\", \"realm\": \"x\" }")).Findings);
    }
}
