namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine.Checks.AspNet;
using static YamlJsonTestKit;

public class AppSettingsChecksTests
{
    [Fact]
    public void ConnectionStringPasswordNeverReachesAFinding()
    {
        var canary = "Cn" + Guid.NewGuid().ToString("N");
        var base_ = $$"""
            {
              "ConnectionStrings": {
                "Orders": "Host=db;Database=orders;Username=app;Password={{canary}};SslMode=Prefer",
                "Catalog": "Server=tcp:sql;Initial Catalog=c;User ID=app;Password={{canary}};Encrypt=False",
              },
            }
            """;
        var r = Scan(("src/Api/appsettings.json", base_), ("broken/settings.json", $"{{\"password\": \"{canary}\" x}}"));
        Assert.Equal(["broken/settings.json:1 CMP9001", "src/Api/appsettings.json:3 CMP5308"], Hits(r));
        Assert.All(r.Findings, f => Assert.DoesNotContain(canary, f.Message + f.Evidence + f.Anchor, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Database=x;SSL Mode=Require", false)]
    [InlineData("Host=db;Database=x;Ssl Mode=VerifyFull", false)]
    [InlineData("Host=db;Database=x", true)]
    [InlineData("Host=db;Database=x;SslMode=Allow", true)]
    [InlineData("postgresql://app@db:5432/x?sslmode=require", false)]
    [InlineData("postgres://app@db/x", true)]
    [InlineData("Server=db;Port=3306;Database=x;Uid=app;SslMode=Preferred", true)]
    [InlineData("Server=db;Database=x;Uid=app;SslMode=VerifyCA", false)]
    [InlineData("Data Source=sql;Initial Catalog=x", false)]
    [InlineData("Data Source=sql;Initial Catalog=x;Encrypt=Optional", true)]
    [InlineData("redis:6379,abortConnect=false", false)]
    [InlineData("amqp://localhost", false)]
    // issue 14 (eShopOnAbp's services): a database on this machine has no network to encrypt
    [InlineData("User ID=postgres;Host=localhost;Port=5432;Database=x;Pooling=false;", false)]
    [InlineData("Host=127.0.0.1;Database=x;SslMode=Disable", false)]
    [InlineData("Host=localhost,127.0.0.2;Database=x", false)]
    [InlineData("Host=localhost,db;Database=x", true)]
    [InlineData("postgres://app@[::1]:5432/x", false)]
    [InlineData("postgres://app@localhost/x", false)]
    [InlineData("postgres://app@localhost.shop.example/x", true)]
    [InlineData("Server=localhost;Port=3306;Database=x;Uid=app", false)]
    [InlineData("Server=(localdb)\\MSSQLLocalDB;Database=x;Encrypt=False", false)]
    [InlineData("Data Source=localhost,1433;Initial Catalog=x;Encrypt=False", false)]
    [InlineData("Data Source=sql,1433;Initial Catalog=x;Encrypt=False", true)]
    public void ConnectionStringRules(string cs, bool violation) => Assert.Equal(violation, ConnectionStringTlsCheck.Judge(cs) is not null);

    [Fact]
    public void ProductionLayerSuppliesTheEffectiveValueAndItsLine()
    {
        var r = Scan(
            ("src/Api/appsettings.json", "{ \"Urls\": \"http://0.0.0.0:80\" }"),
            ("src/Api/appsettings.Production.json", "{\n  \"urls\": \"https://+:443;http://localhost:8080\"\n}"));
        Assert.Empty(Hits(r, "CMP5306"));
        var r2 = Scan(
            ("src/Api/appsettings.json", "{ \"Urls\": \"https://+:443\" }"),
            ("src/Api/appsettings.Production.json", "{\n  // behind nothing\n  \"URLS\": \"http://*:80\"\n}"));
        Assert.Equal(["src/Api/appsettings.Production.json:3 CMP5306"], Hits(r2, "CMP5306"));
    }

    [Fact]
    public void TwoApplicationsInTwoFoldersAreJudgedSeparately()
    {
        var r = Scan(
            ("src/A/appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Error\" } } }"),
            ("src/B/appsettings.Production.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }"));
        Assert.Equal(["src/A/appsettings.json:1 CMP5606"], Hits(r, "CMP5606"));
    }
}
