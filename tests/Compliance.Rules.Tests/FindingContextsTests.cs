namespace Compliance.Rules.Tests;

using Compliance.Rules.Configuration;
using Compliance.Rules.Model;

public class FindingContextsTests
{
    [Theory]
    [InlineData("tests/Api/appsettings.json", "test")]
    [InlineData("src/Shop.Tests/Fakes.cs", "test")]
    [InlineData("src/Shop.IntegrationTests/Db.cs", "test")]
    [InlineData("src/Shop.Test/Db.cs", "test")]
    [InlineData("src/Senparc.WeixinTests/Db.cs", "test")]              // a PascalCase test project without the dot
    [InlineData("LiveTests/Backends.cs", "test")]
    [InlineData("src/Shop/contests/Prize.cs", null)]                    // a lower-case word ending in "tests" is not one
    [InlineData("src/Shop/Tests.cs", null)]
    [InlineData("tools/TestSuite/docker-compose-base.yml", "test")]
    [InlineData("tools/TestSuite/TestSuite.ApiTests/AdminUsersTests.cs", "test")]
    [InlineData("src/Data/Seed/users.json", "fixture")]
    [InlineData("test-data/fixtures/keys.env", "fixture")]
    [InlineData("util/Seeder/Factories/UserSeeder.cs", "fixture")]   // a seeding tool's test data
    [InlineData("dev/docker-compose.yml", "dev")]                     // the local development environment
    [InlineData("dev/secrets.json.example", "dev")]
    [InlineData("src/Developer/Portal.cs", null)]                     // only the folder named exactly "dev"
    [InlineData("src/modules/dev/Dev.Host/appsettings.json", null)]   // a developer-tools module, not the dev environment
    [InlineData("docs/setup/appsettings.json", "sample")]
    [InlineData("Examples/Console/Program.cs", "sample")]
    [InlineData("samples/Demo/.env", "sample")]
    [InlineData("demo/Shop.VueDemo/appsettings.json", "sample")]       // a framework's demonstration apps
    [InlineData("src/Demos/Blazor/Controllers/UserController.cs", "sample")]
    [InlineData("src/DemoShop.Api/appsettings.json", null)]            // a product named Demo… is not a demo folder
    [InlineData("src/Shop/appsettings.json", null)]
    [InlineData("src/Contest/App.cs", null)]        // a word that contains "test" is not a test folder
    [InlineData("src/Shop/tests.cs", null)]         // the file name itself is not a folder
    [InlineData("deploy/k8s/secret.yaml", null)]
    public void Folders_below_the_scan_root_give_the_context(string path, string? expected) =>
        Assert.Equal(expected, FindingContexts.FromPath(path));

    // One decision for "this is the development environment" (it was split between FindingContexts.FromPath and the
    // CLI's FindingContextResolver.IsDevOnlyConfig): the folder dev/ under the scan root, launch profiles,
    // appsettings.<Env>.json of a development environment name and dev/local/override Compose files.
    [Theory]
    [InlineData("dev/docker-compose.yml", "dev")]
    [InlineData("DEV/notes/secrets.env", "dev")]
    [InlineData("src/Api/Properties/launchSettings.json", "dev")]
    [InlineData("src/Api/appsettings.Development.json", "dev")]
    [InlineData("src/Api/appsettings.Local.Tenant1.json", "dev")]      // any part naming a development environment
    [InlineData("src/Api/appsettings.IntegrationTests.json", "dev")]
    [InlineData("tests/Api/appsettings.Development.json", "dev")]      // the file rule before the folder rule, as before
    [InlineData("docker-compose.override.yml", "dev")]
    [InlineData("deploy/docker-compose.local.yaml", "dev")]
    [InlineData("src/Api/appsettings.json", null)]
    [InlineData("src/Api/appsettings.Production.json", null)]
    [InlineData("src/Api/appsettings.Staging.json", "dev")]            // DECISIONS.md: every appsettings.<Env>.json but Production
    [InlineData("src/ApiGateway/appsettings.gw.json", "dev")]          // Blog.Core's gateway settings are such a file too
    [InlineData("src/Api/appsettings.production.json", null)]          // Production, whatever its case
    [InlineData("docker-compose.yml", null)]
    [InlineData("deploy/compose.yaml", null)]
    [InlineData("tests/docker-compose.yml", "test")]                   // a production-named Compose file: the folder decides
    [InlineData("src/modules/dev/Dev.Host/appsettings.json", null)]   // dev/ deeper down is a developer-tools module
    [InlineData("src/Api/devsettings.json", null)]                     // only the named files
    [InlineData("deploy/all-in-one/nginx/nginx.dev.conf", "dev")]      // a configuration file's development variant
    [InlineData("src/Gateway/ocelot.Development.json", "dev")]
    [InlineData("src/Web/Web.Debug.config", "dev")]
    [InlineData("deploy/all-in-one/nginx/nginx.prod443.conf", null)]
    [InlineData("deploy/nginx/nginx.docker.conf", null)]               // docker/test variants may be what production runs
    [InlineData("config/.env.local", null)]                            // no base name before the variant
    [InlineData("src/Api/dev.conf", null)]                             // the base name itself is no variant
    [InlineData("src/Api/appsettings.json.bak", null)]
    public void Development_environment_is_one_decision_over_folders_and_file_names(string path, string? expected)
    {
        Assert.Equal(expected, FindingContexts.FromPath(path));
        Assert.Equal(expected == FindingContexts.Dev, DevelopmentEnvironment.Contains(path));
    }

    [Theory]
    [InlineData("docker-compose.yml", true, false)]
    [InlineData("docker-compose.dev.yml", true, true)]
    [InlineData("infra/compose.yaml", true, false)]
    [InlineData("docker-compose.override.yaml", true, true)]
    [InlineData("docker-compose.local.yml", true, true)]
    [InlineData("docker-compose.yml.txt", false, false)]
    [InlineData("compose-notes.md", false, false)]
    public void Compose_file_names_and_their_development_variants(string path, bool compose, bool dev)
    {
        Assert.Equal(compose, DevelopmentEnvironment.IsComposeName(path));
        Assert.Equal(dev, compose && DevelopmentEnvironment.IsDevComposeName(path));
    }

    [Fact]
    public void Every_context_explains_itself_in_both_languages()
    {
        foreach (var c in FindingContexts.All)
        {
            Assert.Contains("low severity", FindingContexts.Reason(c, english: true));
            Assert.Contains("低风险", FindingContexts.Reason(c, english: false));
        }
    }

    [Fact]
    public void Contexts_key_maps_globs_to_a_context_or_none()
    {
        var config = ComplianceConfig.Parse("contexts:\n  \"tools/seed/**\": fixture\n  tests/: none\n");
        Assert.Equal([new ContextRule("tools/seed/**", "fixture", 2), new ContextRule("tests/", "none", 3)], config.Contexts);
    }

    [Theory]
    [InlineData("contexts:\n  src/**: production\n", "must map to test, fixture, sample, dev, generated or none")]
    [InlineData("contexts:\n  - src/**\n", "'contexts' must be a mapping")]
    [InlineData("contexts:\n  \"!src/**\": none\n", "cannot be negated")]
    public void A_bad_contexts_entry_names_the_line(string yaml, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => ComplianceConfig.Parse(yaml));
        Assert.Contains(message, ex.Message);
        Assert.StartsWith("compliance.yaml:", ex.Message);
    }
}
