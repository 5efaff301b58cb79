namespace Compliance.Analyzers.Tests.Infrastructure;

using System.Xml.Linq;
using Compliance.Analyzers.Common;

/// <summary>
/// One decision "this is a test project" (review, tenth session): the project-file evidence the CLI reads in untrusted
/// mode lives beside the referenced-assembly evidence the analyzers read, in TestProjectDetector.
/// </summary>
public class TestProjectDetectorTests
{
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"nunit\" Version=\"4.3.2\" /></ItemGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\" Microsoft.NET.Test.Sdk \" /></ItemGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Update=\"xunit.v3\" /></ItemGroup></Project>", true)]
    [InlineData("<Project Sdk=\"MSTest.Sdk/3.6.4\"></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>", true)]
    [InlineData("<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><ItemGroup><PackageReference Include=\"TUnit\" /></ItemGroup></Project>", true)]
    // decoys: an analyzer package named like a test framework, a test-ish project name, IsTestProject false
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"NUnit.Analyzers\" /></ItemGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><AssemblyName>Backup.UnitTest</AssemblyName><IsTestProject>false</IsTestProject></PropertyGroup></Project>", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"..\\Tests\\Tests.csproj\" /></ItemGroup></Project>", false)]
    public void A_project_file_declares_a_test_project_by_a_test_framework_the_test_sdk_or_IsTestProject(string xml, bool expected) =>
        Assert.Equal(expected, TestProjectDetector.IsTestProject(XDocument.Parse(xml).Root!));
}
