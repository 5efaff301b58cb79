namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine.Documents;
using Compliance.Rules.Model;

/// <summary>
/// "Is this appsettings file development-only" is one decision (DevelopmentEnvironment.IsDevAppSettings): the policy
/// engine's scope (ConfigIndex.AppSettingsLayer, -1 = out of scope) asks it instead of repeating the rule.
/// </summary>
public class AppSettingsLayerTests
{
    [Theory]
    [InlineData("src/Web/appsettings.json", 1)]
    [InlineData("src/Web/AppSettings.Json", 1)]
    [InlineData("src/Web/appsettings.Production.json", 2)]
    [InlineData("src/Web/appsettings.Development.json", -1)]
    [InlineData("src/Web/appsettings.Staging.json", -1)]
    [InlineData("IoTSharp/appsettings.MySql.json", -1)]
    [InlineData("appsettings.gw.json", -1)]
    [InlineData("src/Web/appsettings..json", 0)] // no environment name: an ordinary JSON file (was -1 before the two rules were one)
    [InlineData("src/Web/appsettings.json.bak", 0)]
    [InlineData("src/Web/mysettings.json", 0)]
    [InlineData("src/Web/launchSettings.json", 0)]
    public void The_layer_of_an_appsettings_file_and_its_development_scope_agree(string path, int layer)
    {
        Assert.Equal(layer, ConfigIndex.AppSettingsLayer(path));
        Assert.Equal(layer < 0, DevelopmentEnvironment.IsDevAppSettings(ConfigIndex.FileName(path)));
    }
}
