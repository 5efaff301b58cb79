namespace Compliance.Analyzers.Tests.Infrastructure;

using Compliance.Analyzers.Common;

/// <summary>
/// Fifteenth session (fp11): the one path-folder reading shared by the CLI's finding contexts and the analyzers'
/// test-code check (it was a near-copy in PersonalExceptionMessages.IsTestFile). Same table as the old check's cases.
/// </summary>
public class PathFoldersTests
{
    [Theory]
    [InlineData("/src/Shop.Tests/Fakes.cs", true)]
    [InlineData("/src/Shop.Test/Fakes.cs", true)]
    [InlineData("C:\\repo\\tests\\Api\\Controller.cs", true)]
    [InlineData("/src/SquidexTests/Fakes.cs", true)]          // PascalCase test project without the dot
    [InlineData("/tools/TestSuite/Api/Users.cs", true)]
    [InlineData("/src/Data/Seed/Users.cs", false)]            // fixture, not test code
    [InlineData("/src/contests/Prize.cs", false)]
    [InlineData("/src/Shop/ShopTests.cs", false)]             // the file name is not a folder
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Test_folders_and_test_project_folders_are_test_code(string? path, bool expected) =>
        Assert.Equal(expected, PathFolders.IsTest(path));

    [Theory]
    [InlineData("src/Data/Seed/users.json", "fixture")]
    [InlineData("docs/setup/appsettings.json", "sample")]
    [InlineData("src/Shop/appsettings.json", null)]
    public void Folders_give_fixture_and_sample_too(string path, string? expected) =>
        Assert.Equal(expected, PathFolders.Context(path));
}
